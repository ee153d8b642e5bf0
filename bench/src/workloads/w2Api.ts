import { getText, postGraphql } from '../measure/graphqlClient.ts';
import { medianRps, runLoad, type LoadResult } from '../measure/load.ts';
import { startServer, type RunningServer, type ServerKind } from '../servers/startServer.ts';
import { p95 } from '../stats/stats.ts';
import type { SizeContext } from './context.ts';
import { randomInputs } from './pairs.ts';
import { requestFor, SHAPES, type Shape, type ShapeInput } from './w2Shapes.ts';

const CONCURRENCY = [1, 8, 32] as const;
const LABELS: Record<ServerKind, string> = {
  detour: 'Detour GraphQL',
  bare: 'bare driver + node:http',
  'neo4j-graphql': '@neo4j/graphql (Yoga)',
  hello: 'hello',
};

/** One request, checked: a GraphQL answer with errors or without data is a failed check. */
async function check(server: RunningServer, shape: Shape, input: ShapeInput): Promise<void> {
  const request = requestFor(server.kind, shape, input);
  if (request === null) return;
  const url = `${server.origin}${request.path}`;
  if (request.method === 'GET') {
    await getText(url);
    return;
  }
  const body = JSON.parse(request.body ?? '{}') as {
    query: string;
    variables: Record<string, unknown>;
  };
  const answer = await postGraphql(url, body.query, body.variables);
  if (answer.errors !== undefined || answer.data === undefined) {
    throw new Error(`${server.kind} ${shape}: ${JSON.stringify(answer).slice(0, 400)}`);
  }
}

async function startNeo4jGraphql(
  ctx: SizeContext,
  input: ShapeInput,
): Promise<RunningServer | null> {
  let server: RunningServer | null = null;
  try {
    server = await startServer('neo4j-graphql', ctx.database.neo4j.uri);
    await check(server, 'entity', input);
    await check(server, 'neighborhood', input);
    return server;
  } catch (error) {
    await server?.stop();
    const reason = error instanceof Error ? error.message : String(error);
    ctx.results.skip(`W2 ${ctx.size} @neo4j/graphql: ${reason.slice(0, 600)}`);
    return null;
  }
}

/**
 * W2: req/s and latency for entity, search and neighborhood at 1, 8 and 32 connections, Detour's
 * GraphQL vs the same Cypher on the bare driver and node:http vs @neo4j/graphql's resolvers.
 */
export async function runW2(ctx: SizeContext): Promise<void> {
  const { options, database, detour, model } = ctx;
  const inputs = randomInputs(model, options.seed + 2);
  const next = (): ShapeInput => ({ id: inputs.entityId(), word: inputs.searchWord() });
  const bare = await startServer('bare', database.neo4j.uri);
  const neo = await startNeo4jGraphql(ctx, next());
  const servers = [detour, bare, ...(neo === null ? [] : [neo])];
  try {
    for (const server of servers) for (const shape of SHAPES) await check(server, shape, next());
    const load = async (
      server: RunningServer,
      shape: Shape,
      connections: number,
      seconds: number,
    ) => {
      if (requestFor(server.kind, shape, next()) === null) return null;
      return runLoad({
        origin: server.origin,
        connections,
        seconds,
        next: () => requestFor(server.kind, shape, next()) ?? { method: 'GET', path: '/' },
      });
    };
    for (const server of servers)
      for (const shape of SHAPES) await load(server, shape, 8, options.quick ? 1 : 2);
    for (const connections of CONCURRENCY) {
      for (const shape of SHAPES) {
        const measured = new Map<ServerKind, LoadResult>();
        for (const server of servers) {
          const result = await load(server, shape, connections, options.loadSeconds);
          if (result !== null) measured.set(server.kind, result);
        }
        addRows(ctx, shape, connections, measured);
      }
    }
  } finally {
    await bare.stop();
    await neo?.stop();
  }
}

function addRows(
  ctx: SizeContext,
  shape: Shape,
  connections: number,
  measured: Map<ServerKind, LoadResult>,
): void {
  const rps = (kind: ServerKind) => {
    const result = measured.get(kind);
    return result === undefined ? Number.NaN : medianRps(result);
  };
  for (const [kind, result] of measured) {
    const errors = result.errors > 0 ? `${String(result.errors)} errors` : undefined;
    const base = {
      workload: 'W2',
      size: ctx.size,
      figure: `${shape} @${String(connections)}: ${LABELS[kind]}`,
      unit: 'req/s',
      median: medianRps(result),
      p95: p95([...result.latencies]),
      p95Unit: 'ms latency',
      ...(errors === undefined ? {} : { note: errors }),
    };
    if (kind === 'detour') {
      ctx.results.add({ ...base, baseline: { label: LABELS.bare, median: rps('bare') } });
    } else if (kind === 'neo4j-graphql') {
      ctx.results.add({
        ...base,
        baseline: { label: LABELS.detour, median: rps('detour') },
        target: {
          text: 'Detour ≥ 1.5× this (ratio ≤ 0.67×)',
          met: rps('detour') >= 1.5 * rps(kind),
        },
      });
    } else ctx.results.add(base);
  }
}
