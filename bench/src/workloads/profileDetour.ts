import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { runLoad, type LoadRequest } from '../measure/load.ts';
import { summariseProfiles, type ProfileShare } from '../profile/cpuProfile.ts';
import { startServer, type ServerKind } from '../servers/startServer.ts';
import { BENCH_DATA_DIR } from '../setup/paths.ts';
import type { SizeContext } from './context.ts';
import { randomInputs, randomPairs } from './pairs.ts';
import { ACCESS_PATHS_QUERY } from './w1Queries.ts';
import { requestFor, type Shape } from './w2Shapes.ts';

const format = (shares: readonly ProfileShare[]) =>
  shares.map((s) => `${s.name} ${(100 * s.share).toFixed(1)}%`).join(', ');

/**
 * `--profile`: V8 CPU profiles of Detour's server and of the bare-driver server under the entity
 * and neighborhood shapes, and of Detour's under W1's accessPaths (first 10), at 8 connections
 * after a 2 s warm-up, as notes: CPU per request and its split by package and function, i.e.
 * where the GraphQL layer's time goes.
 */
export async function profileDetour(ctx: SizeContext): Promise<void> {
  const { options, model } = ctx;
  const inputs = randomInputs(model, options.seed + 9);
  for (const shape of ['entity', 'neighborhood'] as const satisfies readonly Shape[]) {
    for (const kind of ['detour', 'bare'] as const satisfies readonly ServerKind[]) {
      const next = () =>
        requestFor(kind, shape, { id: inputs.entityId(), word: inputs.searchWord() });
      await profileOne(ctx, kind, shape, () => next() ?? { method: 'GET', path: '/' });
    }
  }
  // W1's question (first 10) through Detour: where the time beside the Cypher goes.
  const pairs = randomPairs(model, 500);
  let i = 0;
  await profileOne(ctx, 'detour', 'accessPaths first 10', () => {
    const pair = pairs[i++ % pairs.length];
    if (pair === undefined) throw new Error('no W1 pairs');
    const variables = { from: pair.from, to: pair.to, first: 10 };
    return {
      method: 'POST',
      path: '/graphql',
      body: JSON.stringify({ query: ACCESS_PATHS_QUERY, variables }),
    };
  });
}

async function profileOne(
  ctx: SizeContext,
  kind: ServerKind,
  shape: string,
  next: () => LoadRequest,
): Promise<void> {
  const { options, database, results, size } = ctx;
  const dir = join(BENCH_DATA_DIR, 'profiles', `${size}-${shape.replace(/\W+/g, '-')}-${kind}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const server = await startServer(kind, database.neo4j.uri, {
    profileTo: join(dir, `${kind}.cpuprofile`),
  });
  let requests = 0;
  try {
    const load = (seconds: number) =>
      runLoad({ origin: server.origin, connections: 8, seconds, next });
    await load(2);
    server.startProfiling();
    requests = (await load(options.loadSeconds)).latencies.length;
  } finally {
    await server.stop();
  }
  const summary = await summariseProfiles(dir);
  const cpuPerRequest = (summary.busy * summary.ms) / Math.max(1, requests);
  const who = kind === 'detour' ? 'Detour server' : 'bare driver server';
  results.note(
    `profile ${size} ${who}, ${shape} @8: ${cpuPerRequest.toFixed(2)} ms CPU per request (busy ${(100 * summary.busy).toFixed(0)}%); by owner: ${format(summary.owners)}`,
  );
  if (kind === 'detour') {
    results.note(
      `profile ${size} ${who}, ${shape} @8, top functions: ${format(summary.functions.slice(0, 8))}`,
    );
  }
}
