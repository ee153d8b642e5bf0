/**
 * What cutting entities off does: per end user and capability, the paths before and after. Only
 * end users whose paths touch a removed entity can change. For them, only the walks through a
 * removed entity are grown again (branches that cannot reach one are cut early), and what they
 * count is taken from the baseline: paths after = paths before − paths through the removed.
 */
import type { AccessGraph } from './accessGraph.ts';
import type { Baseline } from './baseline.ts';
import type { Budget } from './budget.ts';
import { PairCounter, userCounts } from './pairCounter.ts';

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

/** An affected end user's paths per capability through removed entities (capabilities in id order). */
interface Taken {
  readonly capabilities: Int32Array;
  readonly paths: Float64Array;
}

function pathsAfter(taken: Taken | undefined, capability: number, before: number): number {
  if (taken === undefined) return before;
  const i = taken.capabilities.indexOf(capability);
  return i < 0 ? before : before - (taken.paths[i] ?? 0);
}

export async function whatIf(
  graph: AccessGraph,
  baseline: Baseline,
  removedIds: readonly number[],
  budget: Budget,
): Promise<WhatIfOutcome> {
  const removed = new Uint8Array(graph.nodes);
  for (const x of removedIds) removed[x] = 1;
  const users = graph.endUsers.length;
  const affected = new Uint8Array(users);
  for (const x of removedIds) {
    for (let i = baseline.touchStart[x] ?? 0; i < (baseline.touchStart[x + 1] ?? 0); i++)
      affected[baseline.touchUsers[i] ?? 0] = 1;
  }

  const counter = new PairCounter(graph, baseline.scope, budget).onlyThrough(removed);
  const out = userCounts();
  const taken = new Map<number, Taken>();
  const lost: AccessChange[] = [];
  const lostPerCapability = new Map<number, number>();
  const keptPerUser = new Int32Array(users);
  let keptTotal = 0;
  let keptEndUsers = 0;
  let lostEndUsers = 0;
  for (let position = 0; position < users; position++) {
    const u = graph.endUsers[position] ?? 0;
    if (removed[u] === 1) continue;
    let after: Taken | undefined;
    if (affected[position] === 1) {
      if ((position & 15) === 0) await budget.pause();
      out.capability.length = 0;
      out.capabilityPaths.length = 0;
      out.provider.length = 0;
      out.providerPaths.length = 0;
      counter.count(u, out);
      after = { capabilities: out.capability.toArray(), paths: out.capabilityPaths.toArray() };
      taken.set(position, after);
    }
    let kept = 0;
    let lostHere = 0;
    for (
      let i = baseline.pairStart[position] ?? 0;
      i < (baseline.pairStart[position + 1] ?? 0);
      i++
    ) {
      const c = baseline.pairCapability[i] ?? 0;
      if (removed[c] === 1) continue;
      const before = baseline.pairPaths[i] ?? 0;
      const now = pathsAfter(after, c, before);
      if (now > 0) {
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
      const after = taken.get(position);
      for (
        let i = baseline.pairStart[position] ?? 0;
        i < (baseline.pairStart[position + 1] ?? 0);
        i++
      ) {
        const c = baseline.pairCapability[i] ?? 0;
        if (removed[c] === 1) continue;
        const before = baseline.pairPaths[i] ?? 0;
        const now = pathsAfter(after, c, before);
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
