import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '@detour/domain';
import { BEND_STEP, CLEARANCE, MAX_BEND_STEPS, bendClass, edgeBender } from './edgeBends.ts';
import { layeredLayout, type LayoutNode } from './layeredLayout.ts';

const a = { x: 0, y: 0 };
const b = { x: 600, y: 0 };

/** How far the bent edge's middle sits from the straight line, in model pixels (negative = up). */
function midOffset(cls: string | undefined): number {
  const match = /^bend-(pos|neg)-(\d+)$/.exec(cls ?? '');
  if (match === null) return 0;
  return (match[1] === 'pos' ? 1 : -1) * Number(match[2]) * BEND_STEP * 0.5;
}

describe('bendClass', () => {
  it('leaves an edge straight when nothing is in its way', () => {
    expect(bendClass(a, b, [])).toBeUndefined();
    expect(bendClass(a, b, [{ x: 300, y: 120 }])).toBeUndefined();
  });

  it('bends an edge over a node that sits on it, upwards when either way is as short', () => {
    const cls = bendClass(a, b, [{ x: 300, y: 0 }]);
    expect(cls).toMatch(/^bend-neg-\d+$/);
    expect(Math.abs(midOffset(cls))).toBeGreaterThanOrEqual(CLEARANCE);
  });

  it('bends away from a node just below the line, and towards the open side', () => {
    expect(bendClass(a, b, [{ x: 300, y: 20 }])).toMatch(/^bend-neg-/);
    expect(bendClass(a, b, [{ x: 300, y: -20 }])).toMatch(/^bend-pos-/);
  });

  it('clears a second node that the first bend would run into', () => {
    const cls = bendClass(a, b, [
      { x: 300, y: 0 },
      { x: 300, y: -50 },
    ]);
    const offset = midOffset(cls);
    expect(Math.abs(offset - 0)).toBeGreaterThanOrEqual(CLEARANCE);
    expect(Math.abs(offset + 50)).toBeGreaterThanOrEqual(CLEARANCE);
  });

  it('measures sides as Cytoscape does: right of source → target', () => {
    // Leftward edge: its right-hand side is up, so bending up is "pos".
    expect(bendClass(b, a, [{ x: 300, y: 0 }])).toMatch(/^bend-pos-/);
  });
});

describe('edgeBender', () => {
  // A crowded layered graph: every kind, 30 of each, and edges from each node to a few others.
  const nodes: LayoutNode[] = ENTITY_KINDS.flatMap((kind) =>
    Array.from({ length: 30 }, (_, i) => ({ id: `${kind}-${String(i)}`, kind, name: String(i) })),
  );
  const positions = layeredLayout(nodes);
  const edges = nodes.flatMap((node, i) =>
    [7, 31, 95].map((step) => ({ from: node.id, to: nodes[(i + step) % nodes.length]?.id ?? '' })),
  );

  it('bends each edge as bendClass does over every other node', () => {
    const bend = edgeBender(positions);
    let bent = 0;
    for (const { from, to } of edges) {
      const source = positions[from];
      const target = positions[to];
      if (source === undefined || target === undefined) throw new Error(`no position: ${from}`);
      const others = Object.entries(positions).flatMap(([id, p]) =>
        id === from || id === to ? [] : [p],
      );
      const cls = bend(from, to);
      const everyNode = bendClass(source, target, others);
      if (everyNode !== undefined) bent++;
      // Where no bend clears the nodes on either side, both give the widest bend.
      const widest = new RegExp(`-${String(MAX_BEND_STEPS)}$`);
      if (cls !== everyNode) {
        expect(cls).toMatch(widest);
        expect(everyNode).toMatch(widest);
      }
    }
    expect(bent).toBeGreaterThan(edges.length / 4);
  });

  it('gives parallel edges the same bend, and none to an edge whose end has no position', () => {
    const bend = edgeBender({ ...positions, lonely: { x: 0, y: 0 } });
    const edge = edges[0];
    if (edge === undefined) throw new Error('no edges');
    expect(bend(edge.from, edge.to)).toBe(bend(edge.from, edge.to));
    expect(bend(edge.from, 'not-placed')).toBeUndefined();
  });

  it('ignores nodes too far from the line to matter', () => {
    const far = { x: 300, y: 1000 };
    expect(edgeBender({ a, b, far, on: { x: 300, y: 0 } })('a', 'b')).toBe(
      bendClass(a, b, [{ x: 300, y: 0 }]),
    );
  });
});
