import { ENTITY_KINDS } from '@detour/domain';
import { describe, expect, it } from 'vitest';
import { SHENZHEN_UNIVERSITY, SUBGRAPH, SZU_BUYS_FROM_YUNDA } from '../model/subgraph.fixture.ts';
import { layeredLayout } from './layeredLayout.ts';
import { toElements, type EdgeElement, type NodeElement } from './toElements.ts';

const elements = toElements(SUBGRAPH);
const nodes = elements.filter((e): e is NodeElement => e.group === 'nodes');
const edges = elements.filter((e): e is EdgeElement => e.group === 'edges');

describe('toElements', () => {
  it('makes one node per entity, labelled with its name and kind', () => {
    expect(nodes.map((n) => n.data.id)).toEqual(SUBGRAPH.entities.map((e) => e.id));
    expect(nodes.find((n) => n.data.id === 'shenzhen-university')?.data).toEqual({
      id: 'shenzhen-university',
      label: 'Shenzhen University',
      kind: 'EndUser',
    });
    for (const node of nodes) expect(ENTITY_KINDS).toContain(node.data.kind);
  });

  it('makes every relationship an edge with its type, status and a readable label', () => {
    expect(edges.map((e) => e.data.id)).toEqual(SUBGRAPH.relationships.map((r) => r.id));
    expect(edges.find((e) => e.data.id === 'yunda-buys-aws')?.data).toEqual({
      id: 'yunda-buys-aws',
      source: 'yunda-technology',
      target: 'aws',
      label: 'buys from',
      type: 'BUYS_FROM',
      status: 'reported',
    });
  });

  it('only makes edges whose two ends are nodes', () => {
    const ids = new Set(nodes.map((n) => n.data.id));
    for (const edge of edges) {
      expect(ids).toContain(edge.data.source);
      expect(ids).toContain(edge.data.target);
    }
    const dangling = toElements({
      ...SUBGRAPH,
      relationships: [{ ...SZU_BUYS_FROM_YUNDA, id: 'x', to: 'not-loaded' }],
    });
    expect(dangling.filter((e) => e.group === 'edges')).toEqual([]);
  });

  it('puts nodes before edges and never repeats an id', () => {
    const groups = elements.map((e) => e.group);
    expect(groups.lastIndexOf('nodes')).toBeLessThan(groups.indexOf('edges'));
    const twice = toElements({
      ...SUBGRAPH,
      entities: [...SUBGRAPH.entities, SHENZHEN_UNIVERSITY],
    });
    const ids = twice.map((e) => e.data.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('bends an edge around the nodes it would cross, and leaves the others straight', () => {
    const laidOut = toElements(SUBGRAPH, layeredLayout(SUBGRAPH.entities));
    const classes = new Map(
      laidOut.flatMap((e) => (e.group === 'edges' ? [[e.data.id, e.classes] as const] : [])),
    );
    // Shenzhen University → BIS Entity List passes the reseller, the provider and the chips.
    expect(classes.get('szu-listed')).toMatch(/^bend-(pos|neg)-\d+$/);
    expect(classes.get('szu-buys-yunda')).toBeUndefined();
    expect(classes.get('yunda-buys-aws')).toBeUndefined();
  });

  it('draws groups after the subgraph, unselectable, and drops links with a missing end', () => {
    const groups = {
      nodes: [{ id: 'group:aws', kind: 'EndUser' as const, label: '+40 end users', count: 40 }],
      links: [
        { id: 'group:aws->aws', source: 'group:aws', target: 'aws', status: 'alleged' as const },
        { id: 'group:x->aws', source: 'x', target: 'aws' },
      ],
    };
    const drawn = toElements(SUBGRAPH, {}, undefined, groups);
    const group = drawn.find((e) => e.data.id === 'group:aws');
    expect(group).toEqual({
      group: 'nodes',
      data: { id: 'group:aws', label: '+40 end users', kind: 'EndUser', count: 40 },
      selectable: false,
    });
    const link = drawn.find((e) => e.data.id === 'group:aws->aws');
    expect(link?.data).toMatchObject({ source: 'group:aws', target: 'aws', status: 'alleged' });
    expect(link?.selectable).toBe(false);
    expect(drawn.some((e) => e.data.id === 'group:x->aws')).toBe(false);
    // Nodes still come before every edge.
    const kinds = drawn.map((e) => e.group);
    expect(kinds.lastIndexOf('nodes')).toBeLessThan(kinds.indexOf('edges'));
  });

  it('bends nothing without positions, as for the simple style or the force layout', () => {
    const straight = toElements(SUBGRAPH);
    for (const edge of straight) expect(edge.classes ?? '').not.toMatch(/bend-/);
  });
});
