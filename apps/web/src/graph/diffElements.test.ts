import { describe, expect, it } from 'vitest';
import { diffElements } from './diffElements.ts';
import type { GraphElement } from './toElements.ts';

const node = (id: string): GraphElement => ({
  group: 'nodes',
  data: { id, label: id, kind: 'Chip' },
});
const edge = (id: string, source: string, target: string): GraphElement => ({
  group: 'edges',
  data: { id, source, target, label: 'offers', type: 'OFFERS', status: 'confirmed' },
});

describe('diffElements', () => {
  it('adds everything to an empty graph', () => {
    const next = [node('a'), node('b'), edge('e', 'a', 'b')];
    const diff = diffElements(new Map(), next);
    expect(diff.add).toEqual(next);
    expect(diff.remove).toEqual([]);
    expect(diff.topologyChanged).toBe(true);
  });

  it('only updates data when the same elements come back', () => {
    const current = new Map([
      ['a', 'node'],
      ['b', 'node'],
      ['e', 'a->b'],
    ]);
    const diff = diffElements(current, [node('a'), node('b'), edge('e', 'a', 'b')]);
    expect(diff.add).toEqual([]);
    expect(diff.remove).toEqual([]);
    expect(diff.update.map((e) => e.data.id)).toEqual(['a', 'b', 'e']);
    expect(diff.topologyChanged).toBe(false);
  });

  it('removes what is gone and re-adds an edge whose ends changed', () => {
    const current = new Map([
      ['a', 'node'],
      ['b', 'node'],
      ['c', 'node'],
      ['e', 'a->b'],
    ]);
    const diff = diffElements(current, [node('a'), node('b'), edge('e', 'b', 'a')]);
    expect(diff.remove).toEqual(['e', 'c']);
    expect(diff.add.map((e) => e.data.id)).toEqual(['e']);
    expect(diff.topologyChanged).toBe(true);
  });
});
