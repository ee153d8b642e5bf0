/**
 * What an analysis looks at: which capability and provider, which relationships count (status
 * and date filters), and how long a path may be. Prepared once per question: which relationships
 * pass, and for every entity a lower bound on the steps left to a provider that offers something
 * in scope, so walks that cannot end in time are never grown.
 */
import { STATUSES, type Status } from '@detour/domain';
import { dayNumber, KIND, type AccessGraph } from './accessGraph.ts';

export interface AnalysisScope {
  /** A chip's or model's entity index, or −1 for every capability. */
  readonly capability: number;
  /** A cloud provider's entity index, or −1 for every provider. */
  readonly provider: number;
  /** Only relationships with these statuses; null for all. */
  readonly statuses: readonly Status[] | null;
  /** Only relationships valid on this day (YYYY-MM-DD); null for any day. */
  readonly asOf: string | null;
  /** Relationships on a path, OFFERS included: 2–8. */
  readonly maxHops: number;
}

export interface PreparedScope extends AnalysisScope {
  /** Steps before the provider: at most maxHops − 1. */
  readonly maxSteps: number;
  /** Per relationship: 1 when it passes the status and date filters. */
  readonly pass: Uint8Array;
  /** The same per step (graph.stepRel order), read in order by the walks. */
  readonly stepPass: Uint8Array;
  /** Per entity: fewest steps to a provider in scope with an offer in scope (255: none). */
  readonly distance: Uint8Array;
  /** Per provider in scope: how many of its offers pass and are in scope. */
  readonly offersInScope: Int32Array;
  /**
   * Per provider ordinal × capability slot: how many of those offers are of that capability; and
   * per provider ordinal × word, the bit set of those slots (graph.capWords words each).
   */
  readonly slotOffers: Int32Array;
  readonly slotMask: Uint32Array;
  /**
   * The same, listed: provider ordinal o's offered slots are offeredSlot[offeredStart[o] …
   * offeredStart[o + 1] − 1], in slot order, with their offer counts in offeredCount.
   */
  readonly offeredStart: Int32Array;
  readonly offeredSlot: Int32Array;
  readonly offeredCount: Int32Array;
  /** A stable key for caching what is computed from this scope. */
  readonly key: string;
}

export const UNREACHABLE = 255;

/**
 * Per entity: fewest steps (that pass the scope's filters) to one of the marked entities, up to
 * maxSteps (UNREACHABLE beyond): a bound for growing only walks that can still pass through one.
 */
export function distanceTo(
  graph: AccessGraph,
  scope: PreparedScope,
  marked: Uint8Array,
): Uint8Array {
  const distance = new Uint8Array(graph.nodes).fill(UNREACHABLE);
  const queue = new Int32Array(graph.nodes);
  let tail = 0;
  marked.forEach((m, n) => {
    if (m === 1) {
      distance[n] = 0;
      queue[tail++] = n;
    }
  });
  for (let head = 0; head < tail; head++) {
    const n = queue[head] ?? 0;
    const d = (distance[n] ?? 0) + 1;
    if (d > scope.maxSteps) continue;
    for (let i = graph.backStart[n] ?? 0; i < (graph.backStart[n + 1] ?? 0); i++) {
      if (scope.pass[graph.backRel[i] ?? 0] !== 1) continue;
      const m = graph.backSource[i] ?? 0;
      if ((distance[m] ?? 0) !== UNREACHABLE) continue;
      distance[m] = d;
      queue[tail++] = m;
    }
  }
  return distance;
}

/** The key of a scope, for caches: equal keys mean equal answers on the same graph. */
export function scopeKey(scope: AnalysisScope): string {
  return JSON.stringify([
    scope.capability,
    scope.provider,
    scope.statuses === null ? null : [...scope.statuses].sort(),
    scope.asOf,
    scope.maxHops,
  ]);
}

export function prepareScope(graph: AccessGraph, scope: AnalysisScope): PreparedScope {
  const maxSteps = scope.maxHops - 1;
  const statusMask =
    scope.statuses === null
      ? (1 << STATUSES.length) - 1
      : scope.statuses.reduce((mask, s) => mask | (1 << STATUSES.indexOf(s)), 0);
  const asOf = scope.asOf === null ? null : dayNumber(scope.asOf);
  const pass = new Uint8Array(graph.rels);
  for (let r = 0; r < graph.rels; r++) {
    const status = graph.relStatus[r] ?? 0;
    if ((statusMask & (1 << status)) === 0) continue;
    if (asOf !== null && ((graph.relValidFrom[r] ?? 0) > asOf || (graph.relValidTo[r] ?? 0) < asOf))
      continue;
    pass[r] = 1;
  }

  const offersInScope = new Int32Array(graph.nodes);
  const slots = graph.capNodes.length;
  const slotOffers = new Int32Array(graph.providers.length * slots);
  const slotMask = new Uint32Array(graph.providers.length * graph.capWords);
  const distance = new Uint8Array(graph.nodes).fill(UNREACHABLE);
  const queue = new Int32Array(graph.nodes);
  let tail = 0;
  for (let p = 0; p < graph.nodes; p++) {
    if (graph.kinds[p] !== KIND.CloudProvider) continue;
    if (scope.provider >= 0 && p !== scope.provider) continue;
    let count = 0;
    for (let i = graph.offerStart[p] ?? 0; i < (graph.offerStart[p + 1] ?? 0); i++) {
      const o = graph.offerRel[i] ?? 0;
      if (pass[o] !== 1) continue;
      const c = graph.relTarget[o] ?? 0;
      if ((graph.capSlot[c] ?? -1) < 0) continue;
      if (scope.capability >= 0 && c !== scope.capability) continue;
      count++;
      const slot = graph.capSlot[c] ?? 0;
      const ordinal = graph.providerOrdinal[p] ?? 0;
      slotOffers[ordinal * slots + slot] = (slotOffers[ordinal * slots + slot] ?? 0) + 1;
      const word = ordinal * graph.capWords + (slot >> 5);
      slotMask[word] = (slotMask[word] ?? 0) | (1 << (slot & 31));
    }
    offersInScope[p] = count;
    if (count > 0) {
      distance[p] = 0;
      queue[tail++] = p;
    }
  }
  // Breadth-first over the reversed steps that pass, up to maxSteps.
  for (let head = 0; head < tail; head++) {
    const n = queue[head] ?? 0;
    const d = (distance[n] ?? 0) + 1;
    if (d > maxSteps) continue;
    for (let i = graph.backStart[n] ?? 0; i < (graph.backStart[n + 1] ?? 0); i++) {
      if (pass[graph.backRel[i] ?? 0] !== 1) continue;
      const m = graph.backSource[i] ?? 0;
      if ((distance[m] ?? 0) !== UNREACHABLE) continue;
      distance[m] = d;
      queue[tail++] = m;
    }
  }
  const providers = graph.providers.length;
  const offeredStart = new Int32Array(providers + 1);
  const offeredSlot: number[] = [];
  const offeredCount: number[] = [];
  for (let o = 0; o < providers; o++) {
    for (let slot = 0; slot < slots; slot++) {
      const count = slotOffers[o * slots + slot] ?? 0;
      if (count === 0) continue;
      offeredSlot.push(slot);
      offeredCount.push(count);
    }
    offeredStart[o + 1] = offeredSlot.length;
  }
  return {
    ...scope,
    maxSteps,
    offeredStart,
    offeredSlot: Int32Array.from(offeredSlot),
    offeredCount: Int32Array.from(offeredCount),
    pass,
    stepPass: Uint8Array.from(graph.stepRel, (r) => pass[r] ?? 0),
    distance,
    offersInScope,
    slotOffers,
    slotMask,
    key: scopeKey(scope),
  };
}
