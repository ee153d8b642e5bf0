/** A map that forgets its least recently used entries once their sizes add up to more than `limit`. */
export class LruCache<V> {
  private readonly entries = new Map<string, { value: V; size: number }>();
  private total = 0;

  constructor(
    private readonly limit: number,
    private readonly sizeOf: (value: V) => number,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    // Re-inserted: a Map iterates in insertion order, so the first entry is the least recent.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V): V {
    this.delete(key);
    const size = this.sizeOf(value);
    this.entries.set(key, { value, size });
    this.total += size;
    this.evict(key);
    return value;
  }

  /** Records an entry's size once it is known (a computation that has finished). */
  resize(key: string, size: number): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.total += size - entry.size;
    entry.size = size;
    this.evict(key);
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (entry === undefined) return;
    this.total -= entry.size;
    this.entries.delete(key);
  }

  /** Drops the least recent entries, never `keep`, until the total fits. */
  private evict(keep: string): void {
    for (const key of this.entries.keys()) {
      if (this.total <= this.limit) return;
      if (key !== keep) this.delete(key);
    }
  }
}
