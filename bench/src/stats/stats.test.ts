import { describe, expect, it } from 'vitest';
import { median, p95, p99, quantile, ratio, summarise } from './stats.ts';

describe('stats', () => {
  it('takes the middle of an odd sample and the mean of the middle two of an even one', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('interpolates p95 between closest ranks, whatever the input order', () => {
    const samples = Array.from({ length: 101 }, (_, i) => 100 - i);
    expect(p95(samples)).toBe(95);
    expect(p99(samples)).toBe(99);
    expect(quantile([10, 20], 0.95)).toBeCloseTo(19.5);
  });

  it('gives NaN rather than a number for no samples or no baseline', () => {
    expect(median([])).toBeNaN();
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(Number.NaN, 2)).toBeNaN();
    expect(ratio(3, 2)).toBe(1.5);
  });

  it('refuses a quantile outside 0–1', () => {
    expect(() => quantile([1], 1.5)).toThrow(/within 0–1/);
  });

  it('summarises count, extremes and percentiles together', () => {
    expect(summarise([3, 1, 2])).toEqual({
      count: 3,
      median: 2,
      p95: 2.9,
      p99: 2.98,
      min: 1,
      max: 3,
    });
  });
});
