/**
 * The walks behind every analysis: from one end user, BUYS_FROM steps outwards and SUBSIDIARY_OF
 * steps either way, no entity twice, at least one BUYS_FROM, to a cloud provider that OFFERS a
 * chip or model in scope that every BUYS_FROM on the walk `covers`. This is the definition of an
 * access path (apps/api/src/modules/paths/accessPathsCypher.ts), grown depth first over typed
 * arrays. Subclasses decide what to record where a walk reaches a provider.
 */
import type { AccessGraph } from './accessGraph.ts';
import type { Budget } from './budget.ts';
import type { PreparedScope } from './scope.ts';

/** Walks are at most 7 steps: 8 hops with the OFFERS. */
const MAX_DEPTH = 9;

/**
 * Marked entities for what-if. With `distance` (steps to the nearest marked entity), only walks
 * through one are grown and count; without, every walk counts and passedThrough says which go
 * through one.
 */
export interface Through {
  readonly marked: Uint8Array;
  readonly distance: Uint8Array | null;
}

export interface Tally {
  readonly interior: Float64Array;
  readonly stamp: Int32Array;
  readonly touched: number[];
  /** The current end user's mark in `stamp`. */
  user: number;
}

function tallied(tally: Tally, x: number, below: number): void {
  if (below > 0) tally.interior[x] = (tally.interior[x] ?? 0) + below;
  if (tally.stamp[x] === tally.user) return;
  tally.stamp[x] = tally.user;
  tally.touched.push(x);
}

export abstract class Walker {
  /** The walk: nodes[0] is the end user, rels[i] joins nodes[i] and nodes[i + 1]. */
  protected readonly nodes = new Int32Array(MAX_DEPTH);
  protected readonly rels = new Int32Array(MAX_DEPTH);
  /** Per depth: BUYS_FROM steps so far and the weakest status so far (STATUSES index). */
  protected readonly buys = new Int32Array(MAX_DEPTH);
  protected readonly weakest = new Int32Array(MAX_DEPTH);
  /**
   * Per depth: 1 when a BUYS_FROM on the walk names what it covers, and then the capability slots
   * all of them cover (capWords words from depth × capWords).
   */
  protected readonly restricted = new Uint8Array(MAX_DEPTH);
  protected readonly allowed: Uint32Array;
  private readonly onPath: Uint8Array;
  /** Entities cut off (what-if): never on a walk. */
  protected removed: Uint8Array | null = null;
  /**
   * When set, only walks through at least one of these entities count, and branches that cannot
   * reach one in time are not grown (what-if counts the paths it takes away this way).
   */
  protected through: Through | null = null;
  /** Per depth: 1 when the walk so far has a marked entity on it (see `through`). */
  protected readonly passedThrough = new Uint8Array(MAX_DEPTH);
  /** Fewest steps before the provider: 2 for indirect paths only. */
  protected minSteps = 1;
  /** When ≥ 0, walks end only at exactly this many steps. */
  protected exactSteps = -1;
  /**
   * When set, the walks of the current end user are tallied per entity: `interior[x]` counts the
   * walks with paths that go on past x, and `touched` lists (once, by `stamp`) every entity on a
   * walk with paths (chokepoints and what-if read these; see baseline.ts).
   */
  protected tally: Tally | null = null;
  private readonly words: number;
  /** Per level of the walk: the next step to try, where its steps end, walks found below it, and 1 when the walk to it ends at a provider. */
  private readonly cursor = new Int32Array(MAX_DEPTH);
  private readonly stop = new Int32Array(MAX_DEPTH);
  private readonly below = new Float64Array(MAX_DEPTH);
  private readonly endsHere = new Float64Array(MAX_DEPTH);

  constructor(
    protected readonly graph: AccessGraph,
    protected readonly scope: PreparedScope,
    private readonly budget: Budget,
  ) {
    this.onPath = new Uint8Array(graph.nodes);
    this.words = graph.capWords;
    this.allowed = new Uint32Array(MAX_DEPTH * graph.capWords);
  }

  /**
   * Grows every walk from the end user; returns how many reach a provider with at least one offer
   * the walk can use (each such walk is one or more access paths). Depth first with an explicit
   * stack: at most 8 levels, each with its next step to try.
   */
  protected walkFrom(user: number): number {
    const { graph, scope, onPath, removed, nodes, rels, buys, weakest, restricted, allowed } = this;
    const { stepStart, stepTarget, stepRel, stepBuys, stepStatus, stepCover, coverWords } = graph;
    const { stepPass, distance, offersInScope } = scope;
    const { cursor, stop, below, endsHere, words, budget } = this;
    const touched = this.passedThrough;
    const through = this.through;
    const tally = this.tally;
    const limit = this.exactSteps >= 0 ? this.exactSteps : scope.maxSteps;
    const exact = this.exactSteps;
    const minSteps = this.minSteps;
    nodes[0] = user;
    buys[0] = 0;
    weakest[0] = 0;
    restricted[0] = 0;
    touched[0] = through !== null && through.marked[user] === 1 ? 1 : 0;
    onPath[user] = 1;
    const first = stepStart[user] ?? 0;
    const last = stepStart[user + 1] ?? 0;
    cursor[0] = first;
    stop[0] = last;
    below[0] = 0;
    budget.spend(last - first);
    let depth = 0;
    try {
      for (;;) {
        const i = cursor[depth] ?? 0;
        if (i >= (stop[depth] ?? 0)) {
          // Every step from nodes[depth] tried: back up one level.
          if (depth === 0) break;
          const b = nodes[depth] ?? 0;
          onPath[b] = 0;
          const walks = (below[depth] ?? 0) + (endsHere[depth] ?? 0);
          if (walks > 0 && tally !== null) tallied(tally, b, below[depth] ?? 0);
          depth--;
          below[depth] = (below[depth] ?? 0) + walks;
          continue;
        }
        cursor[depth] = i + 1;
        if (stepPass[i] !== 1) continue;
        const b = stepTarget[i] ?? 0;
        if (onPath[b] === 1 || (removed !== null && removed[b] === 1)) continue;
        const next = depth + 1;
        if (next + (distance[b] ?? 255) > limit) continue;
        if (through !== null) {
          const hit = touched[depth] === 1 || through.marked[b] === 1;
          const distance = through.distance;
          if (!hit && distance !== null && next + (distance[b] ?? 255) > limit) continue;
          touched[next] = hit ? 1 : 0;
        }
        const cover = stepCover[i] ?? -1;
        if (cover >= 0) {
          // Its covers and those before it share no capability: no path can go this way.
          const at = cover * words;
          const parent = restricted[depth] === 1;
          let any = 0;
          for (let w = 0; w < words; w++) {
            const word =
              (coverWords[at + w] ?? 0) & (parent ? (allowed[depth * words + w] ?? 0) : -1);
            allowed[next * words + w] = word;
            any |= word;
          }
          if (any === 0) continue;
          restricted[next] = 1;
        } else if (restricted[depth] === 1) {
          restricted[next] = 1;
          for (let w = 0; w < words; w++)
            allowed[next * words + w] = allowed[depth * words + w] ?? 0;
        } else restricted[next] = 0;
        nodes[next] = b;
        rels[depth] = stepRel[i] ?? 0;
        buys[next] = (buys[depth] ?? 0) + (stepBuys[i] ?? 0);
        const status = stepStatus[i] ?? 0;
        const weaker = weakest[depth] ?? 0;
        weakest[next] = status > weaker ? status : weaker;

        let here = 0;
        if (
          (offersInScope[b] ?? 0) > 0 &&
          (buys[next] ?? 0) > 0 &&
          next >= minSteps &&
          (exact < 0 || next === exact) &&
          (through === null || through.distance === null || touched[next] === 1)
        )
          here = this.arrive(next) > 0 ? 1 : 0;
        if (next < limit) {
          // Go one level deeper, through b.
          onPath[b] = 1;
          depth = next;
          cursor[depth] = stepStart[b] ?? 0;
          stop[depth] = stepStart[b + 1] ?? 0;
          below[depth] = 0;
          endsHere[depth] = here;
          budget.spend((stop[depth] ?? 0) - (cursor[depth] ?? 0));
        } else if (here > 0) {
          if (tally !== null) tallied(tally, b, 0);
          below[depth] = (below[depth] ?? 0) + here;
        }
      }
      return below.at(0) ?? 0;
    } finally {
      for (let d = depth; d > 0; d--) onPath[nodes[d] ?? 0] = 0;
      onPath[user] = 0;
    }
  }

  /**
   * The walk nodes[0 … depth] ends at a provider in scope: returns how many of its offers the walk
   * can use (the access paths it makes), recording whatever the subclass needs.
   */
  protected abstract arrive(depth: number): number;

  /** True when every BUYS_FROM on the walk to `depth` covers the capability in `slot`. */
  protected covered(depth: number, slot: number): boolean {
    if (this.restricted[depth] !== 1) return true;
    const word = this.allowed[depth * this.words + (slot >> 5)] ?? 0;
    return (word & (1 << (slot & 31))) !== 0;
  }

  /**
   * Calls `each(slot, offers)` for every capability slot the provider at `depth` offers in scope
   * and the walk's covers allow, with how many such offers; returns the total of offers.
   */
  protected eachSlot(depth: number, each: ((slot: number, offers: number) => void) | null): number {
    const { graph, scope } = this;
    const p = this.nodes[depth] ?? 0;
    const ordinal = graph.providerOrdinal[p] ?? 0;
    const slots = graph.capNodes.length;
    const words = this.words;
    const restricted = this.restricted[depth] === 1;
    let total = 0;
    for (let w = 0; w < words; w++) {
      let bits = scope.slotMask[ordinal * words + w] ?? 0;
      if (restricted) bits &= this.allowed[depth * words + w] ?? 0;
      while (bits !== 0) {
        const low = bits & -bits;
        const slot = w * 32 + (31 - Math.clz32(low));
        bits ^= low;
        const offers = scope.slotOffers[ordinal * slots + slot] ?? 0;
        total += offers;
        each?.(slot, offers);
      }
    }
    return total;
  }

  /**
   * Calls `each(offer relationship, capability entity)` for every offer of the provider at
   * `depth` that passes, is in scope and is covered, in the provider's order.
   */
  protected eachOffer(depth: number, each: (offer: number, capability: number) => void): void {
    const { graph, scope } = this;
    const p = this.nodes[depth] ?? 0;
    const end = graph.offerStart[p + 1] ?? 0;
    for (let i = graph.offerStart[p] ?? 0; i < end; i++) {
      const o = graph.offerRel[i] ?? 0;
      if (scope.pass[o] !== 1) continue;
      const c = graph.relTarget[o] ?? 0;
      const slot = graph.capSlot[c] ?? -1;
      if (slot < 0 || (scope.capability >= 0 && c !== scope.capability)) continue;
      if (this.covered(depth, slot)) each(o, c);
    }
  }
}
