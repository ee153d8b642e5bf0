import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { SUBGRAPH } from '../model/subgraph.fixture.ts';
import { MARK_STYLES } from './markStyles.ts';
import { MARKS, MarkTable, classesFor, isDirectContact } from './marks.ts';
import { graphStylesheet } from './styles.ts';
import { toElements } from './toElements.ts';

const DIRECT = {
  id: 'szu-buys-aws',
  type: 'BUYS_FROM',
  from: 'shenzhen-university',
  to: 'aws',
  status: 'confirmed',
  sources: [],
} as const;

describe('marks', () => {
  it('have a style for every mark, and a stylesheet block for each style', () => {
    expect(Object.keys(MARK_STYLES).sort()).toEqual([...MARKS].sort());
    const selectors = graphStylesheet().map((b) => b.selector);
    for (const mark of MARKS) {
      const { node, edge } = MARK_STYLES[mark];
      if (node !== undefined) expect(selectors).toContain(`node.${mark}`);
      if (edge !== undefined) expect(selectors).toContain(`edge.${mark}`);
    }
  });

  it('recognise direct contact: an end user buying from a cloud provider itself', () => {
    expect(isDirectContact('BUYS_FROM', 'EndUser', 'CloudProvider')).toBe(true);
    expect(isDirectContact('BUYS_FROM', 'Intermediary', 'CloudProvider')).toBe(false);
    expect(isDirectContact('OFFERS', 'EndUser', 'CloudProvider')).toBe(false);
  });

  it('become classes in MARKS order, after the bend class', () => {
    const marks = new MarkTable().add(['x'], 'dimmed').add(['x'], 'avoids-contact').marks;
    expect(classesFor(marks.get('x'), ['bend-pos-1', undefined])).toBe(
      'bend-pos-1 avoids-contact dimmed',
    );
    expect(classesFor(undefined)).toBe('');
  });

  it('reach the elements: toElements marks direct contact by itself', () => {
    const marks = new MarkTable().add(['shenzhen-university', 'szu-buys-yunda'], 'avoids-contact');
    const elements = toElements(
      { ...SUBGRAPH, relationships: [...SUBGRAPH.relationships, DIRECT] },
      {},
      marks.marks,
    );
    const classes = new Map(elements.map((e) => [e.data.id, e.classes]));
    expect(classes.get('szu-buys-aws')).toBe('direct-contact');
    expect(classes.get('szu-buys-yunda')).toBe('avoids-contact');
    expect(classes.get('shenzhen-university')).toBe('avoids-contact');
    expect(classes.get('aws')).toBeUndefined();
  });

  it('draw in headless Cytoscape: thicker coloured paths, a red outline for direct contact', () => {
    const marks = new MarkTable()
      .add(['szu-buys-yunda'], 'avoids-contact')
      .add(['nvidia'], 'dimmed');
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(
        { ...SUBGRAPH, relationships: [...SUBGRAPH.relationships, DIRECT] },
        {},
        marks.marks,
      ).map((e) => ({ ...e, data: { ...e.data } })),
      style: graphStylesheet(),
    });
    const path = cy.getElementById('szu-buys-yunda');
    const plain = cy.getElementById('yunda-buys-aws');
    expect(parseFloat(String(path.style('width')))).toBeGreaterThan(
      parseFloat(String(plain.style('width'))),
    );
    expect(path.style('line-color')).not.toBe(plain.style('line-color'));
    expect(cy.getElementById('szu-buys-aws').style('line-outline-color')).toBe('rgb(180,35,24)');
    expect(Number(cy.getElementById('nvidia').style('opacity'))).toBeLessThan(0.5);
  });

  it('use straight unlabelled edges in the simple style for large graphs', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(SUBGRAPH).map((e) => ({ ...e, data: { ...e.data } })),
      style: graphStylesheet({ simple: true }),
    });
    expect(cy.getElementById('szu-buys-yunda').style('curve-style')).toBe('haystack');
    expect(cy.getElementById('szu-buys-yunda').style('label')).toBe('');
  });
});
