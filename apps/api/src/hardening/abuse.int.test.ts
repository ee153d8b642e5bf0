/**
 * An abusive client and a normal one on the same server, over real HTTP: 200 concurrent hostile
 * requests (deep, aliased, huge `first`, long, batched, oversized) are all refused with a code,
 * an introspection flood is answered, and the normal client's searches all succeed meanwhile.
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

describe('an abusive client beside a normal one', () => {
  it('refuses every abusive request with its code while every normal search succeeds', async () => {
    const search = json(
      'query ($q: String!) { search(query: $q, first: 10) { score entity { id name } } }',
      {
        q: 'shenzhen',
      },
    );
    expect((await post(search)).status).toBe(200); // the normal client was here first
    const normal = (async () => {
      const answers: Answer[] = [];
      for (let i = 0; i < 25; i++) answers.push(await post(search));
      return answers;
    })();
    const abusive = Promise.all(
      Array.from({ length: 200 }, async (_, i) => {
        const abuse = ABUSES[i % ABUSES.length] ?? ABUSES[0];
        return { abuse, answer: await post(abuse?.body ?? '') };
      }),
    );
    const introspection = Promise.all(
      Array.from({ length: 100 }, () => post(json(getIntrospectionQuery()))),
    );

    for (const { abuse, answer } of await abusive) {
      expect({
        name: abuse?.name,
        status: answer.status,
        code: answer.body.errors?.[0]?.extensions?.code,
      }).toEqual({
        name: abuse?.name,
        status: abuse?.status,
        code: abuse?.code,
      });
      expect(answer.body.data ?? null).toBeNull();
    }
    for (const answer of await introspection) expect(answer.status).toBe(200);
    const searches = await normal;
    console.info(`normal searches (ms): ${searches.map((a) => Math.round(a.ms)).join(' ')}`);
    for (const answer of searches) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data).toMatchObject({
        search: expect.arrayContaining([expect.anything()]) as unknown,
      });
      expect(answer.ms).toBeLessThan(2_000);
    }
  });
});
