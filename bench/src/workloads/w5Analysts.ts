import { errorCode, postGraphql } from '../measure/graphqlClient.ts';
import { Sampler } from '../network/sample.ts';
import { median, p95, p99 } from '../stats/stats.ts';
import type { SizeContext } from './context.ts';
import { randomInputs, randomPairs } from './pairs.ts';
import { ACCESS_PATHS_QUERY } from './w1Queries.ts';
import { DETOUR_QUERIES } from './w2Shapes.ts';

/** What an analyst does, by share of requests: mostly browsing, some path questions. */
const MIX = [
  { name: 'neighborhood', weight: 40 },
  { name: 'search', weight: 25 },
  { name: 'entity', weight: 20 },
  { name: 'accessPaths', weight: 15 },
] as const;

interface RunStats {
  readonly latencies: number[];
  errors: number;
  /** "accessPaths QUERY_TIMEOUT" → how many. */
  readonly errorKinds: Map<string, number>;
}

function describeErrors(stats: RunStats): string {
  return [...stats.errorKinds].map(([kind, count]) => `${kind} ×${String(count)}`).join(', ');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `analysts` clients sending the mix for `seconds`, each waiting 0.5–1.5 × thinkMs in between. */
async function simulate(
  ctx: SizeContext,
  analysts: number,
  seconds: number,
  thinkMs: number,
): Promise<RunStats> {
  const url = `${ctx.detour.origin}/graphql`;
  const inputs = randomInputs(ctx.model, ctx.options.seed + 5);
  const pairs = randomPairs(ctx.model, 500);
  const stats: RunStats = { latencies: [], errors: 0, errorKinds: new Map() };
  const failed = (kind: string): void => {
    stats.errors++;
    stats.errorKinds.set(kind, (stats.errorKinds.get(kind) ?? 0) + 1);
  };
  const stopAt = performance.now() + seconds * 1000;
  const total = MIX.reduce((sum, op) => sum + op.weight, 0);
  const analyst = async (index: number): Promise<void> => {
    const sampler = new Sampler(ctx.options.seed * 31 + index);
    if (thinkMs > 0) await sleep(sampler.next() * thinkMs);
    while (performance.now() < stopAt) {
      let roll = sampler.next() * total;
      const op = MIX.find((o) => (roll -= o.weight) < 0) ?? MIX[0];
      const [query, variables]: [string, Record<string, unknown>] =
        op.name === 'accessPaths'
          ? [ACCESS_PATHS_QUERY, { ...sampler.pick(pairs), first: 10 }]
          : op.name === 'search'
            ? [DETOUR_QUERIES.search, { word: inputs.searchWord() }]
            : [DETOUR_QUERIES[op.name], { id: inputs.entityId() }];
      const started = performance.now();
      try {
        const answer = await postGraphql(url, query, variables);
        if (answer.errors !== undefined) failed(`${op.name} ${errorCode(answer)}`);
      } catch (error) {
        failed(`${op.name} ${error instanceof Error ? error.message.slice(0, 80) : 'ERROR'}`);
      }
      stats.latencies.push(performance.now() - started);
      if (thinkMs > 0) await sleep((0.5 + sampler.next()) * thinkMs);
    }
  };
  await Promise.all(Array.from({ length: analysts }, (_, i) => analyst(i)));
  return stats;
}

/** W5: 32 simulated analysts on the mixed workload vs one analyst alone, through Detour's GraphQL. */
export async function runW5(ctx: SizeContext): Promise<void> {
  const { options, results, size, log } = ctx;
  const soloSeconds = Math.max(5, Math.min(30, Math.round(options.w5Seconds / 4)));
  log(`  W5: 1 analyst, no think time, ${String(soloSeconds)} s …`);
  const solo = await simulate(ctx, 1, soloSeconds, 0);
  log(`  W5: 32 analysts, think ${String(options.thinkMs)} ms, ${String(options.w5Seconds)} s …`);
  const crowd = await simulate(ctx, 32, options.w5Seconds, options.thinkMs);
  const describe = (s: RunStats, secs: number) =>
    `${String(s.latencies.length)} requests (${(s.latencies.length / secs).toFixed(1)}/s), p99 ${p99(s.latencies).toFixed(0)} ms, ${s.errors === 0 ? 'no errors' : `errors: ${describeErrors(s)}`}`;
  results.add({
    workload: 'W5',
    size,
    figure: 'mixed workload, 1 analyst (no think time)',
    unit: 'ms',
    median: median(solo.latencies),
    p95: p95(solo.latencies),
    note: describe(solo, soloSeconds),
  });
  results.add({
    workload: 'W5',
    size,
    figure: `mixed workload, 32 analysts, ${String(options.w5Seconds)} s, think ${String(options.thinkMs)} ms: p50`,
    unit: 'ms',
    median: median(crowd.latencies),
    p95: p95(crowd.latencies),
    baseline: { label: '1 analyst p50', median: median(solo.latencies) },
    note: describe(crowd, options.w5Seconds),
  });
  const ratio = p99(crowd.latencies) / p99(solo.latencies);
  results.add({
    workload: 'W5',
    size,
    figure: `mixed workload, 32 analysts: p99`,
    unit: 'ms',
    median: p99(crowd.latencies),
    p95: null,
    baseline: { label: '1 analyst p99', median: p99(solo.latencies) },
    target: { text: '0 errors, p99 ≤ 3× 1 analyst', met: crowd.errors === 0 && ratio <= 3 },
    note: `${String(crowd.errors)} errors`,
  });
}
