import { describe, expect, it } from 'vitest';
import { Random } from './random.ts';

describe('Random', () => {
  it('repeats a sequence for a seed and stream, and differs across seeds and streams', () => {
    const draw = (seed: number, stream: number): number[] => {
      const random = new Random(seed, stream);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(1, 0)).toEqual(draw(1, 0));
    expect(draw(1, 0)).not.toEqual(draw(2, 0));
    expect(draw(1, 0)).not.toEqual(draw(1, 1));
  });

  it('stays in range and shuffles without losing members', () => {
    const random = new Random(3);
    for (let i = 0; i < 1_000; i++) {
      const x = random.between(2, 4);
      expect(x >= 2 && x <= 4 && Number.isInteger(x)).toBe(true);
    }
    expect(Array.from(random.permutation(50)).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, i) => i),
    );
  });
});
