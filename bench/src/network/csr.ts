/** Compressed sparse rows: the out-edges of node n are edges offsets[n] … offsets[n + 1] - 1. */
export interface Csr {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly types: Uint8Array;
  /** Per edge: -1 when it covers everything, else an index into `coverSets`. */
  readonly covers: Int32Array;
  readonly coverSets: readonly ReadonlySet<number>[];
}

/** Counting sort of an edge list into CSR, keeping each node's edges in input order. */
export function buildCsr(
  nodes: number,
  from: readonly number[],
  to: readonly number[],
  type: readonly number[],
  covers: readonly (ReadonlySet<number> | null)[],
): Csr {
  const offsets = new Int32Array(nodes + 1);
  for (const f of from) offsets[f + 1] = (offsets[f + 1] ?? 0) + 1;
  for (let n = 0; n < nodes; n++) offsets[n + 1] = (offsets[n + 1] ?? 0) + (offsets[n] ?? 0);
  const next = offsets.slice(0, nodes);
  const targets = new Int32Array(from.length);
  const types = new Uint8Array(from.length);
  const coverRefs = new Int32Array(from.length);
  const coverSets: ReadonlySet<number>[] = [];
  from.forEach((f, e) => {
    const slot = next[f] ?? 0;
    next[f] = slot + 1;
    targets[slot] = to[e] ?? 0;
    types[slot] = type[e] ?? 0;
    const set = covers[e] ?? null;
    if (set === null) coverRefs[slot] = -1;
    else {
      coverRefs[slot] = coverSets.length;
      coverSets.push(set);
    }
  });
  return { offsets, targets, types, covers: coverRefs, coverSets };
}
