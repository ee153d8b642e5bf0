import { describe, expect, it } from 'vitest';
import type { Position } from './layeredLayout.ts';
import { NodeGrid } from './nodeGrid.ts';

/** A small deterministic generator (mulberry32), so the scattered nodes are the same every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function distanceToSegment(p: Position, a: Position, b: Position): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.min(Math.max(((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared, 0), 1);
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

describe('NodeGrid', () => {
  const next = random(7);
  const point = (): Position => ({ x: (next() - 0.5) * 3000, y: (next() - 0.5) * 2000 });
  const positions: Record<string, Position> = {};
  for (let i = 0; i < 800; i++) positions[`n${String(i)}`] = point();
  const grid = new NodeGrid(positions);

  it('finds every node within the radius of a segment, in any direction, each once', () => {
    const segments: [Position, Position][] = [
      [point(), point()],
      [point(), point()],
      [
        { x: -1000, y: 0 },
        { x: 1000, y: 0 },
      ],
      [
        { x: 200, y: -900 },
        { x: 200, y: 900 },
      ],
      [
        { x: 900, y: 700 },
        { x: -900, y: -700 },
      ],
      [
        { x: 5, y: 5 },
        { x: 5, y: 5 },
      ],
    ];
    for (const [a, b] of segments) {
      for (const radius of [42, 234]) {
        const found = grid.near(a, b, radius).map((n) => n.id);
        expect(new Set(found).size).toBe(found.length);
        const expected = Object.entries(positions)
          .filter(([, p]) => distanceToSegment(p, a, b) <= radius)
          .map(([id]) => id);
        expect(found).toEqual(expect.arrayContaining(expected));
        // Whole cells come back, but not the whole graph.
        expect(found.length).toBeLessThan(Object.keys(positions).length / 2);
      }
    }
  });

  it('finds nothing where there are no nodes', () => {
    expect(grid.near({ x: 9000, y: 9000 }, { x: 9500, y: 9100 }, 234)).toEqual([]);
    expect(new NodeGrid({}).near({ x: 0, y: 0 }, { x: 100, y: 0 }, 50)).toEqual([]);
  });
});
