import { describe, expect, it } from 'vitest';
import { fitViewport } from './fitViewport.ts';

const canvas = { width: 900, height: 700 };
const insets = { top: 60, right: 20, bottom: 20, left: 20 };
const range = { min: 0.1, max: 1.3 };

/** Where a model point lands on screen. */
function rendered(v: ReturnType<typeof fitViewport>, x: number, y: number) {
  return { x: x * v.zoom + v.pan.x, y: y * v.zoom + v.pan.y };
}

describe('fitViewport', () => {
  it('keeps a large graph inside the free area, below the status line', () => {
    const bounds = { x1: -100, y1: -400, w: 1800, h: 900 };
    const v = fitViewport(bounds, canvas, insets, range);
    const topLeft = rendered(v, bounds.x1, bounds.y1);
    const bottomRight = rendered(v, bounds.x1 + bounds.w, bounds.y1 + bounds.h);
    expect(topLeft.x).toBeGreaterThanOrEqual(insets.left - 1e-9);
    expect(topLeft.y).toBeGreaterThanOrEqual(insets.top - 1e-9);
    expect(bottomRight.x).toBeLessThanOrEqual(canvas.width - insets.right + 1e-9);
    expect(bottomRight.y).toBeLessThanOrEqual(canvas.height - insets.bottom + 1e-9);
  });

  it('does not blow up a small graph past the maximum zoom, and centres it', () => {
    const bounds = { x1: 0, y1: 0, w: 100, h: 50 };
    const v = fitViewport(bounds, canvas, insets, range);
    expect(v.zoom).toBe(1.3);
    const centre = rendered(v, 50, 25);
    expect(centre.x).toBeCloseTo(insets.left + (canvas.width - insets.left - insets.right) / 2);
    expect(centre.y).toBeCloseTo(insets.top + (canvas.height - insets.top - insets.bottom) / 2);
  });
});
