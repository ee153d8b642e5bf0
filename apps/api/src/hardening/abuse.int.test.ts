/**
 * An abusive client and a normal one on the same server, over real HTTP. The abusive client keeps
 * CONCURRENCY requests in flight: deep, wide, aliased and cost-heavy documents, huge `first` and
 * `maxHops`, malformed JSON and GraphQL, batches, oversized bodies and an introspection flood.
 * Every one is answered with its status and code. Meanwhile a normal client's searches all
 * succeed, and their latency stays within a bound of a baseline measured in the same test: the
 * same searches while a benign client keeps the same number of trivial requests in flight. So
 * the bound says "hostile requests cost the server no more than trivial ones", whatever the
 * machine's speed.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainDataset } from '../../test/fixtures.ts';
import { useTestDatabase } from '../../test/testDatabase.ts';
import { OPEN_ACCESS } from '../auth/authenticate.ts';
import { importDataset } from '../modules/datasets/repository.ts';
import { createDetourServer } from '../server.ts';

const database = useTestDatabase();
let server: Server;
let endpoint: string;

beforeAll(async () => {
  await importDataset(database.db, chainDataset);
  server = createDetourServer({
    db: database.db,
    production: true,
    webDist: null,
    auth: OPEN_ACCESS,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/graphql`;
});

afterAll(() => {
  server.close();
});

const many = (n: number, field: (i: number) => string) =>
  `{ ${Array.from({ length: n }, (_, i) => field(i)).join(' ')} }`;

interface Abuse {
  readonly name: string;
  readonly body: string;
  readonly status: number;
  readonly code: string;
}

const json = (query: string, variables: Record<string, unknown> = {}) =>
  JSON.stringify({ query, variables });

const ABUSES: readonly Abuse[] = [
  {
    name: 'deep',
    body: json(
      `{ __type(name: "Entity") { fields { type { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } }`,
    ),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'aliased',
    body: json(many(50, (i) => `s${String(i)}: search(query: "shenzhen") { score }`)),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'huge first',
    body: json('{ search(query: "a", first: 1000000) { score entity { id name } } }'),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'huge first in a variable',
    body: json('query ($n: Int) { search(query: "a", first: $n) { score entity { id } } }', {
      n: 1_000_000,
    }),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'aliased expensive fields',
    body: json(
      many(
        15,
        (i) =>
          `n${String(i)}: neighborhood(id: "aws", depth: 3, first: 200) { entities { id kind name aliases country description citation effective sources { id title publisher url published } } relationships { id type from to status start end note covers service share citation score explanation sources { id title publisher url published } } }`,
      ),
    ),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'long',
    body: json(many(2000, (i) => `t${String(i)}: __typename`)),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'batched',
    body: JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ __typename }' }))),
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'wide: every field of a large result, twice over through fragments',
    body: json(
      `{ accessPaths(first: 500, maxHops: 8) { ...P ...P paths { ...Q } } } fragment P on AccessPathResult { paths { ...Q } subgraph { entities { id kind name aliases country description sources { id title publisher url } } relationships { id type from to status note sources { id title url } } } } fragment Q on AccessPath { endUser provider capability entities relationships intermediaries hops indirect avoidsDirectContact validFrom validTo coexisted weakestStatus }`,
    ),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'maxHops beyond a 32-bit integer',
    body: json('{ accessPaths(maxHops: 99999999999) { truncated } }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'huge maxHops: clamped to 8, and answered',
    body: json('{ accessPaths(maxHops: 2147483647, first: 5) { truncated } }'),
    status: 200,
    code: '',
  },
  {
    name: 'first: huge negative',
    body: json('{ search(query: "a", first: -2147483648) { score } }'),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'directives flood',
    body: json(`{ __typename ${'@skip(if: false) '.repeat(60)}}`),
    status: 400,
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'fragment cycle',
    body: json('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    name: 'malformed JSON',
    body: '{"query": "{ __typename }", "variables": {',
    status: 400,
    code: 'BAD_REQUEST',
  },
  {
    name: 'malformed GraphQL',
    body: json('{ search(query: "a" { score } '),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
  },
  {
    name: 'a variable of the wrong type',
    body: json('query ($n: Int) { search(query: "a", first: $n) { score } }', { n: 'NaN' }),
    status: 400,
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'oversized',
    body: json('{ __typename }', { padding: 'x'.repeat(120_000) }),
    status: 413,
    code: 'REQUEST_ENTITY_TOO_LARGE',
  },
];

interface Answer {
  readonly status: number;
  readonly ms: number;
  readonly body: { data?: unknown; errors?: { extensions?: { code?: string } }[] };
}

async function post(body: string): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const answer = (await response.json()) as Answer['body'];
  return { status: response.status, ms: performance.now() - started, body: answer };
}

const INTROSPECTION: Abuse = {
  name: 'introspection flood',
  body: json(getIntrospectionQuery()),
  status: 200,
  code: '',
};
const HOSTILE = [...ABUSES, INTROSPECTION];
const TRIVIAL: Abuse = { name: 'trivial', body: json('{ __typename }'), status: 200, code: '' };

/** Requests kept in flight by the other client. */
const CONCURRENCY = 16;
/** Searches the normal client sends, one after another, in each phase. */
const SEARCHES = 30;
/**
 * The normal client's median latency beside the abusive client may be at most this many times
 * its median beside the benign one. Refusing a hostile request costs about as much as answering
 * { __typename }; the factor leaves room for a shared, noisy machine.
 */
const MAX_SLOWDOWN = 4;

const SEARCH = json(
  'query ($q: String!) { search(query: $q, first: 10) { score entity { id name } } }',
  { q: 'shenzhen' },
);

interface Phase {
  readonly searches: Answer[];
  readonly others: { abuse: Abuse; answer: Answer }[];
}

/** The normal client's searches while another client keeps CONCURRENCY requests from `mix` in flight. */
async function phase(mix: readonly Abuse[]): Promise<Phase> {
  let done = false;
  let next = 0;
  const others: Phase['others'] = [];
  const other = async (): Promise<void> => {
    while (!done) {
      const abuse = mix[next++ % mix.length] ?? TRIVIAL;
      others.push({ abuse, answer: await post(abuse.body) });
    }
  };
  const load = Array.from({ length: CONCURRENCY }, other);
  const searches: Answer[] = [];
  for (let i = 0; i < SEARCHES; i++) searches.push(await post(SEARCH));
  done = true;
  await Promise.all(load);
  return { searches, others };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function expectAnswered(abuse: Abuse, answer: Answer): void {
  expect({
    name: abuse.name,
    status: answer.status,
    code: answer.body.errors?.[0]?.extensions?.code ?? '',
  }).toEqual({ name: abuse.name, status: abuse.status, code: abuse.code });
  if (abuse.status !== 200) expect(answer.body.data ?? null).toBeNull();
}

describe('an abusive client beside a normal one', () => {
  it('refuses every abusive request with its code, and the normal client barely notices', async () => {
    // Warm up: compile every code path once, so neither phase pays for it.
    for (const abuse of [...HOSTILE, TRIVIAL]) expectAnswered(abuse, await post(abuse.body));
    for (let i = 0; i < 5; i++) expect((await post(SEARCH)).status).toBe(200);

    const baseline = await phase([TRIVIAL]);
    const abused = await phase(HOSTILE);

    expect(abused.others.length).toBeGreaterThanOrEqual(HOSTILE.length);
    for (const { abuse, answer } of [...baseline.others, ...abused.others]) {
      expectAnswered(abuse, answer);
    }
    for (const answer of [...baseline.searches, ...abused.searches]) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data).toMatchObject({
        search: expect.arrayContaining([expect.anything()]) as unknown,
      });
    }
    const before = median(baseline.searches.map((a) => a.ms));
    const during = median(abused.searches.map((a) => a.ms));
    console.info(
      `normal search median: ${before.toFixed(1)} ms beside ${String(baseline.others.length)} trivial requests, ` +
        `${during.toFixed(1)} ms beside ${String(abused.others.length)} hostile ones (×${(during / before).toFixed(2)})`,
    );
    expect(during).toBeLessThanOrEqual(MAX_SLOWDOWN * before);
  });
});
