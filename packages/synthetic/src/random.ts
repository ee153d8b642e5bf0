/**
 * A small seeded PRNG (mulberry32) and the draws the generator needs. Same seed → same sequence
 * on every platform: only 32-bit integer arithmetic and one division.
 */
export class Random {
  private state: number;

  /** `stream` separates independent sequences drawn from one seed (plan, entities, edges …). */
  constructor(seed: number, stream = 0) {
    this.state = mix(mix(seed >>> 0) ^ Math.imul(stream + 1, 0x9e3779b9));
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** Lomax (Pareto II, scale 1): heavy-tailed, most values near 0, mean 1 / (alpha - 1). */
  lomax(alpha: number): number {
    return Math.pow(1 - this.next(), -1 / alpha) - 1;
  }

  /** Index i with probability weights[i] / sum(weights); the weights are small fixed tables. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i] ?? 0;
      if (x < 0) return i;
    }
    return weights.length - 1;
  }

  /** Fisher–Yates: 0 … n-1 in random order. */
  permutation(n: number): Uint32Array {
    const out = new Uint32Array(n);
    for (let i = 0; i < n; i++) out[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const a = out[i] ?? 0;
      out[i] = out[j] ?? 0;
      out[j] = a;
    }
    return out;
  }
}

/** splitmix32-style finaliser, to spread nearby seeds apart. */
function mix(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}
