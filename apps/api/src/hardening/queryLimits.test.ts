import { describe, expect, it } from 'vitest';
import { hardenedYoga, postJson, type HttpResult } from '../../test/inProcess.ts';
import { QUERY_LIMITS } from './queryLimits.ts';

const yoga = hardenedYoga();

/** `__type` is not exempt from the depth limit (only `__schema` is) and never touches the DB. */
function typeQueryOfDepth(depth: number): string {
  let selection = 'name'; // __type › fields › type › name is 4 deep; each ofType adds one
  for (let level = 4; level < depth; level++) selection = `ofType { ${selection} }`;
  return `{ __type(name: "Entity") { fields { type { ${selection} } } } }`;
}

const aliases = (n: number): string =>
  `{ ${Array.from({ length: n }, (_, i) => `a${String(i)}: __type(name: "Entity") { name }`).join(' ')} }`;

const directives = (n: number): string =>
  `{ ${Array.from({ length: n }, () => '__typename @include(if: true)').join(' ')} }`;

/**
 * A valid document of exactly n tokens: braces, aliased __typename (3 tokens each; aliases of
 * __typename are not counted as aliases) and up to two plain ones.
 */
function tokens(n: number): string {
  const aliased = Math.floor((n - 2) / 3);
  const plain = n - 2 - 3 * aliased;
  const fields = Array.from({ length: aliased }, (_, i) => `t${String(i)}: __typename`);
  return `{ ${[...fields, ...Array<string>(plain).fill('__typename')].join(' ')} }`;
}

const ENTITY =
  'id kind name aliases country description citation effective sources { id title publisher url published }';
const RELATIONSHIP =
  'id type from to status start end amount { value currency unit } quantity { value currency unit } note covers service share citation score explanation sources { id title publisher url published }';

function expectRejected(result: HttpResult): void {
  expect(result.status).toBe(400);
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
  expect(result.errors[0]?.message).toMatch(/^Query too complex: /);
  // exposeLimits: false: the message names the limit, never its value.
  expect(result.errors[0]?.message).not.toMatch(/\d/);
  expect(result.data).toBeUndefined();
}

function expectAccepted(result: HttpResult): void {
  expect(result.errors).toEqual([]);
  expect(result.status).toBe(200);
}

describe('query limits (QUERY_TOO_COMPLEX, HTTP 400, before anything runs)', () => {
  it(`depth: ${String(QUERY_LIMITS.maxDepth)} levels pass, one more is rejected`, async () => {
    expectAccepted(await postJson(yoga, { query: typeQueryOfDepth(QUERY_LIMITS.maxDepth) }));
    expectRejected(await postJson(yoga, { query: typeQueryOfDepth(QUERY_LIMITS.maxDepth + 1) }));
  });

  it(`aliases: ${String(QUERY_LIMITS.maxAliases)} pass, one more is rejected`, async () => {
    expectAccepted(await postJson(yoga, { query: aliases(QUERY_LIMITS.maxAliases) }));
    expectRejected(await postJson(yoga, { query: aliases(QUERY_LIMITS.maxAliases + 1) }));
  });

  it(`directives: ${String(QUERY_LIMITS.maxDirectives)} pass, one more is rejected`, async () => {
    expectAccepted(await postJson(yoga, { query: directives(QUERY_LIMITS.maxDirectives) }));
    expectRejected(await postJson(yoga, { query: directives(QUERY_LIMITS.maxDirectives + 1) }));
  });

  it(`tokens: ${String(QUERY_LIMITS.maxTokens)} pass, one more is rejected`, async () => {
    expectAccepted(await postJson(yoga, { query: tokens(QUERY_LIMITS.maxTokens) }));
    expectRejected(await postJson(yoga, { query: tokens(QUERY_LIMITS.maxTokens + 1) }));
  });

  it('cost: a huge literal `first` is rejected', async () => {
    expectRejected(
      await postJson(yoga, {
        query: '{ search(query: "shenzhen", first: 100000) { score entity { id name } } }',
      }),
    );
  });

  it('cost: a huge `first` in a variable, or in a variable default, is rejected too', async () => {
    const query = `query ($n: Int) { search(query: "shenzhen", first: $n) { score entity { id name } } }`;
    expectRejected(await postJson(yoga, { query, variables: { n: 100_000 } }));
    expectRejected(await postJson(yoga, { query: query.replace('Int)', 'Int = 100000)') }));
  });

  it('cost: the same operation is judged again for each size it is sent with', async () => {
    const query = `query ($n: Int, $q: String!) { search(query: $q, first: $n) { score entity { id name } } }`;
    for (let round = 0; round < 2; round++) {
      expectRejected(await postJson(yoga, { query, variables: { n: 100_000, q: 'a' } }));
      // A small size passes the limits and reaches the resolver (whose database this test lacks).
      const small = await postJson(yoga, { query, variables: { n: 5, q: `b${String(round)}` } });
      expect(small.status).toBe(200);
      expect(small.errors[0]).toMatchObject({ path: ['search'] });
      expectRejected(await postJson(yoga, { query, variables: { n: 100_000, q: 'c' } }));
    }
  });

  it('cost: aliases cannot multiply an expensive field past the limit', async () => {
    // Each costs about 26,000 (first 200 times every field); eight pass 200,000.
    const neighborhood = (i: number) =>
      `n${String(i)}: neighborhood(id: "aws", depth: 3, first: 200) { entities { ${ENTITY} } relationships { ${RELATIONSHIP} } truncated }`;
    const query = `{ ${Array.from({ length: 8 }, (_, i) => neighborhood(i)).join(' ')} }`;
    expectRejected(await postJson(yoga, { query }));
  });

  it('hides field suggestions in validation errors', async () => {
    const result = await postJson(yoga, { query: '{ entiti(id: "x") { id } }' });
    expect(result.status).toBe(400);
    expect(result.errors[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors[0]?.message).not.toMatch(/Did you mean|"entity"/);
  });

  it('leaves introspection alone: GraphiQL’s full schema query passes every limit', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    const result = await postJson(yoga, { query });
    expectAccepted(result);
    expect(result.text).toContain('"name":"Entity"');
  });
});
