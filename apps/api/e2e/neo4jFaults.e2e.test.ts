/**
 * Neo4j stops under steady traffic (gracefully, then by SIGKILL of its JVM): the production
 * server, in its own process, answers DATABASE_UNAVAILABLE (503) within its configured wait
 * instead of hanging, /ready turns false, and once Neo4j is back on the same data directory and
 * port the same server process answers again by itself.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startNeo4j, type RunningNeo4j } from '@detour/neo4j-embedded';
import { ready, startStream, waitFor, type GraphqlRequest, type Outcome } from './requestStream.ts';
import { runDetour, type RunningDetour } from './runDetour.ts';

/** DETOUR_DB_WAIT_MS given to the server: how long a request may wait for a connection. */
const WAIT_MS = 2_000;
/** Generous room for a loaded 2-core machine: the point is "answers", not "answers fast". */
const MARGIN_MS = 5_000;
/** Traffic kept up while Neo4j is down, so plenty of requests meet the stopped database. */
const DOWN_MS = 3_000;

const ENTITY: GraphqlRequest = {
  label: 'entity',
  query: '{ entity(id: "shenzhen-university") { id name } }',
};
const SEARCH: GraphqlRequest = {
  label: 'search',
  query: '{ search(query: "shenzhen", first: 5) { score entity { id } } }',
};

let neo4jDir = '';
let apiDir = '';
let boltPort = 0;
let neo4j: RunningNeo4j;
let detour: RunningDetour;

const startDatabase = (): Promise<RunningNeo4j> =>
  startNeo4j({
    dataDir: neo4jDir,
    port: boltPort,
    heapMiB: 512,
    pageCacheMiB: 64,
    log: () => undefined,
  });

beforeAll(async () => {
  neo4jDir = await mkdtemp(join(tmpdir(), 'detour-faults-neo4j-'));
  apiDir = await mkdtemp(join(tmpdir(), 'detour-faults-api-'));
  boltPort = await freePort();
  neo4j = await startDatabase();
  detour = await runDetour(apiDir, {
    NEO4J_URI: neo4j.uri,
    DETOUR_DB_WAIT_MS: String(WAIT_MS),
    DETOUR_RATE_LIMIT_PER_MINUTE: '0',
  });
});

afterAll(async () => {
  await detour.stop();
  await neo4j.stop();
  await rm(neo4jDir, { recursive: true, force: true });
  await rm(apiDir, { recursive: true, force: true });
});

const answered = (outcome: Outcome): boolean => outcome.status !== null;
const unavailable = (outcome: Outcome): boolean =>
  outcome.status === 503 && outcome.code === 'DATABASE_UNAVAILABLE';
const took = (outcome: Outcome): number => outcome.endedAt - outcome.startedAt;

async function entityName(): Promise<unknown> {
  const response = await fetch(`${detour.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ entity(id: "shenzhen-university") { name } }' }),
  });
  if (response.status !== 200) return null;
  const body = (await response.json()) as { data?: { entity?: { name?: unknown } } };
  return body.data?.entity?.name ?? null;
}

/** Stops Neo4j the given way under traffic, restarts it, and checks every phase. */
async function survive(label: string, stopDatabase: () => Promise<void>): Promise<void> {
  const pid = detour.process.pid;
  await waitFor('the server to answer queries', async () => (await entityName()) !== null, 60_000);
  const stream = startStream({
    url: () => detour.url,
    clients: 4,
    next: (client, n) => ((client + n) % 2 === 0 ? ENTITY : SEARCH),
  });
  await waitFor('answered traffic', () => stream.outcomes.some((o) => o.status === 200), 30_000);

  const faultAt = Date.now();
  await stopDatabase();
  const downAt = Date.now();
  await new Promise((resolve) => setTimeout(resolve, DOWN_MS));
  const whileDown = await ready(detour.url);
  const restartAt = Date.now();
  neo4j = await startDatabase();
  await waitFor(
    '/ready to turn true',
    async () => (await ready(detour.url)).status === 200,
    120_000,
  );
  await waitFor('queries to succeed again', async () => (await entityName()) !== null, 60_000);
  const recoveredAt = Date.now();
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  await stream.stop();

  // Times relative to the fault, so that a failure shows which phase each request fell in.
  const phases = {
    stopped: downAt - faultAt,
    restarting: restartAt - faultAt,
    recovered: recoveredAt - faultAt,
  };
  const show = (list: readonly Outcome[]): object[] =>
    list.map((o) => ({
      label: o.label,
      status: o.status,
      code: o.code,
      networkError: o.networkError,
      started: o.startedAt - faultAt,
      took: took(o),
    }));
  const check = (what: string, list: readonly Outcome[]): void => {
    expect({ what, phases, outcomes: show(list) }).toEqual({ what, phases, outcomes: [] });
  };
  const outcomes = stream.outcomes;
  // Every request got an HTTP answer: the API never dropped a connection or crashed.
  check(
    'no response',
    outcomes.filter((o) => !answered(o)),
  );
  // Before the restart, nothing but answers and DATABASE_UNAVAILABLE (no masked errors), and
  // none of the requests in flight when Neo4j went away or sent while it was down hangs.
  const beforeRestart = outcomes.filter((o) => o.startedAt < restartAt);
  check(
    'neither 200 nor 503',
    beforeRestart.filter((o) => o.status !== 200 && !unavailable(o)),
  );
  check(
    'slower than the wait',
    beforeRestart.filter((o) => o.startedAt >= faultAt && took(o) > WAIT_MS + MARGIN_MS),
  );
  // While it was down, every request got 503 DATABASE_UNAVAILABLE, and there were plenty.
  const down = outcomes.filter((o) => o.startedAt >= downAt && o.endedAt <= restartAt);
  expect(down.length).toBeGreaterThanOrEqual(8);
  check(
    'not 503 while down',
    down.filter((o) => !unavailable(o)),
  );
  expect(whileDown).toMatchObject({ status: 503, ready: false });
  expect(whileDown.ms).toBeLessThan(WAIT_MS + MARGIN_MS);
  // While Neo4j starts, a request may wait for it, but it gets an answer with a code.
  const starting = outcomes.filter((o) => o.startedAt >= restartAt && o.startedAt < recoveredAt);
  check(
    'uncoded while starting',
    starting.filter((o) => o.status !== 200 && o.code === null),
  );
  // Back by itself: the same server process answers everything sent after recovery.
  const after = outcomes.filter((o) => o.startedAt >= recoveredAt);
  expect(after.length).toBeGreaterThan(0);
  check(
    'not 200 after recovery',
    after.filter((o) => o.status !== 200),
  );
  console.log(
    `${label}: ${JSON.stringify({ phases, ...summary({ beforeRestart, down, starting, after }) })}`,
  );
  expect(await ready(detour.url)).toMatchObject({ status: 200, ready: true });
  expect(detour.process.pid).toBe(pid);
  expect(detour.process.exitCode).toBeNull();
}

describe('Neo4j stops under traffic', () => {
  it('graceful stop: 503 DATABASE_UNAVAILABLE while down, /ready false, then recovers', async () => {
    await survive('graceful stop', () => neo4j.stop());
  }, 400_000);

  it('SIGKILL of the JVM: the same, and the store recovers on the same data directory and port', async () => {
    await survive('SIGKILL', async () => {
      const killed = neo4j;
      process.kill(killed.pid, 'SIGKILL');
      await waitFor('the JVM to die', () => !alive(killed.pid), 30_000, 50);
      await killed.stop(); // forgets the dead JVM's running file; sends no signal
    });
    expect(await entityName()).toBe('Shenzhen University');
  }, 400_000);
});

/** For the log and RELIABILITY.md: per phase, how many requests got what, and the slowest. */
function summary(phases: Record<string, readonly Outcome[]>): Record<string, object> {
  return Object.fromEntries(
    Object.entries(phases).map(([phase, list]) => {
      const answers: Record<string, number> = {};
      for (const o of list) {
        const key =
          o.status === 200 ? '200' : `${String(o.status)} ${String(o.code ?? o.networkError)}`;
        answers[key] = (answers[key] ?? 0) + 1;
      }
      return [phase, { answers, slowestMs: Math.max(0, ...list.map(took)) }];
    }),
  );
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
