/** W6 through Detour's GraphQL: one server configuration, every question asked in turn. */
import { errorCode, postGraphql } from '../measure/graphqlClient.ts';
import { processMemory, type ProcessMemory } from '../measure/processMemory.ts';
import { startServer } from '../servers/startServer.ts';
import type { Digest } from './w6Digests.ts';

/** A GraphQL request and how to read the figures of its answer. */
export interface Ask {
  readonly query: string;
  readonly variables: Readonly<Record<string, unknown>>;
  readonly digest: (data: unknown) => Digest;
}

/** One of W6's figures: how the floor computes it and how the API is asked for it. */
export interface W6Question extends Ask {
  readonly name: string;
  readonly label: string;
  readonly floor: () => Promise<Digest>;
  /** The same question selecting only the figures (FIGURES_ONLY_QUERIES). */
  readonly figuresQuery: string;
}

export interface AskedRuns {
  /** Wall time of each timed request, ms. */
  readonly samples: readonly number[];
  /** Failed requests (GraphQL errors included) by code, warm-up requests too. */
  readonly errors: ReadonlyMap<string, number>;
  /** The last answer's figures; null when none came back. */
  readonly digest: Digest | null;
  /**
   * The untimed first request, ms. On the default cache, asked after the questions before it:
   * whatIf after chokepoints finds the unscoped baseline kept, as an analyst clicking through does.
   */
  readonly firstMs: number;
}

export interface ServerRun {
  /** Per ask, in order. */
  readonly runs: readonly AskedRuns[];
  /** The first request (the first ask, reading the access graph), ms. */
  readonly firstRequestMs: number;
  /** How long the server said its access-graph read took, ms; NaN when it did not say. */
  readonly graphReadMs: number;
  /** The server's process.memoryUsage() after a full GC, after every question. */
  readonly memory: NodeJS.MemoryUsage;
  /** Its resident memory, now and at the most; null where /proc cannot tell. */
  readonly resident: ProcessMemory | null;
}

export const errorCount = (runs: AskedRuns): number =>
  [...runs.errors.values()].reduce((sum, n) => sum + n, 0);

/** "Access graph read: 10,000 entities, … in 0.4 s" from the API's log, in ms. */
export function loggedGraphReadMs(output: readonly string[]): number {
  for (const line of output) {
    const match = /^Access graph read: .* in ([\d.]+) s$/.exec(line);
    if (match !== null) return Number(match[1]) * 1000;
  }
  return Number.NaN;
}

async function ask(
  url: string,
  question: Ask,
  errors: Map<string, number>,
): Promise<{ ms: number; digest: Digest | null }> {
  const failed = (code: string) => errors.set(code, (errors.get(code) ?? 0) + 1);
  const started = performance.now();
  try {
    const answer = await postGraphql(url, question.query, question.variables);
    const ms = performance.now() - started;
    if (answer.errors !== undefined) {
      failed(errorCode(answer));
      return { ms, digest: null };
    }
    return { ms, digest: question.digest(answer.data) };
  } catch (error) {
    failed(error instanceof Error ? error.message.slice(0, 60) : 'ERROR');
    return { ms: performance.now() - started, digest: null };
  }
}

/**
 * Starts Detour's production server with this analysis cache (0: nothing kept), sends each ask
 * once untimed (the first request reads the access graph) and then `runs` times, and reads its
 * memory before stopping it.
 */
export async function runOnServer(
  boltUri: string,
  settings: { readonly analysisCacheMiB?: number; readonly analysisMaxSteps?: number },
  asks: readonly Ask[],
  runs: number,
): Promise<ServerRun> {
  const server = await startServer('detour', boltUri, settings);
  try {
    const url = `${server.origin}/graphql`;
    let firstRequestMs = Number.NaN;
    const results: AskedRuns[] = [];
    for (const question of asks) {
      const errors = new Map<string, number>();
      const warm = await ask(url, question, errors);
      if (Number.isNaN(firstRequestMs)) firstRequestMs = warm.ms;
      const samples: number[] = [];
      let digest = warm.digest;
      for (let i = 0; i < runs; i++) {
        const asked = await ask(url, question, errors);
        samples.push(asked.ms);
        digest = asked.digest ?? digest;
      }
      results.push({ samples, errors, digest, firstMs: warm.ms });
    }
    return {
      runs: results,
      firstRequestMs,
      graphReadMs: loggedGraphReadMs(server.output),
      memory: await server.memory(),
      resident: await processMemory(server.pid),
    };
  } finally {
    await server.stop();
  }
}
