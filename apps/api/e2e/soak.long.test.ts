/**
 * The soak (pnpm test:long): 32 clients send mixed traffic to the production server, in its own
 * process on its own embedded Neo4j, for DETOUR_SOAK_MINUTES (10 by default). Every request must
 * succeed, and the server's heap after a forced GC must not grow: it samples itself into a file
 * (DETOUR_HEAP_SAMPLE_FILE, node --expose-gc), and the series is written to
 * artifacts/soak/soak.json for RELIABILITY.md.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNeo4j, type RunningNeo4j } from '@detour/neo4j-embedded';
import type { HeapSample } from '../src/heapSamples.ts';
import { startStream, waitFor, type Outcome } from './requestStream.ts';
import { runDetour, type RunningDetour } from './runDetour.ts';
import { soakTraffic } from './soakTraffic.ts';

/** The one knob: how long the soak runs. */
const MINUTES = Number(process.env['DETOUR_SOAK_MINUTES'] ?? '10');
if (!(MINUTES > 0)) throw new Error(`DETOUR_SOAK_MINUTES: expected a positive number of minutes`);
const DURATION_MS = Math.round(MINUTES * 60_000);
const CLIENTS = 32;
/** Traffic before the baseline: JIT, query plans, caches and the connection pool settle. */
const WARM_UP_MS = Math.min(60_000, Math.round(DURATION_MS / 5));
/** About 60 samples per run, at least one a second. */
const SAMPLE_MS = Math.max(1_000, Math.round(DURATION_MS / 60));
/** The heap may not grow past this after warm-up: 1.5 times, plus room for noise. */
const HEAP_FACTOR = 1.5;
const HEAP_SLACK_BYTES = 8 * 1024 * 1024;

const OUT = fileURLToPath(new URL('../../../artifacts/soak/soak.json', import.meta.url));

let dir = '';
let neo4j: RunningNeo4j;
let detour: RunningDetour;
const heapFile = (): string => join(dir, 'heap.jsonl');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'detour-soak-'));
  neo4j = await startNeo4j({
    dataDir: join(dir, 'neo4j'),
    heapMiB: 768,
    pageCacheMiB: 128,
    log: () => undefined,
  });
  detour = await runDetour(
    join(dir, 'api'),
    {
      NEO4J_URI: neo4j.uri,
      DETOUR_HEAP_SAMPLE_FILE: heapFile(),
      DETOUR_HEAP_SAMPLE_MS: String(SAMPLE_MS),
      DETOUR_RATE_LIMIT_PER_MINUTE: '0',
    },
    { nodeArgs: ['--expose-gc'] },
  );
});

afterAll(async () => {
  await detour.stop();
  await neo4j.stop();
  await rm(dir, { recursive: true, force: true });
});

async function samples(): Promise<HeapSample[]> {
  const text = await readFile(heapFile(), 'utf8');
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as HeapSample);
}

const MiB = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

describe(`soak: ${String(CLIENTS)} clients of mixed traffic for ${String(MINUTES)} min`, () => {
  it(
    'answers every request and the heap after GC stays within 1.5x of the warmed-up heap',
    async () => {
      const traffic = soakTraffic();
      const counts = new Map<string, number>();
      const latencies: number[] = [];
      const failures: Outcome[] = [];
      const stream = startStream({
        url: () => detour.url,
        clients: CLIENTS,
        next: (client, n) => traffic.next(client, n),
        keep: false,
        onOutcome: (outcome) => {
          counts.set(outcome.label, (counts.get(outcome.label) ?? 0) + 1);
          latencies.push(outcome.endedAt - outcome.startedAt);
          if (outcome.status !== 200 || outcome.code !== null) failures.push(outcome);
        },
      });
      const startedAt = Date.now();
      await new Promise((resolve) => setTimeout(resolve, WARM_UP_MS));
      const warmedAt = Date.now();
      await new Promise((resolve) => setTimeout(resolve, DURATION_MS - WARM_UP_MS));
      const loadEndedAt = Date.now();
      await stream.stop();
      const endedAt = Date.now();
      // Two more samples with no traffic: the last is the heap after GC at rest.
      const taken = (await samples()).length;
      await waitFor(
        'heap samples at rest',
        async () => (await samples()).length >= taken + 2,
        10 * SAMPLE_MS,
      );

      const series = await samples();
      const warm = series.find((sample) => sample.at >= warmedAt);
      const lastUnderLoad = series.filter((sample) => sample.at <= loadEndedAt).at(-1);
      const atRest = series.at(-1);
      if (warm === undefined || lastUnderLoad === undefined || atRest === undefined)
        throw new Error(`Too few heap samples in ${heapFile()}: ${String(series.length)}`);
      const bound = HEAP_FACTOR * warm.heapUsedBytes + HEAP_SLACK_BYTES;
      const sorted = [...latencies].sort((a, b) => a - b);
      const requests = latencies.length;
      const report = {
        clients: CLIENTS,
        minutes: MINUTES,
        warmUpMs: WARM_UP_MS,
        requests,
        requestsPerSecond: Math.round((requests / (endedAt - startedAt)) * 1000),
        byShape: Object.fromEntries(counts),
        errors: failures.length,
        firstErrors: failures.slice(0, 10).map((failure) => ({
          label: failure.label,
          status: failure.status,
          code: failure.code,
          networkError: failure.networkError,
          atSecond: Math.round((failure.startedAt - startedAt) / 1000),
          tookMs: failure.endedAt - failure.startedAt,
        })),
        latencyMs: {
          p50: percentile(sorted, 50),
          p99: percentile(sorted, 99),
          max: sorted.at(-1) ?? 0,
        },
        heapMiB: {
          warm: MiB(warm.heapUsedBytes),
          lastUnderLoad: MiB(lastUnderLoad.heapUsedBytes),
          atRest: MiB(atRest.heapUsedBytes),
          bound: MiB(bound),
          max: MiB(Math.max(...series.map((sample) => sample.heapUsedBytes))),
        },
        afterGc: series.every((sample) => sample.afterGc),
        series: series.map((sample) => ({
          seconds: Math.round((sample.at - startedAt) / 1000),
          heapUsedMiB: MiB(sample.heapUsedBytes),
          rssMiB: MiB(sample.rssBytes),
        })),
      };
      await mkdir(join(OUT, '..'), { recursive: true });
      await writeFile(OUT, JSON.stringify(report, null, 2) + '\n');
      // Neo4j's own account of a failure, kept beside the report (the data directory is removed).
      if (failures.length > 0)
        await copyFile(join(dir, 'neo4j', 'logs', 'debug.log'), join(OUT, '..', 'neo4j-debug.log'));
      console.log(
        `soak: ${JSON.stringify({ ...report, series: undefined, firstErrors: undefined })}`,
      );

      expect(report.firstErrors).toEqual([]);
      expect(requests).toBeGreaterThan(CLIENTS);
      expect([...counts.keys()].sort()).toEqual([...traffic.shapes].sort());
      expect(report.afterGc).toBe(true);
      expect(lastUnderLoad.heapUsedBytes).toBeLessThanOrEqual(bound);
      expect(atRest.heapUsedBytes).toBeLessThanOrEqual(bound);
    },
    DURATION_MS + 600_000,
  );
});
