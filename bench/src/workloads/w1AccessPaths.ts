import { postGraphql } from '../measure/graphqlClient.ts';
import { autoCommitRead } from '../setup/autoCommitRead.ts';
import { median, p95 } from '../stats/stats.ts';
import type { Pair, SizeContext } from './context.ts';
import { randomPairs } from './pairs.ts';
import { csrFloor } from './w0Floors.ts';
import { checkPlans } from './w1Plans.ts';
import { ACCESS_PATHS_QUERY, accessPathsQuery, FORMS } from './w1Queries.ts';

/** Detour's default per-query timeout (DETOUR_QUERY_TIMEOUT_MS), sent with the raw queries too. */
const QUERY_TIMEOUT_MS = 10_000;

interface Timed {
  readonly ms: number;
  readonly failed: boolean;
  readonly hops: number | null;
}

/**
 * W1: accessPaths for random (end user, capability) pairs, raw Cypher through the driver vs the
 * same question through Detour's GraphQL, interleaved pair by pair, each form within a time budget.
 */
export async function runW1(ctx: SizeContext): Promise<void> {
  const { model, options, database, detour, log } = ctx;
  const pairs = randomPairs(model, options.iterations);
  const floor = csrFloor(model, pairs, options.warmup);
  const first = pairs[0];
  if (first !== undefined) await checkPlans(ctx, first);
  const url = `${detour.origin}/graphql`;
  const budgetMs = (options.quick ? 40 : 180) * 1000;
  for (const form of FORMS) {
    const raw = async (pair: Pair): Promise<Timed> => {
      const { cypher, params } = accessPathsQuery(pair, form.first);
      const started = performance.now();
      try {
        const rows = await autoCommitRead(database.driver, cypher, params, QUERY_TIMEOUT_MS);
        const nodes = rows[0]?.['nodes'] as unknown[] | undefined;
        return {
          ms: performance.now() - started,
          failed: false,
          hops: nodes ? nodes.length - 1 : null,
        };
      } catch {
        return { ms: performance.now() - started, failed: true, hops: null };
      }
    };
    const graphql = async (pair: Pair): Promise<Timed> => {
      const started = performance.now();
      const answer = await postGraphql(url, ACCESS_PATHS_QUERY, { ...pair, first: form.first });
      return { ms: performance.now() - started, failed: answer.errors !== undefined, hops: null };
    };
    for (let i = 0; i < Math.min(options.warmup, 3); i++) {
      const pair = pairs[i % pairs.length];
      if (pair !== undefined) await Promise.all([raw(pair), graphql(pair)]);
    }
    const rawRuns: Timed[] = [];
    const graphqlRuns: Timed[] = [];
    let agree = 0;
    const started = performance.now();
    for (const [i, pair] of pairs.entries()) {
      if (performance.now() - started > budgetMs) break;
      const r = await raw(pair);
      rawRuns.push(r);
      graphqlRuns.push(await graphql(pair));
      if (!r.failed && r.hops === floor.hops[i]) agree++;
    }
    addRows(ctx, form, rawRuns, graphqlRuns, agree, median(floor.samples));
    log(
      `    (${String(rawRuns.length)} pairs in ${((performance.now() - started) / 1000).toFixed(0)} s)`,
    );
  }
}

function addRows(
  ctx: SizeContext,
  form: (typeof FORMS)[number],
  rawRuns: readonly Timed[],
  graphqlRuns: readonly Timed[],
  agree: number,
  floorMedian: number,
): void {
  const rawMs = rawRuns.map((r) => r.ms);
  const graphqlMs = graphqlRuns.map((r) => r.ms);
  const failures = (runs: readonly Timed[]) => runs.filter((r) => r.failed).length;
  const n = `${String(rawRuns.length)} pairs`;
  const rawFailed = failures(rawRuns);
  const graphqlFailed = failures(graphqlRuns);
  const rawMedian = median(rawMs);
  const isShortest = form.first === 1;
  ctx.results.add({
    workload: 'W1',
    size: ctx.size,
    figure: `accessPaths ${form.label}: raw Cypher via driver`,
    unit: 'ms',
    median: rawMedian,
    p95: p95(rawMs),
    note: `${n}${rawFailed > 0 ? `, ${String(rawFailed)} timed out at 10 s` : ''}${isShortest ? `; hop count agrees with the CSR floor for ${String(agree)}` : ''}`,
    ...(isShortest
      ? {
          baseline: { label: 'CSR floor', median: floorMedian },
          target: { text: '≤ 20× floor', met: rawMedian <= 20 * floorMedian },
        }
      : {}),
  });
  const graphqlMedian = median(graphqlMs);
  const graphqlP95 = p95(graphqlMs);
  ctx.results.add({
    workload: 'W1',
    size: ctx.size,
    figure: `accessPaths ${form.label}: Detour GraphQL`,
    unit: 'ms',
    median: graphqlMedian,
    p95: graphqlP95,
    baseline: { label: 'raw Cypher', median: rawMedian },
    target: {
      text: 'p50 ≤ 1.2× raw, p95 ≤ 20 ms',
      met: graphqlMedian <= 1.2 * rawMedian && graphqlP95 <= 20 && graphqlFailed === 0,
    },
    ...(graphqlFailed > 0 ? { note: `${String(graphqlFailed)} errors (QUERY_TIMEOUT)` } : {}),
  });
}
