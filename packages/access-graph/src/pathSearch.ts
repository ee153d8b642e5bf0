/**
 * Access paths themselves, in the order the API gives them (accessPathsCypher.ts): fewest hops,
 * then strongest evidence (the weakest status on the path), then the entities' ids, then the
 * relationships' ids. Only the best `limit` are kept while walking (a bounded heap), so asking
 * for the first page of millions of paths holds one page.
 */
import type { AccessGraph } from './accessGraph.ts';
import type { Budget } from './budget.ts';
import { hasDirectContact } from './contact.ts';
import type { PreparedScope } from './scope.ts';
import { Walker } from './walker.ts';

export interface FoundPath {
  /** End user … provider, then the capability. */
  readonly nodes: Int32Array;
  /** The steps, then the OFFERS. */
  readonly rels: Int32Array;
  /** STATUSES index of the weakest relationship. */
  readonly weakest: number;
  /** The end user has a BUYS_FROM of its own to the provider (under the same filters). */
  readonly directContact: boolean;
}

export interface PathOptions {
  /** Fewest steps before the provider: 2 for indirect paths only. */
  readonly minSteps: 1 | 2;
  /** How many paths to keep, best first. */
  readonly limit: number;
  /** Entities no path may use (what-if); null for none. */
  readonly removed?: Uint8Array | null;
  /** Only paths to this capability / through this provider (entity indices; −1 for any). */
  readonly capability?: number;
  readonly provider?: number;
}

function compareRelIds(graph: AccessGraph, a: number, b: number): number {
  const x = graph.relIds[a] ?? '';
  const y = graph.relIds[b] ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The API's order of two paths: negative when `a` comes first. */
export function comparePaths(graph: AccessGraph, a: FoundPath, b: FoundPath): number {
  if (a.rels.length !== b.rels.length) return a.rels.length - b.rels.length;
  if (a.weakest !== b.weakest) return a.weakest - b.weakest;
  for (let i = 0; i < a.nodes.length; i++) {
    const d = (graph.idRank[a.nodes[i] ?? 0] ?? 0) - (graph.idRank[b.nodes[i] ?? 0] ?? 0);
    if (d !== 0) return d;
  }
  for (let i = 0; i < a.rels.length; i++) {
    const d = compareRelIds(graph, a.rels[i] ?? 0, b.rels[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** A bounded max-heap: the worst kept path on top, so a better one replaces it. */
class BestPaths {
  private readonly heap: FoundPath[] = [];

  constructor(
    private readonly graph: AccessGraph,
    readonly limit: number,
  ) {}

  get full(): boolean {
    return this.heap.length >= this.limit;
  }

  get worst(): FoundPath | undefined {
    return this.heap[0];
  }

  private worse(i: number, j: number): boolean {
    const a = this.heap[i];
    const b = this.heap[j];
    return a !== undefined && b !== undefined && comparePaths(this.graph, a, b) > 0;
  }

  private swap(i: number, j: number): void {
    const a = this.heap[i];
    const b = this.heap[j];
    if (a === undefined || b === undefined) return;
    this.heap[i] = b;
    this.heap[j] = a;
  }

  add(path: FoundPath): void {
    if (this.limit <= 0) return;
    if (!this.full) {
      this.heap.push(path);
      for (let i = this.heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!this.worse(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    this.heap[0] = path;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < this.heap.length && this.worse(l, top)) top = l;
      if (r < this.heap.length && this.worse(r, top)) top = r;
      if (top === i) break;
      this.swap(i, top);
      i = top;
    }
  }

  sorted(): FoundPath[] {
    return [...this.heap].sort((a, b) => comparePaths(this.graph, a, b));
  }
}

class PathCollector extends Walker {
  /** Paths seen (all of them, kept or not). */
  seen = 0;
  best: BestPaths;
  private depth = 0;
  private readonly onlyCapability: number;
  private readonly onlyProvider: number;
  private readonly consider = (offer: number, capability: number): void => {
    if (this.onlyCapability >= 0 && capability !== this.onlyCapability) return;
    this.seen++;
    const { graph, best } = this;
    const depth = this.depth;
    const status = graph.relStatus[offer] ?? 0;
    const base = this.weakest[depth] ?? 0;
    const weakest = status > base ? status : base;
    const worst = best.worst;
    if (
      best.full &&
      worst !== undefined &&
      this.compareWalk(depth, offer, capability, weakest, worst) >= 0
    )
      return;
    const nodes = new Int32Array(depth + 2);
    nodes.set(this.nodes.subarray(0, depth + 1));
    nodes[depth + 1] = capability;
    const rels = new Int32Array(depth + 1);
    rels.set(this.rels.subarray(0, depth));
    rels[depth] = offer;
    best.add({
      nodes,
      rels,
      weakest,
      directContact: hasDirectContact(graph, this.scope, nodes[0] ?? 0, nodes[depth] ?? 0),
    });
  };

  constructor(graph: AccessGraph, scope: PreparedScope, budget: Budget, options: PathOptions) {
    super(graph, scope, budget);
    this.minSteps = options.minSteps;
    this.removed = options.removed ?? null;
    this.onlyCapability = options.capability ?? -1;
    this.onlyProvider = options.provider ?? -1;
    this.best = new BestPaths(graph, options.limit);
  }

  /** The walk to `depth` with this offer, against a kept path, without building it. */
  private compareWalk(
    depth: number,
    offer: number,
    capability: number,
    weakest: number,
    path: FoundPath,
  ): number {
    const { graph } = this;
    if (depth + 1 !== path.rels.length) return depth + 1 - path.rels.length;
    if (weakest !== path.weakest) return weakest - path.weakest;
    for (let i = 0; i <= depth; i++) {
      const d = (graph.idRank[this.nodes[i] ?? 0] ?? 0) - (graph.idRank[path.nodes[i] ?? 0] ?? 0);
      if (d !== 0) return d;
    }
    const d = (graph.idRank[capability] ?? 0) - (graph.idRank[path.nodes[depth + 1] ?? 0] ?? 0);
    if (d !== 0) return d;
    for (let i = 0; i < depth; i++) {
      const r = compareRelIds(graph, this.rels[i] ?? 0, path.rels[i] ?? 0);
      if (r !== 0) return r;
    }
    return compareRelIds(graph, offer, path.rels[depth] ?? 0);
  }

  protected override arrive(depth: number): number {
    if (this.onlyProvider >= 0 && this.nodes[depth] !== this.onlyProvider) return 0;
    this.depth = depth;
    const before = this.seen;
    this.eachOffer(depth, this.consider);
    return this.seen - before;
  }

  /** Collects the paths of one end user; `steps` ≥ 0 keeps only paths with that many steps. */
  collect(user: number, steps = -1): void {
    this.exactSteps = steps;
    this.walkFrom(user);
  }

  startLevel(limit: number): void {
    this.best = new BestPaths(this.graph, limit);
  }
}

/** One end user's paths in scope: the best `limit`, and how many there are in all. */
export function userPaths(
  graph: AccessGraph,
  scope: PreparedScope,
  user: number,
  options: PathOptions,
  budget: Budget,
): { paths: FoundPath[]; total: number } {
  const collector = new PathCollector(graph, scope, budget, options);
  collector.collect(user);
  return { paths: collector.best.sorted(), total: collector.seen };
}

/**
 * The best `limit` paths of every end user together. Paths are ordered by hops first, so the
 * walks are grown one length at a time and stop at the first length by which `limit` are found.
 */
export async function topPaths(
  graph: AccessGraph,
  scope: PreparedScope,
  options: PathOptions,
  budget: Budget,
): Promise<FoundPath[]> {
  const collector = new PathCollector(graph, scope, budget, options);
  const found: FoundPath[] = [];
  for (
    let steps = options.minSteps;
    steps <= scope.maxSteps && found.length < options.limit;
    steps++
  ) {
    collector.startLevel(options.limit - found.length);
    for (let position = 0; position < graph.endUsers.length; position++) {
      if ((position & 63) === 0) await budget.pause();
      collector.collect(graph.endUsers[position] ?? 0, steps);
    }
    found.push(...collector.best.sorted());
  }
  return found;
}
