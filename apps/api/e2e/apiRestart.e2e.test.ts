/**
 * The API process is stopped (SIGTERM) and killed (SIGKILL) while an editor streams writes, and
 * restarted on the same port and database: every write that was acknowledged is stored, a write
 * that never reached the server is not, and repeating a write with the same id is idempotent.
 * SIGTERM lets a request in progress finish before the process exits.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startNeo4j, type RunningNeo4j } from '@detour/neo4j-embedded';
import { send, startStream, waitFor, type GraphqlRequest, type Outcome } from './requestStream.ts';
import { runDetour, type RunningDetour } from './runDetour.ts';

const TOKEN = randomBytes(32).toString('hex');
const AUTH = { authorization: `Bearer ${TOKEN}` };
const SOURCE = 'restart-test-source';
const UPSERT = `mutation ($input: EntityInput!) { upsertEntity(input: $input) { created changed entity { id } } }`;

let neo4jDir = '';
let apiDir = '';
let apiPort = 0;
let neo4j: RunningNeo4j;
let detour: RunningDetour;

const startApi = (): Promise<RunningDetour> =>
  runDetour(
    apiDir,
    {
      NEO4J_URI: neo4j.uri,
      DETOUR_TOKENS: `editor:${TOKEN}:restart-test`,
      DETOUR_RATE_LIMIT_PER_MINUTE: '0',
    },
    { port: apiPort },
  );

const upsert = (id: string): GraphqlRequest => ({
  label: id,
  query: UPSERT,
  variables: { input: { id, kind: 'END_USER', name: `Restart test ${id}`, sources: [SOURCE] } },
});

beforeAll(async () => {
  neo4jDir = await mkdtemp(join(tmpdir(), 'detour-restart-neo4j-'));
  apiDir = await mkdtemp(join(tmpdir(), 'detour-restart-api-'));
  apiPort = await freePort();
  neo4j = await startNeo4j({
    dataDir: neo4jDir,
    heapMiB: 512,
    pageCacheMiB: 64,
    log: () => undefined,
  });
  detour = await startApi();
  const source = await send(
    detour.url,
    {
      label: SOURCE,
      query: 'mutation ($input: SourceInput!) { upsertSource(input: $input) { created } }',
      variables: {
        input: {
          id: SOURCE,
          title: 'Restart test',
          publisher: 'Detour',
          url: 'https://example.org/restart',
        },
      },
    },
    0,
    AUTH,
  );
  expect(source.status).toBe(200);
});

afterAll(async () => {
  await detour.stop();
  await neo4j.stop();
  await rm(neo4jDir, { recursive: true, force: true });
  await rm(apiDir, { recursive: true, force: true });
});

/** The id a write answered with: acknowledged when it is the id sent. */
function acknowledged(outcome: Outcome): boolean {
  const data = outcome.data as { upsertEntity?: { entity?: { id?: unknown } } } | null;
  return outcome.status === 200 && data?.upsertEntity?.entity?.id === outcome.label;
}

async function stored(id: string): Promise<boolean> {
  const outcome = await send(
    detour.url,
    { label: id, query: 'query ($id: ID!) { entity(id: $id) { id } }', variables: { id } },
    0,
  );
  expect(outcome.status).toBe(200);
  return (outcome.data as { entity: unknown }).entity !== null;
}

/** Runs check on every id, eight at a time; returns the ids it held for. */
async function idsWhere(
  ids: readonly string[],
  check: (id: string) => Promise<boolean>,
): Promise<string[]> {
  const held: string[] = [];
  for (let at = 0; at < ids.length; at += 8) {
    const batch = ids.slice(at, at + 8);
    const results = await Promise.all(batch.map(check));
    batch.forEach((id, index) => {
      if (results[index] === true) held.push(id);
    });
  }
  return held;
}

describe('the API restarts under a stream of writes', () => {
  it('SIGTERM answers the request in progress, then exits 0', async () => {
    const id = 'restart-drained';
    const body = JSON.stringify({ query: UPSERT, variables: upsert(id).variables });
    const half = Math.floor(body.length / 2);
    let exitCode: number | null = -1;
    const response = new Promise<{ status: number; connection: string | undefined; text: string }>(
      (resolve, reject) => {
        const req = request(`${detour.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...AUTH },
        });
        req.on('response', (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => {
            resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, text });
          });
        });
        req.on('error', reject);
        // Half a body, then SIGTERM, then the rest: the request is in progress when it arrives.
        req.write(body.slice(0, half));
        setTimeout(() => {
          void detour.kill('SIGTERM').then(({ code }) => {
            exitCode = code;
          });
          setTimeout(() => req.end(body.slice(half)), 500);
        }, 1_000);
      },
    );
    const answer = await response;
    expect(answer.status).toBe(200);
    expect(answer.connection).toBe('close');
    expect(JSON.parse(answer.text)).toMatchObject({
      data: { upsertEntity: { created: true, entity: { id } } },
    });
    await waitFor('the server to exit', () => exitCode !== -1, 30_000);
    expect(exitCode).toBe(0);
    detour = await startApi();
    expect(await stored(id)).toBe(true);
  }, 300_000);

  it('keeps every acknowledged write through SIGTERM and SIGKILL restarts', async () => {
    const writes = startStream({
      url: () => detour.url,
      clients: 4,
      next: (client, n) => upsert(`restart-${String(client)}-${String(n)}`),
      headers: AUTH,
      pauseAfterNoResponseMs: 100,
    });
    const acks = (): number => writes.outcomes.filter(acknowledged).length;
    const exits: { code: number | null; signal: string | null }[] = [];
    for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
      const before = acks();
      await waitFor('acknowledged writes', () => acks() >= before + 20, 60_000);
      exits.push(await detour.kill(signal));
      detour = await startApi();
    }
    const before = acks();
    await waitFor('writes after the last restart', () => acks() >= before + 20, 60_000);
    await writes.stop();
    expect(exits).toEqual([
      { code: 0, signal: null },
      { code: null, signal: 'SIGKILL' },
    ]);

    const outcomes = writes.outcomes;
    const acked = outcomes.filter(acknowledged).map((o) => o.label);
    // Refused: the connection was never made, so the server never saw the write.
    const refused = outcomes.filter((o) => o.networkError === 'ECONNREFUSED').map((o) => o.label);
    // Anything else (reset, 503, no answer): it may or may not have been committed.
    const unknownOutcomes = outcomes.filter(
      (o) => !acknowledged(o) && o.networkError !== 'ECONNREFUSED',
    );
    const unknown = unknownOutcomes.map((o) => o.label);
    const causes = unknownOutcomes.map(
      (o) => o.networkError ?? `${String(o.status)} ${String(o.code)}`,
    );
    expect(refused.length).toBeGreaterThan(0); // the stream did run while the server was down

    expect(await idsWhere(acked, async (id) => !(await stored(id)))).toEqual([]);
    expect(await idsWhere(refused, stored)).toEqual([]);

    // Repeating a write with the same id is idempotent: an acknowledged one changes nothing...
    for (const id of acked.slice(0, 5)) {
      const again = await send(detour.url, upsert(id), 0, AUTH);
      expect(again.data).toEqual({
        upsertEntity: { created: false, changed: false, entity: { id } },
      });
    }
    // ...and one whose fate was unknown is stored exactly once, telling whether it had landed.
    let landed = 0;
    for (const id of unknown) {
      const again = await send(detour.url, upsert(id), 0, AUTH);
      expect(acknowledged(again)).toBe(true);
      const data = again.data as { upsertEntity: { created: boolean } };
      if (!data.upsertEntity.created) landed += 1;
    }
    expect(await idsWhere(unknown, async (id) => !(await stored(id)))).toEqual([]);
    console.log(
      `API restarts: ${String(outcomes.length)} writes sent, ${String(acked.length)} acknowledged (all stored), ` +
        `${String(refused.length)} refused (none stored), ${String(unknown.length)} unknown ` +
        `(${causes.join(', ')}; ${String(landed)} of them had been stored before the retry)`,
    );
  }, 600_000);
});
