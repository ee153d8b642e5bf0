/**
 * Counts one end user's access paths per capability and per provider, without building any path:
 * walks with no covers on them are counted per provider and spread over its offers once, at the
 * end; a walk with covers adds to the few capabilities they allow.
 */
import type { AccessGraph } from './accessGraph.ts';
import type { Budget } from './budget.ts';
import { FloatList, IntList } from './intList.ts';
import { distanceTo, type PreparedScope } from './scope.ts';
import { Walker } from './walker.ts';

/** Where one end user's counts go: appended, capabilities and providers each in id order. */
export interface UserCounts {
  readonly capability: IntList;
  readonly capabilityPaths: FloatList;
  readonly provider: IntList;
  readonly providerPaths: FloatList;
}

export function userCounts(): UserCounts {
  return {
    capability: new IntList(64),
    capabilityPaths: new FloatList(64),
    provider: new IntList(16),
    providerPaths: new FloatList(16),
  };
}

const ascending = (a: number, b: number): number => a - b;
const byIdRank =
  (rank: Int32Array) =>
  (a: number, b: number): number =>
    (rank[a] ?? 0) - (rank[b] ?? 0);

export class PairCounter extends Walker {
  /** Per provider: walks that end there with no covers on them. */
  private readonly plainWalks: Float64Array;
  /** Per provider: paths that end there. */
  private readonly pathsAt: Float64Array;
  /** Per capability slot: paths to it. */
  private readonly pathsTo: Float64Array;
  private readonly providersHit: number[] = [];
  private readonly slotsHit: number[] = [];
  /** For subclasses: called when a walk to nodes[depth] makes paths. */
  protected arrived: ((depth: number) => void) | null = null;
  /** Of the last count: walks with at least one entity between end user and provider. */
  indirect = 0;
  private readonly addSlot = (slot: number, paths: number): void => {
    if (this.pathsTo[slot] === 0) this.slotsHit.push(slot);
    this.pathsTo[slot] = (this.pathsTo[slot] ?? 0) + paths;
  };

  constructor(graph: AccessGraph, scope: PreparedScope, budget: Budget) {
    super(graph, scope, budget);
    this.plainWalks = new Float64Array(graph.nodes);
    this.pathsAt = new Float64Array(graph.nodes);
    this.pathsTo = new Float64Array(graph.capWords * 32);
  }

  /** Entities that no walk may use; null for none. */
  cutOff(removed: Uint8Array | null): this {
    this.removed = removed;
    return this;
  }

  /** Counts only the walks through at least one marked entity (see Walker.through). */
  onlyThrough(marked: Uint8Array): this {
    this.through = { marked, distance: distanceTo(this.graph, this.scope, marked) };
    return this;
  }

  protected override arrive(depth: number): number {
    const p = this.nodes[depth] ?? 0;
    let paths: number;
    if (this.restricted[depth] !== 1) {
      paths = this.scope.offersInScope[p] ?? 0;
      this.plainWalks[p] = (this.plainWalks[p] ?? 0) + 1;
    } else {
      paths = this.eachSlot(depth, this.addSlot);
      if (paths === 0) return 0;
    }
    if (this.pathsAt[p] === 0) this.providersHit.push(p);
    this.pathsAt[p] = (this.pathsAt[p] ?? 0) + paths;
    if (depth >= 2) this.indirect++;
    this.arrived?.(depth);
    return paths;
  }

  /** Adds `walks` paths to every capability the provider offers in scope, once per offer. */
  private spread(p: number, walks: number): void {
    const { graph, scope } = this;
    const ordinal = graph.providerOrdinal[p] ?? 0;
    const slots = graph.capNodes.length;
    for (let slot = 0; slot < slots; slot++) {
      const offers = scope.slotOffers[ordinal * slots + slot] ?? 0;
      if (offers > 0) this.addSlot(slot, offers * walks);
    }
  }

  private emitProvider(p: number, out: UserCounts): void {
    out.provider.push(p);
    out.providerPaths.push(this.pathsAt[p] ?? 0);
    this.pathsAt[p] = 0;
  }

  private emitSlot(slot: number, out: UserCounts): void {
    out.capability.push(this.graph.capNodes[slot] ?? -1);
    out.capabilityPaths.push(this.pathsTo[slot] ?? 0);
    this.pathsTo[slot] = 0;
  }

  /**
   * Walks every path of the end user, appends its paths per capability and per provider to `out`,
   * and returns how many walks make paths.
   */
  count(user: number, out: UserCounts): number {
    this.indirect = 0;
    const walks = this.walkFrom(user);
    const { graph } = this;
    const { providersHit, slotsHit } = this;
    for (const p of providersHit) {
      const plain = this.plainWalks[p] ?? 0;
      if (plain === 0) continue;
      this.plainWalks[p] = 0;
      this.spread(p, plain);
    }
    // In id order: scanned when most are hit, sorted when few are.
    const providers = graph.providers;
    if (providersHit.length * 8 < providers.length) {
      providersHit.sort(byIdRank(graph.idRank));
      for (const p of providersHit) this.emitProvider(p, out);
    } else for (const p of providers) if ((this.pathsAt[p] ?? 0) > 0) this.emitProvider(p, out);
    const slots = graph.capNodes.length;
    if (slotsHit.length * 8 < slots) {
      slotsHit.sort(ascending);
      for (const slot of slotsHit) this.emitSlot(slot, out);
    } else
      for (let slot = 0; slot < slots; slot++)
        if ((this.pathsTo[slot] ?? 0) > 0) this.emitSlot(slot, out);
    providersHit.length = 0;
    slotsHit.length = 0;
    return walks;
  }
}
