/**
 * Rate limits over real HTTP: a client past its burst of expensive operations gets 429 with
 * RATE_LIMITED and Retry-After, while its cheap queries, other addresses and token holders go on.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainDataset } from '../../test/fixtures.ts';
import { testAuth, TOKENS } from '../../test/graphqlClient.ts';
import { useTestDatabase } from '../../test/testDatabase.ts';
import { importDataset } from '../modules/datasets/repository.ts';
import { createDetourServer } from '../server.ts';
import type { RateLimitConfig } from './rateLimit.ts';

const database = useTestDatabase();
const servers: Server[] = [];

async function start(rateLimit: RateLimitConfig): Promise<string> {
  const server = createDetourServer({
    db: database.db,
    production: true,
    webDist: null,
    auth: testAuth(false),
    rateLimit,
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/graphql`;
}

beforeAll(async () => {
  await importDataset(database.db, chainDataset);
});
afterAll(() => {
  for (const server of servers) server.close();
});

const PATHS = '{ accessPaths(to: "nvidia-h100") { paths { hops } } }';
const SEARCH = '{ search(query: "aws") { entity { id } } }';

interface Answer {
  readonly status: number;
  readonly retryAfter: string | null;
  readonly code: string | undefined;
  readonly data: unknown;
}

async function post(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: { extensions?: { code?: string } }[];
  };
  const answer: Answer = {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    code: body.errors?.[0]?.extensions?.code,
    data: body.data ?? null,
  };
  return answer;
}

describe('rate limits on expensive operations', () => {
  it('answer 429 RATE_LIMITED with Retry-After past the burst, and leave cheap queries alone', async () => {
    // One token a minute: none comes back while the test runs, however slow the machine.
    const url = await start({ perMinute: 1, burst: 3, trustedProxies: 0 });
    for (let i = 0; i < 3; i++) {
      const answer = await post(url, PATHS);
      expect(answer.status).toBe(200);
      expect(answer.code).toBeUndefined();
    }
    const refused = await post(url, PATHS);
    expect(refused).toEqual({
      status: 429,
      retryAfter: expect.stringMatching(/^\d+$/) as unknown,
      code: 'RATE_LIMITED',
      data: null,
    });
    // The time until one token is back: at most a minute, at one token a minute.
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    const search = await post(url, SEARCH);
    expect(search.status).toBe(200);
    expect(search.data).toEqual({ search: [{ entity: { id: 'aws' } }] });
  });

  it('give each token holder their own bucket, apart from their address', async () => {
    const url = await start({ perMinute: 1, burst: 1, trustedProxies: 0 });
    expect((await post(url, PATHS)).status).toBe(200);
    expect((await post(url, PATHS)).status).toBe(429);
    const alice = { authorization: `Bearer ${TOKENS.alice}` };
    const bob = { authorization: `Bearer ${TOKENS.bob}` };
    expect((await post(url, PATHS, alice)).status).toBe(200);
    expect((await post(url, PATHS, alice)).status).toBe(429);
    expect((await post(url, PATHS, bob)).status).toBe(200);
  });

  it('key by X-Forwarded-For only when a proxy is trusted', async () => {
    const ignoring = await start({ perMinute: 1, burst: 1, trustedProxies: 0 });
    expect((await post(ignoring, PATHS, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(200);
    // A different forged address does not buy a fresh bucket.
    expect((await post(ignoring, PATHS, { 'x-forwarded-for': '203.0.113.2' })).status).toBe(429);

    const behindProxy = await start({ perMinute: 1, burst: 1, trustedProxies: 1 });
    expect((await post(behindProxy, PATHS, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(200);
    expect((await post(behindProxy, PATHS, { 'x-forwarded-for': '203.0.113.2' })).status).toBe(200);
    expect((await post(behindProxy, PATHS, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(429);
  });

  it('limit writes too, before they reach the database or the audit log', async () => {
    const url = await start({ perMinute: 1, burst: 1, trustedProxies: 0 });
    const editor = { authorization: `Bearer ${TOKENS.carol}` };
    const upsert = (id: string) =>
      `mutation { upsertSource(input: { id: "${id}", title: "T", publisher: "P", url: "https://example.org/${id}" }) { created } }`;
    expect((await post(url, upsert('limited-1'), editor)).status).toBe(200);
    const before = await database.counts();
    const refused = await post(url, upsert('limited-2'), editor);
    expect(refused.status).toBe(429);
    expect(refused.code).toBe('RATE_LIMITED');
    expect(await database.counts()).toEqual(before);
  });
});
