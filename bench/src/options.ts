import { parseArgs } from 'node:util';
import { isNamedSize, type NamedSize } from '@detour/synthetic';

export const WORKLOADS = ['W0', 'W1', 'W2', 'W3', 'W4', 'W5', 'W6', 'W7'] as const;
export type Workload = (typeof WORKLOADS)[number];

/** W3's loaders: the batch importer, the batched Cypher load, and the UNWIND baseline. */
export const W3_LOADERS = ['fresh', 'incremental', 'unwind'] as const;
export type W3Loader = (typeof W3_LOADERS)[number];

export interface BenchOptions {
  readonly only: ReadonlySet<Workload>;
  /** Smallest first; W3 and W5 run on the last (largest) one, W0–W2, W6 and W7 on each. */
  readonly sizes: readonly NamedSize[];
  readonly quick: boolean;
  readonly seed: number;
  /** Pairs (W1), sequential requests (W0) and searches (W7) measured per figure. */
  readonly iterations: number;
  readonly warmup: number;
  /** Seconds of load per autocannon run (W0, W2). */
  readonly loadSeconds: number;
  /** W5's run with 32 analysts. */
  readonly w5Seconds: number;
  /** W5: each analyst waits 0.5–1.5 × this between requests; 0 for a closed-loop stress. */
  readonly thinkMs: number;
  readonly heapMiB: number;
  readonly pageCacheMiB: number;
  /** Where the Markdown results go. */
  readonly out: string | null;
  /** CPU-profile Detour's server under W2's shapes and add the summary to the notes. */
  readonly profile: boolean;
  /** W6: DETOUR_ANALYSIS_MAX_STEPS for its servers (null: Detour's default); L needs more. */
  readonly analysisMaxSteps: number | null;
  /** W6: timed runs per question (null: 20 on S, 5 on M and L); one analysis on L takes minutes. */
  readonly w6Runs: number | null;
  /** W3's loaders to run; on L the two Cypher loads take about 20 minutes each. */
  readonly w3Loaders: ReadonlySet<W3Loader>;
}

export const USAGE = `Usage: pnpm bench [-- options]
  --only W0,W1,…      workloads to run (default: all of ${WORKLOADS.join(', ')})
  --sizes S,M         network sizes (default S,M; S with --quick)
  --quick             few iterations and short runs, S only unless --sizes says otherwise
  --seed N            generator seed (default 42)
  --w5-seconds N      length of W5's 32-analyst run (default 120; 20 with --quick)
  --think-ms N        W5 think time per analyst between requests (default 1000; 0 = stress)
  --heap-mb N         Neo4j heap (default 1024); --pagecache-mb N page cache (default 1024)
  --profile           CPU-profile Detour's server under W2's shapes (notes: time by package)
  --analysis-max-steps N  W6 servers' DETOUR_ANALYSIS_MAX_STEPS (default: Detour's; L needs more)
  --w6-runs N         W6's timed runs per question (default 20 on S, 5 on M and L)
  --w3-loaders a,b    W3's loaders among ${W3_LOADERS.join(', ')} (default: all)
  --out FILE          write the results as Markdown to FILE (default .detour/bench/results-latest.md)`;

function positiveInt(name: string, raw: string | undefined, fallback: number, min = 1): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`--${name}: expected a whole number ≥ ${String(min)}, got "${raw}"`);
  }
  return value;
}

function list(raw: string | undefined): string[] | null {
  if (raw === undefined) return null;
  return raw
    .split(',')
    .map((item) => item.trim().toUpperCase())
    .filter((item) => item !== '');
}

function isWorkload(value: string): value is Workload {
  return (WORKLOADS as readonly string[]).includes(value);
}

function isW3Loader(value: string): value is W3Loader {
  return (W3_LOADERS as readonly string[]).includes(value);
}

/** Parses the command line; a `--` that pnpm passes through is ignored. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv.filter((arg) => arg !== '--'),
    options: {
      only: { type: 'string' },
      sizes: { type: 'string' },
      quick: { type: 'boolean', default: false },
      seed: { type: 'string' },
      'w5-seconds': { type: 'string' },
      'think-ms': { type: 'string' },
      'heap-mb': { type: 'string' },
      'pagecache-mb': { type: 'string' },
      out: { type: 'string' },
      profile: { type: 'boolean', default: false },
      'analysis-max-steps': { type: 'string' },
      'w3-loaders': { type: 'string' },
      'w6-runs': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) throw new Error(USAGE);
  const quick = values.quick;
  const only = list(values.only) ?? [...WORKLOADS];
  const unknown = only.filter((w) => !isWorkload(w));
  if (unknown.length > 0) throw new Error(`--only: unknown ${unknown.join(', ')}\n${USAGE}`);
  const sizes = list(values.sizes) ?? (quick ? ['S'] : ['S', 'M']);
  const badSizes = sizes.filter((s) => !isNamedSize(s));
  if (badSizes.length > 0) throw new Error(`--sizes: unknown ${badSizes.join(', ')}\n${USAGE}`);
  const loaders = list(values['w3-loaders'])?.map((item) => item.toLowerCase()) ?? [...W3_LOADERS];
  const badLoaders = loaders.filter((l) => !isW3Loader(l));
  if (badLoaders.length > 0 || loaders.length === 0) {
    throw new Error(
      `--w3-loaders: expected some of ${W3_LOADERS.join(', ')}, got "${values['w3-loaders'] ?? ''}"\n${USAGE}`,
    );
  }
  const order = ['S', 'M', 'L'];
  return {
    only: new Set(only.filter(isWorkload)),
    sizes: [...new Set(sizes.filter(isNamedSize))].sort(
      (a, b) => order.indexOf(a) - order.indexOf(b),
    ),
    quick,
    seed: positiveInt('seed', values.seed, 42, 0),
    iterations: quick ? 30 : 200,
    warmup: quick ? 5 : 20,
    loadSeconds: quick ? 3 : 10,
    w5Seconds: positiveInt('w5-seconds', values['w5-seconds'], quick ? 20 : 120),
    thinkMs: positiveInt('think-ms', values['think-ms'], 1000, 0),
    heapMiB: positiveInt('heap-mb', values['heap-mb'], 1024, 128),
    pageCacheMiB: positiveInt('pagecache-mb', values['pagecache-mb'], 1024, 16),
    out: values.out ?? null,
    profile: values.profile,
    analysisMaxSteps:
      values['analysis-max-steps'] === undefined
        ? null
        : positiveInt('analysis-max-steps', values['analysis-max-steps'], 0),
    w3Loaders: new Set(loaders.filter(isW3Loader)),
    w6Runs: values['w6-runs'] === undefined ? null : positiveInt('w6-runs', values['w6-runs'], 1),
  };
}
