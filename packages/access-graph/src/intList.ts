/** A growable list of 32-bit integers (or doubles), for results whose size is known only at the end. */
export class IntList {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  at(i: number): number {
    return this.data[i] ?? 0;
  }

  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

export class FloatList {
  private data: Float64Array;
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Float64Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  at(i: number): number {
    return this.data[i] ?? 0;
  }

  toArray(): Float64Array {
    return this.data.slice(0, this.length);
  }
}

/** Groups (key, value) pairs by key, keeping the values' order: CSR start and values. */
export function groupPairs(keys: number, pairKeys: IntList, pairValues: IntList) {
  const k = pairKeys.toArray();
  const v = pairValues.toArray();
  const start = new Int32Array(keys + 1);
  for (const key of k) start[key + 1] = (start[key + 1] ?? 0) + 1;
  for (let i = 0; i < keys; i++) start[i + 1] = (start[i + 1] ?? 0) + (start[i] ?? 0);
  const next = start.slice(0, keys);
  const values = new Int32Array(k.length);
  for (let i = 0; i < k.length; i++) {
    const key = k[i] ?? 0;
    const slot = next[key] ?? 0;
    next[key] = slot + 1;
    values[slot] = v[i] ?? 0;
  }
  return { start, values };
}
