import { setImmediate } from 'node:timers/promises';

/** Rows grouped by label or type, handed to `commit` whenever a group reaches the batch size. */
export class Batches<K extends string> {
  private readonly groups = new Map<K, unknown[]>();
  private added = 0;

  constructor(
    private readonly size: number,
    private readonly commit: (key: K, rows: unknown[]) => Promise<void>,
  ) {}

  async add(key: K, row: unknown): Promise<void> {
    const group = this.groups.get(key) ?? [];
    group.push(row);
    if (group.length >= this.size) {
      this.groups.delete(key);
      await this.commit(key, group);
    } else this.groups.set(key, group);
    // Let the driver read the running batch's answer and commit it while rows are still built.
    if (++this.added % 1_000 === 0) await setImmediate();
  }

  async flush(): Promise<void> {
    for (const [key, rows] of this.groups) await this.commit(key, rows);
    this.groups.clear();
  }
}

/**
 * One transaction in flight while the caller builds the next batch: Node (generating records,
 * encoding them) and Neo4j (writing them) work at the same time instead of taking turns. A
 * pipeline never runs two of its own transactions at once; bulkLoad runs one pipeline per lane.
 */
export class Pipeline {
  private running: Promise<void> = Promise.resolve();

  /** Waits for the batch in flight (rethrowing its error), then starts `work`. */
  async submit(work: () => Promise<void>): Promise<void> {
    await this.running;
    const next = work();
    next.catch(() => undefined); // rethrown by the next submit or drain
    this.running = next;
  }

  drain(): Promise<void> {
    return this.running;
  }

  /** Waits for the batch in flight, whatever its outcome (before cleaning up after a failure). */
  async settle(): Promise<void> {
    await this.running.catch(() => undefined);
  }
}

/**
 * The lane of a relationship, from its start entity's id (FNV-1a): all relationships from one
 * entity go through one lane, so two lanes' transactions never lock the same start node.
 */
export function laneOf(id: string, lanes: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % lanes;
}
