import { ENTITY_KINDS, type EntityKind } from '@detour/domain';
import { describe, expect, it } from 'vitest';
import { SUBGRAPH } from '../model/subgraph.fixture.ts';
import { layeredLayout, type LayoutNode } from './layeredLayout.ts';

function at(positions: ReturnType<typeof layeredLayout>, id: string): { x: number; y: number } {
  const p = positions[id];
  if (p === undefined) throw new Error(`no position for ${id}`);
  return p;
}

describe('layeredLayout', () => {
  const positions = layeredLayout(SUBGRAPH.entities);

  it('reads left to right: end user, intermediary, provider, chip, control list', () => {
    const chain = ['shenzhen-university', 'yunda-technology', 'aws', 'a100', 'entity-list'];
    const xs = chain.map((id) => at(positions, id).x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(chain.length);
    expect(at(positions, 'nvidia').x).toBe(at(positions, 'aws').x);
  });

  it('orders each layer by name, whatever order the data came in', () => {
    expect(at(positions, 'a100').y).toBeLessThan(at(positions, 'h100').y);
    expect(at(positions, 'aws').y).toBeLessThan(at(positions, 'nvidia').y);
    const reversed = layeredLayout([...SUBGRAPH.entities].reverse());
    expect(reversed).toEqual(positions);
  });

  it('never puts two nodes in the same place, even in a crowded layer', () => {
    const many: LayoutNode[] = ENTITY_KINDS.flatMap((kind: EntityKind) =>
      Array.from({ length: 23 }, (_, i) => ({ id: `${kind}-${i}`, kind, name: `${kind} ${i}` })),
    );
    const crowded = layeredLayout(many);
    const spots = Object.values(crowded).map((p) => `${p.x},${p.y}`);
    expect(Object.keys(crowded)).toHaveLength(many.length);
    expect(new Set(spots).size).toBe(many.length);
    // Wrapped columns of one layer still sit left of the next layer.
    const maxX = (kind: EntityKind) =>
      Math.max(...many.filter((n) => n.kind === kind).map((n) => at(crowded, n.id).x));
    const minX = (kind: EntityKind) =>
      Math.min(...many.filter((n) => n.kind === kind).map((n) => at(crowded, n.id).x));
    expect(maxX('EndUser')).toBeLessThan(minX('Intermediary'));
    expect(maxX('CloudProvider')).toBeLessThan(minX('Chip'));
  });

  it('centres each layer vertically on zero', () => {
    const ys = ['a100', 'h100'].map((id) => at(positions, id).y);
    expect(ys.reduce((a, b) => a + b, 0)).toBe(0);
    expect(at(positions, 'shenzhen-university').y).toBe(0);
  });

  it('orders a layer by its neighbours when given the links, so lines cross less', () => {
    const nodes: LayoutNode[] = [
      { id: 'u1', kind: 'EndUser', name: 'A university' },
      { id: 'u2', kind: 'EndUser', name: 'B university' },
      { id: 'r1', kind: 'Intermediary', name: 'A reseller' },
      { id: 'r2', kind: 'Intermediary', name: 'B reseller' },
    ];
    const crossed = [
      { from: 'u1', to: 'r2' },
      { from: 'u2', to: 'r1' },
    ];
    const byName = layeredLayout(nodes);
    expect(at(byName, 'r1').y).toBeLessThan(at(byName, 'r2').y);
    const untangled = layeredLayout(nodes, undefined, crossed);
    expect(at(untangled, 'u1').y < at(untangled, 'u2').y).toBe(
      at(untangled, 'r2').y < at(untangled, 'r1').y,
    );
    expect(layeredLayout([...nodes].reverse(), undefined, crossed)).toEqual(untangled);
  });

  it('makes a very large layer taller, not only wider', () => {
    const many: LayoutNode[] = Array.from({ length: 400 }, (_, i) => ({
      id: `u${String(i)}`,
      kind: 'EndUser',
      name: `User ${String(i)}`,
    }));
    const ys = new Set(Object.values(layeredLayout(many)).map((p) => p.y));
    const xs = new Set(Object.values(layeredLayout(many)).map((p) => p.x));
    expect(ys.size).toBeGreaterThan(20);
    expect(xs.size).toBeLessThan(20);
  });
});
