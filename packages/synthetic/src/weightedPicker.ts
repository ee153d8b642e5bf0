import type { Random } from './random.ts';

/**
 * Draws members of a fixed set with probability proportional to their weights, in O(log n):
 * cumulative sums and a binary search. Used for power-law choices (big resellers, popular chips).
 */
export class WeightedPicker {
  private readonly cumulative: Float64Array;

  constructor(
    /** The values drawn (entity indices). */
    readonly members: Uint32Array,
    weights: ArrayLike<number>,
  ) {
    if (members.length === 0 || members.length !== weights.length) {
      throw new RangeError('a picker needs one weight per member and at least one member');
    }
    this.cumulative = new Float64Array(members.length);
    let sum = 0;
    for (let i = 0; i < members.length; i++) {
      sum += weights[i] ?? 0;
      this.cumulative[i] = sum;
    }
  }

  get size(): number {
    return this.members.length;
  }

  pick(random: Random): number {
    const x = random.next() * (this.cumulative[this.cumulative.length - 1] ?? 0);
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] ?? 0) > x) hi = mid;
      else lo = mid + 1;
    }
    return this.members[lo] ?? 0;
  }

  /**
   * Up to `count` distinct members. Gives up after a bounded number of repeats, so a small set
   * dominated by one heavy member yields fewer rather than looping.
   */
  pickDistinct(random: Random, count: number): number[] {
    const wanted = Math.min(count, this.members.length);
    const chosen: number[] = [];
    for (let tries = 0; chosen.length < wanted && tries < wanted * 20; tries++) {
      const member = this.pick(random);
      if (!chosen.includes(member)) chosen.push(member);
    }
    return chosen;
  }
}

/** Zipf weights: the member of rank r (0 = biggest) weighs 1 / (r + 1)^exponent. */
export function zipfWeights(ranks: ArrayLike<number>, exponent: number): Float64Array {
  const out = new Float64Array(ranks.length);
  for (let i = 0; i < ranks.length; i++) out[i] = 1 / Math.pow((ranks[i] ?? 0) + 1, exponent);
  return out;
}
