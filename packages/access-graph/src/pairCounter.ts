/**
 * Counts one end user's access paths per capability and per provider, without building any path:
 * walks with no covers on them are counted per provider and spread over its offers once, at the
 * end; a walk with covers adds to the few capabilities they allow. It can count, in the same
 * walk, the paths through some marked entities apart (what-if: the paths a cut takes away).
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

/** Empties counts for reuse. */
export function clearCounts(out: UserCounts): void {
  out.capability.length = 0;
  out.capabilityPaths.length = 0;
  out.provider.length = 0;
  out.providerPaths.length = 0;
}

const ascending = (a: number, b: number): number => a - b;

/** One end user's running counts. */
class Counts {
  /** Per provider: walks that end there with no covers on them. */
  readonly plainWalks: Float64Array;
  /** Per provider: paths that end there. */
  readonly pathsAt: Float64Array;
  /** Per capability slot: paths to it. */
  readonly pathsTo: Float64Array;
  readonly providersHit: number[] = [];
  readonly slotsHit: number[] = [];
  readonly addSlot = (slot: number, paths: number): void => {
    if (this.pathsTo[slot] === 0) this.slotsHit.push(slot);
    this.pathsTo[slot] = (this.pathsTo[slot] ?? 0) + paths;
  };

  constructor(private readonly graph: AccessGraph) {
    this.plainWalks = new Float64Array(graph.nodes);
    this.pathsAt = new Float64Array(graph.nodes);
    this.pathsTo = new Float64Array(graph.capWords * 32);
  }

  /** A walk to provider p with `paths` paths; `plain` when no covers restrict it. */
  add(p: number, paths: number, plain: boolean): void {
    if (plain) this.plainWalks[p] = (this.plainWalks[p] ?? 0) + 1;
    if (this.pathsAt[p] === 0) this.providersHit.push(p);
    this.pathsAt[p] = (this.pathsAt[p] ?? 0) + paths;
  }

  /** Appends the counts to `out` in id order and resets them. */
  emit(scope: PreparedScope, out: UserCounts): void {
    const { graph, providersHit, slotsHit } = this;
    const slots = graph.capNodes.length;
    for (const p of providersHit) {
      const plain = this.plainWalks[p] ?? 0;
      if (plain === 0) continue;
      this.plainWalks[p] = 0;
      // Spread the plain walks over every offer of the provider in scope.
      const ordinal = graph.providerOrdinal[p] ?? 0;
      const end = scope.offeredStart[ordinal + 1] ?? 0;
      for (let i = scope.offeredStart[ordinal] ?? 0; i < end; i++)
        this.addSlot(scope.offeredSlot[i] ?? 0, (scope.offeredCount[i] ?? 0) * plain);
    }
    // In id order: scanned when most are hit, sorted when few are.
    const providers = graph.providers;
    if (providersHit.length * 8 < providers.length) {
      providersHit.sort((a, b) => (graph.idRank[a] ?? 0) - (graph.idRank[b] ?? 0));
      for (const p of providersHit) this.emitProvider(p, out);
    } else for (const p of providers) if ((this.pathsAt[p] ?? 0) > 0) this.emitProvider(p, out);
    if (slotsHit.length * 8 < slots) {
      slotsHit.sort(ascending);
      for (const slot of slotsHit) this.emitSlot(slot, out);
    } else
      for (let slot = 0; slot < slots; slot++)
        if ((this.pathsTo[slot] ?? 0) > 0) this.emitSlot(slot, out);
    providersHit.length = 0;
    slotsHit.length = 0;
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
}

export class PairCounter extends Walker {
  private readonly all: Counts;
  /** The paths through the marked entities, when counted apart (alsoThrough). */
  private taken: Counts | null = null;
  /** For subclasses: called when a walk to nodes[depth] makes paths. */
  protected arrived: ((depth: number) => void) | null = null;
  /** Of the last count: walks with at least one entity between end user and provider. */
  indirect = 0;

  constructor(graph: AccessGraph, scope: PreparedScope, budget: Budget) {
    super(graph, scope, budget);
    this.all = new Counts(graph);
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

  /** Counts every walk, and the walks through at least one marked entity apart as well. */
  alsoThrough(marked: Uint8Array): this {
    this.through = { marked, distance: null };
    this.taken = new Counts(this.graph);
    return this;
  }

  protected override arrive(depth: number): number {
    const p = this.nodes[depth] ?? 0;
    const plain = this.restricted[depth] !== 1;
    const taken = this.taken !== null && this.passedThrough[depth] === 1 ? this.taken : null;
    let paths: number;
    if (plain) paths = this.scope.offersInScope[p] ?? 0;
    else {
      paths = this.eachSlot(depth, this.all.addSlot);
      if (paths === 0) return 0;
      if (taken !== null) this.eachSlot(depth, taken.addSlot);
    }
    this.all.add(p, paths, plain);
    taken?.add(p, paths, plain);
    if (depth >= 2) this.indirect++;
    this.arrived?.(depth);
    return paths;
  }

  /**
   * Walks every path of the end user, appends its paths per capability and per provider to `out`
   * (and those through the marked entities to `taken`, with alsoThrough), and returns how many
   * walks make paths.
   */
  count(user: number, out: UserCounts, taken: UserCounts | null = null): number {
    this.indirect = 0;
    const walks = this.walkFrom(user);
    this.all.emit(this.scope, out);
    if (this.taken !== null) this.taken.emit(this.scope, taken ?? userCounts());
    return walks;
  }
}
