import { ENTITY_KINDS, STATUSES } from '@detour/domain';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { SUBGRAPH } from '../model/subgraph.fixture.ts';
import { layeredLayout } from './layeredLayout.ts';
import { FADED_OPACITY, KIND_STYLES, STATUS_STYLES, graphStylesheet } from './styles.ts';
import { toElements } from './toElements.ts';

describe('style tables', () => {
  it('give every entity kind its own shape and colour', () => {
    expect(Object.keys(KIND_STYLES).sort()).toEqual([...ENTITY_KINDS].sort());
    const looks = ENTITY_KINDS.map((k) => `${KIND_STYLES[k].shape}/${KIND_STYLES[k].color}`);
    expect(new Set(looks).size).toBe(ENTITY_KINDS.length);
    expect(new Set(ENTITY_KINDS.map((k) => KIND_STYLES[k].color)).size).toBe(ENTITY_KINDS.length);
  });

  it('draw statuses as specified: confirmed solid … unverified dotted and faded', () => {
    expect(Object.keys(STATUS_STYLES).sort()).toEqual([...STATUSES].sort());
    expect(STATUS_STYLES).toEqual({
      confirmed: { lineStyle: 'solid', faded: false },
      reported: { lineStyle: 'dashed', faded: false },
      alleged: { lineStyle: 'dotted', faded: false },
      planned: { lineStyle: 'dashed', faded: true },
      unverified: { lineStyle: 'dotted', faded: true },
    });
  });

  it('have a stylesheet block for every kind and status, and a selected style', () => {
    const selectors = graphStylesheet().map((block) => block.selector);
    for (const kind of ENTITY_KINDS) expect(selectors).toContain(`node[kind = "${kind}"]`);
    for (const status of STATUSES) expect(selectors).toContain(`edge[status = "${status}"]`);
    expect(selectors).toContain('node:selected');
    expect(selectors).toContain('edge:selected');
  });
});

describe('the stylesheet in headless Cytoscape', () => {
  const positions = layeredLayout(SUBGRAPH.entities);
  const elements = toElements(SUBGRAPH, positions);
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: elements.map((e) => ({ ...e, data: { ...e.data } })),
    style: graphStylesheet(),
  });
  cy.layout({ name: 'preset', positions }).run();

  it('loads every element', () => {
    expect(cy.nodes().length).toBe(SUBGRAPH.entities.length);
    expect(cy.edges().length).toBe(SUBGRAPH.relationships.length);
  });

  it('applies shape and colour by kind', () => {
    const university = cy.getElementById('shenzhen-university');
    expect(university.style('shape')).toBe(KIND_STYLES.EndUser.shape);
    expect(university.style('background-color')).toBe(hexToRgb(KIND_STYLES.EndUser.color));
    expect(cy.getElementById('aws').style('shape')).toBe(KIND_STYLES.CloudProvider.shape);
    expect(university.style('label')).toBe('Shenzhen University');
  });

  it('applies line style, arrows and fading by status', () => {
    const confirmed = cy.getElementById('aws-offers-a100');
    const reported = cy.getElementById('yunda-buys-aws');
    const alleged = cy.getElementById('szu-listed');
    expect(confirmed.style('line-style')).toBe('solid');
    expect(confirmed.style('target-arrow-shape')).toBe('triangle');
    expect(reported.style('line-style')).toBe('dashed');
    expect(alleged.style('line-style')).toBe('dotted');
    expect(Number(confirmed.style('opacity'))).toBe(1);

    cy.add({
      group: 'edges',
      data: { id: 'p', source: 'aws', target: 'h100', label: 'offers', status: 'planned' },
    });
    expect(cy.getElementById('p').style('line-style')).toBe('dashed');
    expect(Number(cy.getElementById('p').style('opacity'))).toBeCloseTo(FADED_OPACITY);
  });

  it('curves an edge that would cross other nodes, and keeps the rest on the default curve', () => {
    expect(cy.getElementById('szu-listed').style('curve-style')).toBe('unbundled-bezier');
    expect(cy.getElementById('yunda-buys-aws').style('curve-style')).toBe('bezier');
  });

  it('marks the selected node', () => {
    const aws = cy.getElementById('aws');
    const before: unknown = aws.style('border-width');
    aws.select();
    expect(aws.style('border-width')).not.toBe(before);
  });
});

describe('the simple stylesheet for large graphs', () => {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(SUBGRAPH).map((e) => ({ ...e, data: { ...e.data } })),
    style: graphStylesheet({ simple: true }),
  });

  it('draws solid lines without arrows, and still fades what has not happened', () => {
    const reported = cy.getElementById('yunda-buys-aws');
    expect(reported.style('line-style')).toBe('solid');
    expect(reported.style('target-arrow-shape')).toBe('none');
    cy.add({
      group: 'edges',
      data: { id: 'p', source: 'aws', target: 'h100', label: 'offers', status: 'planned' },
    });
    expect(Number(cy.getElementById('p').style('opacity'))).toBeCloseTo(FADED_OPACITY);
    expect(Number(reported.style('opacity'))).toBe(1);
  });

  it('keeps node labels, unwrapped, for when the analyst zooms in', () => {
    const university = cy.getElementById('shenzhen-university');
    expect(university.style('label')).toBe('Shenzhen University');
    expect(university.style('text-wrap')).toBe('none');
    expect(parseFloat(String(university.style('min-zoomed-font-size')))).toBeGreaterThan(
      parseFloat(String(university.style('font-size'))),
    );
  });

  it('leaves the full stylesheet as it was: wrapped labels, dashes, arrows', () => {
    const full = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(SUBGRAPH).map((e) => ({ ...e, data: { ...e.data } })),
      style: graphStylesheet(),
    });
    expect(full.getElementById('shenzhen-university').style('text-wrap')).toBe('wrap');
    expect(full.getElementById('yunda-buys-aws').style('line-style')).toBe('dashed');
    expect(full.getElementById('yunda-buys-aws').style('target-arrow-shape')).toBe('triangle');
  });
});

function hexToRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r},${g},${b})`;
}
