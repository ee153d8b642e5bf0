/**
 * What cutting entities off does: per end user and capability, the paths before and after. Paths
 * after = paths before − paths through a removed entity, and only the walks through one are
 * grown for the second count (branches that cannot reach one are cut early). With a baseline at
 * hand, only the end users it says touch a removed entity are walked again; without, every end
 * user's pairs are counted in the same pass (cheaper than a whole baseline).
 */
import type { AccessGraph } from './accessGraph.ts';
import type { Baseline } from './baseline.ts';
import type { Budget } from './budget.ts';
import { FloatList, IntList } from './intList.ts';
import { PairCounter, type UserCounts } from './pairCounter.ts';
import type { PreparedScope } from './scope.ts';

export interface AccessChange {
  readonly endUser: number;
  readonly capability: number;
  readonly pathsBefore: number;
  readonly pathsAfter: number;
}

export interface WhatIfOutcome {
  /** Per entity: 1 when cut off. */
  readonly removed: Uint8Array;
  /** Pairs that lose every path, in end user then capability id order. */
  readonly lost: readonly AccessChange[];
  readonly lostEndUsers: number;
  /** Per capability entity: end users that lose it, most first. */
  readonly lostByCapability: readonly (readonly [capability: number, endUsers: number])[];
  readonly keptTotal: number;
  readonly keptEndUsers: number;
  /** Kept pairs from `offset`, in end user then capability id order. */
  readonly kept: (offset: number, first: number) => AccessChange[];
}

/** Paths per end user (position) and capability, capabilities in id order per end user. */
interface PairTable {
  readonly pairStart: Int32Array;
  readonly pairCapability: Int32Array;
  readonly pairPaths: Float64Array;
}

/** Builds a PairTable one end user at a time, in position order. */
class PairTableBuilder {
  readonly counts: UserCounts = {
    capability: new IntList(),
    capabilityPaths: new FloatList(),
    provider: new IntList(16),
    providerPaths: new FloatList(16),
  };
  private readonly start: Int32Array;

  constructor(users: number) {
    this.start = new Int32Array(users + 1);
  }

  /** Closes end user `position`'s pairs (those appended to `counts` since the last close). */
  close(position: number): void {
    this.start[position + 1] = this.counts.capability.length;
    // Providers are not kept.
    this.counts.provider.length = 0;
    this.counts.providerPaths.length = 0;
  }

  build(): PairTable {
    return {
      pairStart: this.start,
      pairCapability: this.counts.capability.toArray(),
      pairPaths: this.counts.capabilityPaths.toArray(),
    };
  }
}

/** Paths after the cut: before, less those through removed entities (`taken`). */
function pathsAfter(
  taken: PairTable,
  position: number,
  capability: number,
  before: number,
): number {
  const end = taken.pairStart[position + 1] ?? 0;
  for (let i = taken.pairStart[position] ?? 0; i < end; i++)
    if (taken.pairCapability[i] === capability) return before - (taken.pairPaths[i] ?? 0);
  return before;
}

export async function whatIf(
  graph: AccessGraph,
  baseline: Baseline,
  removedIds: readonly number[],
  budget: Budget,
): Promise<WhatIfOutcome> {
  const removed = markRemoved(graph, removedIds);
  const counter = new PairCounter(graph, baseline.scope, budget).onlyThrough(removed);
  const affected = new Uint8Array(graph.endUsers.length);
  for (const x of removedIds) {
    for (let i = baseline.touchStart[x] ?? 0; i < (baseline.touchStart[x + 1] ?? 0); i++)
      affected[baseline.touchUsers[i] ?? 0] = 1;
  }
  const taken = new PairTableBuilder(graph.endUsers.length);
  for (let position = 0; position < graph.endUsers.length; position++) {
    if (affected[position] === 1) {
      if ((position & 15) === 0) await budget.pause();
      counter.count(graph.endUsers[position] ?? 0, taken.counts);
    }
    taken.close(position);
  }
  return outcomeOf(graph, baseline, taken.build(), removed);
}

/** What-if without a baseline: every end user's pairs and the paths the cut takes, in one walk. */
export async function whatIfFresh(
  graph: AccessGraph,
  scope: PreparedScope,
  removedIds: readonly number[],
  budget: Budget,
): Promise<WhatIfOutcome> {
  const removed = markRemoved(graph, removedIds);
  const counter = new PairCounter(graph, scope, budget).alsoThrough(removed);
  const users = graph.endUsers.length;
  const pairs = new PairTableBuilder(users);
  const taken = new PairTableBuilder(users);
  for (let position = 0; position < users; position++) {
    if ((position & 63) === 0) await budget.pause();
    counter.count(graph.endUsers[position] ?? 0, pairs.counts, taken.counts);
    pairs.close(position);
    taken.close(position);
  }
  return outcomeOf(graph, pairs.build(), taken.build(), removed);
}

function markRemoved(graph: AccessGraph, removedIds: readonly number[]): Uint8Array {
  const removed = new Uint8Array(graph.nodes);
  for (const x of removedIds) removed[x] = 1;
  return removed;
}

function outcomeOf(
  graph: AccessGraph,
  table: PairTable,
  taken: PairTable,
  removed: Uint8Array,
): WhatIfOutcome {
  const users = graph.endUsers.length;
  const lost: AccessChange[] = [];
  const lostPerCapability = new Map<number, number>();
  const keptPerUser = new Int32Array(users);
  let keptTotal = 0;
  let keptEndUsers = 0;
  let lostEndUsers = 0;
  for (let position = 0; position < users; position++) {
    const u = graph.endUsers[position] ?? 0;
    if (removed[u] === 1) continue;
    let kept = 0;
    let lostHere = 0;
    for (let i = table.pairStart[position] ?? 0; i < (table.pairStart[position + 1] ?? 0); i++) {
      const c = table.pairCapability[i] ?? 0;
      if (removed[c] === 1) continue;
      const before = table.pairPaths[i] ?? 0;
      if (pathsAfter(taken, position, c, before) > 0) {
        kept++;
        continue;
      }
      lostHere++;
      lost.push({ endUser: u, capability: c, pathsBefore: before, pathsAfter: 0 });
      lostPerCapability.set(c, (lostPerCapability.get(c) ?? 0) + 1);
    }
    keptPerUser[position] = kept;
    keptTotal += kept;
    if (kept > 0) keptEndUsers++;
    if (lostHere > 0) lostEndUsers++;
  }

  const kept = (offset: number, first: number): AccessChange[] => {
    const page: AccessChange[] = [];
    let skip = offset;
    for (let position = 0; position < users && page.length < first; position++) {
      const here = keptPerUser[position] ?? 0;
      if (skip >= here) {
        skip -= here;
        continue;
      }
      const u = graph.endUsers[position] ?? 0;
      for (let i = table.pairStart[position] ?? 0; i < (table.pairStart[position + 1] ?? 0); i++) {
        const c = table.pairCapability[i] ?? 0;
        if (removed[c] === 1) continue;
        const before = table.pairPaths[i] ?? 0;
        const now = pathsAfter(taken, position, c, before);
        if (now === 0) continue;
        if (skip > 0) {
          skip--;
          continue;
        }
        page.push({ endUser: u, capability: c, pathsBefore: before, pathsAfter: now });
        if (page.length === first) break;
      }
    }
    return page;
  };

  return {
    removed,
    lost,
    lostEndUsers,
    lostByCapability: [...lostPerCapability].sort(
      (a, b) => b[1] - a[1] || (graph.idRank[a[0]] ?? 0) - (graph.idRank[b[0]] ?? 0),
    ),
    keptTotal,
    keptEndUsers,
    kept,
  };
}
