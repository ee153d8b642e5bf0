/**
 * One pass over every end user's walks in a scope, kept for the analyses that read it:
 * chokepoints (who goes through whom, who depends on whom), what-if (the paths per end user and
 * capability before any cut, and which end users each entity touches) and exposure (which
 * providers each end user reaches, with or without a contract of its own).
 */
import type { AccessGraph } from './accessGraph.ts';
import type { Budget } from './budget.ts';
import { hasDirectContact } from './contact.ts';
import { FloatList, groupPairs, IntList } from './intList.ts';
import { PairCounter, type UserCounts } from './pairCounter.ts';
import type { Tally } from './walker.ts';
import type { PreparedScope } from './scope.ts';

export interface Baseline {
  readonly scope: PreparedScope;
  /** End users (positions in graph.endUsers) with at least one path; with an indirect one. */
  readonly endUsersWithAccess: number;
  readonly endUsersIndirect: number;
  /** Per entity: end users with a path that has it between the end user and the provider. */
  readonly through: Int32Array;
  /** Per entity: end users with it on every path (positions, in id order). */
  readonly dependentStart: Int32Array;
  readonly dependentUsers: Int32Array;
  /** Per entity: end users with a path that uses it (as intermediary or provider). */
  readonly touchStart: Int32Array;
  readonly touchUsers: Int32Array;
  /** Per end user position: capabilities reached in id order, with their path counts. */
  readonly pairStart: Int32Array;
  readonly pairCapability: Int32Array;
  readonly pairPaths: Float64Array;
  /** Per end user position: providers reached in id order, paths, and 1 when no own contract. */
  readonly reachStart: Int32Array;
  readonly reachProvider: Int32Array;
  readonly reachPaths: Float64Array;
  readonly reachExposed: Uint8Array;
  /**
   * Exposure channels, when the scope is one provider: per entity just before it on the exposed
   * end users' paths (its customer or affiliate), [exposed end users, listed ones among them].
   */
  readonly channels: ReadonlyMap<number, readonly [number, number]>;
  /** Bytes held, for the cache's bound. */
  readonly bytes: number;
}

class BaselineWalker extends PairCounter {
  readonly counts: Tally;
  private user = 0;
  /** The entities just before the provider on this end user's indirect walks, each once. */
  readonly lastHops: number[] = [];
  private readonly hopStamp: Int32Array;

  constructor(graph: AccessGraph, scope: PreparedScope, budget: Budget) {
    super(graph, scope, budget);
    this.counts = {
      interior: new Float64Array(graph.nodes),
      stamp: new Int32Array(graph.nodes).fill(-1),
      touched: [],
      user: -1,
    };
    this.tally = this.counts;
    this.hopStamp = new Int32Array(scope.provider >= 0 ? graph.nodes : 0).fill(-1);
    // Channels are only asked of one provider's exposure.
    if (scope.provider < 0) this.arrived = null;
  }

  begin(position: number): void {
    this.user = position;
    this.counts.user = position;
    this.counts.touched.length = 0;
    this.lastHops.length = 0;
  }

  protected override arrived: ((depth: number) => void) | null = (depth) => {
    if (depth < 2) return;
    const hop = this.nodes[depth - 1] ?? 0;
    if (this.hopStamp[hop] === this.user) return;
    this.hopStamp[hop] = this.user;
    this.lastHops.push(hop);
  };
}

export async function computeBaseline(
  graph: AccessGraph,
  scope: PreparedScope,
  budget: Budget,
): Promise<Baseline> {
  const walker = new BaselineWalker(graph, scope, budget);
  const users = graph.endUsers;
  const through = new Int32Array(graph.nodes);
  const dependentNode = new IntList();
  const dependentUser = new IntList();
  const touchNode = new IntList();
  const touchUser = new IntList();
  const pairStart = new Int32Array(users.length + 1);
  const pairCapability = new IntList();
  const pairPaths = new FloatList();
  const reachStart = new Int32Array(users.length + 1);
  const reachProvider = new IntList();
  const reachPaths = new FloatList();
  const reachExposed = new IntList();
  const channels = new Map<number, [number, number]>();
  let withAccess = 0;
  let indirect = 0;

  const out: UserCounts = {
    capability: pairCapability,
    capabilityPaths: pairPaths,
    provider: reachProvider,
    providerPaths: reachPaths,
  };
  /** Per provider ordinal: the last end user position exposed to it. */
  const exposedTo = new Int32Array(graph.providers.length).fill(-1);

  for (let position = 0; position < users.length; position++) {
    if ((position & 63) === 0) await budget.pause();
    const u = users[position] ?? 0;
    walker.begin(position);
    const reachedBefore = reachProvider.length;
    const walks = walker.count(u, out);
    if (walks > 0) withAccess++;
    if (walker.indirect > 0) indirect++;
    const { interior, touched } = walker.counts;
    for (const x of touched) {
      const inside = interior[x] ?? 0;
      touchNode.push(x);
      touchUser.push(position);
      if (inside === 0) continue;
      through[x] = (through[x] ?? 0) + 1;
      if (inside === walks) {
        dependentNode.push(x);
        dependentUser.push(position);
      }
      interior[x] = 0;
    }
    pairStart[position + 1] = pairCapability.length;
    for (let i = reachedBefore; i < reachProvider.length; i++) {
      const p = reachProvider.at(i);
      const exposed = !hasDirectContact(graph, scope, u, p);
      if (exposed) exposedTo[graph.providerOrdinal[p] ?? 0] = position;
      reachExposed.push(exposed ? 1 : 0);
    }
    reachStart[position + 1] = reachProvider.length;
    const listed = (graph.listStart[u + 1] ?? 0) > (graph.listStart[u] ?? 0) ? 1 : 0;
    if (exposedTo[graph.providerOrdinal[scope.provider] ?? 0] === position) {
      for (const hop of walker.lastHops) {
        const tally = channels.get(hop) ?? [0, 0];
        tally[0] += 1;
        tally[1] += listed;
        channels.set(hop, tally);
      }
    }
  }

  const dependent = groupPairs(graph.nodes, dependentNode, dependentUser);
  const touches = groupPairs(graph.nodes, touchNode, touchUser);
  const pairs = { capability: pairCapability.toArray(), paths: pairPaths.toArray() };
  const reach = {
    provider: reachProvider.toArray(),
    paths: reachPaths.toArray(),
    exposed: Uint8Array.from(reachExposed.toArray()),
  };
  const bytes =
    through.byteLength +
    dependent.start.byteLength * 2 +
    dependent.values.byteLength +
    touches.values.byteLength +
    pairStart.byteLength +
    pairs.capability.byteLength +
    pairs.paths.byteLength +
    reachStart.byteLength +
    reach.provider.byteLength * 4 +
    channels.size * 64;
  return {
    scope,
    endUsersWithAccess: withAccess,
    endUsersIndirect: indirect,
    through,
    dependentStart: dependent.start,
    dependentUsers: dependent.values,
    touchStart: touches.start,
    touchUsers: touches.values,
    pairStart,
    pairCapability: pairs.capability,
    pairPaths: pairs.paths,
    reachStart,
    reachProvider: reach.provider,
    reachPaths: reach.paths,
    reachExposed: reach.exposed,
    channels,
    bytes,
  };
}
