/**
 * The access graph of the current data, and the analyses computed on it, kept for reuse. Every
 * request first reads the data version (one short query); a graph read at another version is
 * never used, so several API processes, each with its own index, answer alike (docs/scale-out.md).
 * A cache, not state: dropping it only costs the time to read the graph again.
 */
import {
  Budget,
  computeBaseline,
  prepareScope,
  scopeKey,
  whatIf,
  whatIfFresh,
  type AccessGraph,
  type AnalysisScope,
  type Baseline,
  type PreparedScope,
  type WhatIfOutcome,
} from '@detour/access-graph';
import type { AnalysisConfig } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { codedError } from '../../errors.ts';
import { currentVersion, GraphChanged, readAccessGraph } from './graphRepository.ts';
import { limitConcurrency } from './limitConcurrency.ts';
import { LruCache } from './lruCache.ts';

/** Reading M takes seconds, L about a minute; a read transaction may take this long. */
const GRAPH_READ_TIMEOUT_MS = 600_000;
/** How often a read that saw the data change is tried again before giving up. */
const GRAPH_READ_ATTEMPTS = 3;
/** Whole-graph computations running at once per process; others wait their turn. */
const CONCURRENT_ANALYSES = 2;

export interface IndexedGraph {
  readonly graph: AccessGraph;
  readonly version: string;
  /** The scope prepared for this graph (cached). */
  scope(scope: AnalysisScope): PreparedScope;
  /** Every end user's walks in the scope, aggregated (cached). */
  baseline(scope: AnalysisScope): Promise<Baseline>;
  /** The effect of cutting `removed` off (cached). */
  whatIf(scope: AnalysisScope, removed: readonly number[]): Promise<WhatIfOutcome>;
  /** A fresh step budget for one computation. */
  budget(): Budget;
}

export interface AccessIndexOptions extends AnalysisConfig {
  readonly log?: (line: string) => void;
}

type InTurn = <T>(task: () => Promise<T>) => Promise<T>;

function indexedGraph(
  graph: AccessGraph,
  version: string,
  options: AccessIndexOptions,
  inTurn: InTurn,
): IndexedGraph {
  const budget = () => new Budget(options.maxSteps);
  const scopes = new LruCache<PreparedScope>(
    64 * graph.rels + 8 * graph.nodes,
    (s) => s.pass.byteLength + s.distance.byteLength + s.offersInScope.byteLength,
  );
  const cacheBytes = options.cacheMiB * 2 ** 20;
  const reuse = cacheBytes > 0;
  const baselines = new LruCache<Promise<Baseline>>(cacheBytes, () => 0);
  /** Baselines that have finished, by the same keys (the LRU decides how long they stay). */
  const finished = new WeakMap<Promise<Baseline>, Baseline>();
  const outcomes = new LruCache<Promise<WhatIfOutcome>>(32, () => 1);
  const prepared = (scope: AnalysisScope): PreparedScope => {
    const key = scopeKey(scope);
    return scopes.get(key) ?? scopes.set(key, prepareScope(graph, scope));
  };
  const self: IndexedGraph = {
    graph,
    version,
    scope: prepared,
    budget,
    baseline: (scope) => {
      const key = scopeKey(scope);
      const known = baselines.get(key);
      if (known !== undefined) return known;
      const computed = inTurn(() => computeBaseline(graph, prepared(scope), budget()));
      if (!reuse) return computed;
      // Refusals are kept too: the same question on the same data is refused again at once.
      void computed.then(
        (b) => {
          finished.set(computed, b);
          baselines.resize(key, b.bytes);
        },
        () => {
          baselines.resize(key, 1024);
        },
      );
      return baselines.set(key, computed);
    },
    whatIf: (scope, removed) => {
      const key = `${scopeKey(scope)}|${[...removed].sort((a, b) => a - b).join(',')}`;
      const known = outcomes.get(key);
      if (known !== undefined) return known;
      // With the scope's baseline at hand (chokepoints were asked first, as in the explorer),
      // only the end users it says touch a removed entity are walked again; otherwise one pass
      // counts every end user's pairs with the cut, cheaper than a baseline would be.
      const cached = baselines.get(scopeKey(scope));
      const baseline = cached === undefined ? undefined : finished.get(cached);
      const computed =
        baseline === undefined
          ? inTurn(() => whatIfFresh(graph, prepared(scope), removed, budget()))
          : inTurn(() => whatIf(graph, baseline, removed, budget()));
      return reuse ? outcomes.set(key, computed) : computed;
    },
  };
  return self;
}

export class AccessIndex {
  private current: { version: string; graph: Promise<IndexedGraph> } | null = null;
  private readonly inTurn = limitConcurrency(CONCURRENT_ANALYSES);

  constructor(
    private readonly db: Database,
    private readonly options: AccessIndexOptions,
  ) {}

  /** The graph of the data as it is now, read again if the data changed since. */
  async graph(): Promise<IndexedGraph> {
    const version = await currentVersion(this.db);
    if (this.current?.version === version) return this.current.graph;
    const graph = this.read();
    this.current = { version, graph };
    graph.catch(() => {
      if (this.current?.graph === graph) this.current = null;
    });
    const read = await graph;
    // Read at a later version than the one checked: remember it under its own.
    if (read.version !== version && this.latest()?.graph === graph)
      this.current = { version: read.version, graph };
    return read;
  }

  /** The graph being read or last read (another request may have replaced it meanwhile). */
  private latest(): { version: string; graph: Promise<IndexedGraph> } | null {
    return this.current;
  }

  /** Reads the graph now (at start), so the first analysis finds it ready. */
  warm(): Promise<void> {
    return this.graph().then(() => undefined);
  }

  private async read(): Promise<IndexedGraph> {
    const started = performance.now();
    for (let attempt = 1; ; attempt++) {
      try {
        const { graph, version } = await readAccessGraph(this.db, GRAPH_READ_TIMEOUT_MS);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        this.options.log?.(
          `Access graph read: ${graph.nodes.toLocaleString('en')} entities, ${graph.rels.toLocaleString('en')} relationships on access paths, in ${seconds} s`,
        );
        return indexedGraph(graph, version, this.options, this.inTurn);
      } catch (error) {
        if (!(error instanceof GraphChanged)) throw error;
        if (attempt >= GRAPH_READ_ATTEMPTS)
          throw codedError(
            'DATABASE_UNAVAILABLE',
            'The data kept changing while it was read for analysis (is an import running?); try again when it is done.',
          );
      }
    }
  }
}
