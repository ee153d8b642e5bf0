import { describe, expect, it } from 'vitest';
import { BEND_STEP, CLEARANCE, bendClass } from './edgeBends.ts';

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
