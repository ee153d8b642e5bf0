/** W6's rows: per question the floor and both server configurations, then the graph read and memory. */
import type { ProcessMemory } from '../measure/processMemory.ts';
import { formatNumber } from '../report/results.ts';
import { median, p95, ratio } from '../stats/stats.ts';
import type { SizeContext } from './context.ts';
import { firstDifference } from './firstDifference.ts';
import { errorCount, type AskedRuns, type ServerRun, type W6Question } from './w6Api.ts';
import type { Digest } from './w6Digests.ts';

export interface FloorRuns {
  readonly samples: readonly number[];
  readonly digest: Digest;
}

const ms = (value: number): string => `${formatNumber(value)} ms`;

/** Per the product issue: on M with 2 cores, every figure's p50 within 2 s. */
const P50_LIMIT_MS = 2000;
const FLOOR_RATIO_LIMIT = 3;

/** Where the API's answer differs from the floor's; null when it agrees. */
function disagreement(floor: Digest, api: Digest | null): string | null {
  return api === null ? 'no answer came back' : firstDifference(floor, api);
}

function describe(runs: AskedRuns, differs: string | null): string {
  const errors = [...runs.errors].map(([code, n]) => `${code} ×${String(n)}`).join(', ');
  return [
    `${String(runs.samples.length)} requests after 1 untimed`,
    errors === '' ? 'no errors' : `errors: ${errors}`,
    differs === null
      ? 'answer agrees with the floor'
      : `answer DIFFERS from the floor (${differs})`,
  ].join('; ');
}

/** The API's runs of one question: afresh with the web app's selection and figures only, cached. */
export interface ApiRuns {
  readonly fresh: AskedRuns;
  readonly figuresOnly: AskedRuns;
  readonly repeat: AskedRuns;
}

export function addFigureRows(
  ctx: SizeContext,
  question: W6Question,
  floor: FloorRuns,
  { fresh, figuresOnly, repeat }: ApiRuns,
): void {
  const { results, size } = ctx;
  const floorMedian = median(floor.samples);
  results.add({
    workload: 'W6',
    size,
    figure: `${question.label}: in-process floor`,
    unit: 'ms',
    median: floorMedian,
    p95: p95(floor.samples),
    note: `${String(floor.samples.length)} cold runs after 1 untimed: scope, baseline and answer over typed arrays`,
  });
  const baseline = { label: 'floor', median: floorMedian };
  const freshDiffers = disagreement(floor.digest, fresh.digest);
  const freshMedian = median(fresh.samples);
  results.add({
    workload: 'W6',
    size,
    figure: `${question.label}: Detour GraphQL, cache 0 (computed afresh)`,
    unit: 'ms',
    median: freshMedian,
    p95: p95(fresh.samples),
    baseline,
    target: {
      text: 'p50 ≤ 2 s and ≤ 3× floor, 0 errors',
      met:
        freshMedian <= P50_LIMIT_MS &&
        ratio(freshMedian, floorMedian) <= FLOOR_RATIO_LIMIT &&
        errorCount(fresh) === 0 &&
        freshDiffers === null,
    },
    note: describe(fresh, freshDiffers),
  });
  const figuresDiffer = disagreement(floor.digest, figuresOnly.digest);
  results.add({
    workload: 'W6',
    size,
    figure: `${question.label}: Detour GraphQL, cache 0, figures only (no subgraph or entity details)`,
    unit: 'ms',
    median: median(figuresOnly.samples),
    p95: p95(figuresOnly.samples),
    baseline,
    note: describe(figuresOnly, figuresDiffer),
  });
  const repeatDiffers = disagreement(floor.digest, repeat.digest);
  const repeatMedian = median(repeat.samples);
  results.add({
    workload: 'W6',
    size,
    figure: `${question.label}: Detour GraphQL, default cache, asked again`,
    unit: 'ms',
    median: repeatMedian,
    p95: p95(repeat.samples),
    baseline,
    target: {
      text: 'p50 ≤ 2 s, 0 errors',
      met: repeatMedian <= P50_LIMIT_MS && errorCount(repeat) === 0 && repeatDiffers === null,
    },
    note: `${describe(repeat, repeatDiffers)}; first asked, after the questions above: ${ms(repeat.firstMs)}${question.name === 'chokepoints' ? ' (with the access graph read)' : ''}`,
  });
}

const mib = (bytes: number): number => bytes / 2 ** 20;

/** The first request of the cache-0 server read the access graph; the API logs how long it took. */
export function addGraphReadRow(
  ctx: SizeContext,
  fresh: ServerRun,
  repeat: ServerRun,
  buildMs: number,
): void {
  ctx.results.add({
    workload: 'W6',
    size: ctx.size,
    figure: 'access graph read from Neo4j (first request, as the API logs it)',
    unit: 'ms',
    median: fresh.graphReadMs,
    p95: null,
    note: [
      `that first request (chokepoints) took ${ms(fresh.firstRequestMs)} in all`,
      `the default-cache server read it in ${ms(repeat.graphReadMs)}`,
      `the bench built the same graph from the generator's records in ${ms(buildMs)}`,
    ].join('; '),
  });
}

export function addMemoryRows(
  ctx: SizeContext,
  servers: readonly (readonly [label: string, run: ServerRun])[],
  neo4j: ProcessMemory | null,
): void {
  const { results, size, options } = ctx;
  const row = (figure: string, value: number, note: string) => {
    results.add({ workload: 'W6', size, figure, unit: 'MiB', median: value, p95: null, note });
  };
  for (const [label, run] of servers) {
    const peak = run.resident === null ? '-' : formatNumber(run.resident.peakRssMiB);
    row(
      `API process resident memory after W6, ${label}`,
      run.resident?.rssMiB ?? mib(run.memory.rss),
      `peak ${peak} MiB`,
    );
    row(
      `API V8 heap used after a full GC, ${label}`,
      mib(run.memory.heapUsed),
      `heap total ${formatNumber(mib(run.memory.heapTotal))} MiB; typed arrays and other buffers outside the heap ${formatNumber(mib(run.memory.arrayBuffers))} MiB`,
    );
  }
  row(
    'Neo4j process resident memory after W6',
    neo4j?.rssMiB ?? Number.NaN,
    `peak ${neo4j === null ? '-' : formatNumber(neo4j.peakRssMiB)} MiB; configured heap ${String(options.heapMiB)} MiB, page cache ${String(options.pageCacheMiB)} MiB`,
  );
}
