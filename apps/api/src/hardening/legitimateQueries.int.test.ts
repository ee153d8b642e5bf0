/**
 * The limits must never get in an investigator's way: every operation the explorer sends, every
 * GraphiQL example, and the largest query each field documents, run for real and answer in full.
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { chainDataset } from '../../test/fixtures.ts';
import { postJson } from '../../test/inProcess.ts';
import { useTestDatabase } from '../../test/testDatabase.ts';
import { EXAMPLE_TABS } from '../graphiql/examples.ts';
import { importDataset } from '../modules/datasets/repository.ts';
import { createSchema } from '../schema.ts';
import { createDetourYoga } from '../yoga.ts';

const database = useTestDatabase();
const schema = createSchema();
const yoga = createDetourYoga({ schema, db: database.db, production: true });
const hasField = (field: string) => field in (schema.getQueryType()?.getFields() ?? {});

// The explorer's documents, read at run time so that the API does not build against web code.
const WEB_GRAPHQL = new URL('../../../web/src/graphql/', import.meta.url);
const operations: Record<string, unknown> = {};
for (const file of ['operations.ts', 'pathOperations.ts']) {
  if (!existsSync(new URL(file, WEB_GRAPHQL))) continue;
  Object.assign(operations, await import(/* @vite-ignore */ new URL(file, WEB_GRAPHQL).href));
}

/** The explorer's operations at the largest sizes the schema allows. */
const EXPLORER_VARIABLES: Readonly<Record<string, Record<string, unknown>>> = {
  SEARCH: { query: 'shenz', kinds: ['END_USER', 'CHIP'], first: 100 },
  SEARCH_ENTITIES: { query: 'rule', kinds: ['REGULATION', 'CLOUD_PROVIDER'], first: 100 },
  NEIGHBORHOOD: { id: 'shenzhen-university', depth: 3, first: 200 },
  ENTITY: { id: 'shenzhen-university' },
  PING: {},
  ACCESS_PATHS: {
    from: 'shenzhen-university',
    maxHops: 8,
    indirectOnly: false,
    first: 500,
    withEndUsers: true,
  },
  CHOKEPOINTS: { first: 100 },
  // The explorer's page sizes (apps/web/src/features/whatif/useWhatIf.ts, exposure/useExposure.ts).
  WHAT_IF: { remove: ['yunda-technology'], lostFirst: 25, keptFirst: 25 },
  PROVIDER_EXPOSURE: { provider: 'aws', first: 25, pathsEach: 3, channels: 20 },
};

const ENTITY = `id kind name aliases country description citation effective
  sources { id title publisher url published }`;
const RELATIONSHIP = `id type from to status start end amount { value currency unit }
  quantity { value currency unit } note covers service share citation score explanation
  sources { id title publisher url published }`;
const SUBGRAPH = `subgraph { entities { ...E } relationships { ...R } truncated }`;
const PATH = `endUser provider capability entities relationships intermediaries hops indirect
  avoidsDirectContact validFrom validTo coexisted weakestStatus`;
const FRAGMENTS: Readonly<Record<string, string>> = {
  '...E': `fragment E on Entity { ${ENTITY} }`,
  '...R': `fragment R on Relationship { ${RELATIONSHIP} }`,
};
/** The query with the fragments it spreads. */
const withFragments = (query: string): string =>
  [
    query,
    ...Object.entries(FRAGMENTS)
      .filter(([spread]) => query.includes(spread))
      .map(([, f]) => f),
  ].join('\n');

/** Each field at its documented maximum, every field selected, through fragments (the costliest). */
const LARGEST: readonly { field: string; query: string }[] = [
  { field: 'search', query: `{ search(query: "a", first: 100) { score entity { ...E } } }` },
  {
    field: 'neighborhood',
    query: `{ neighborhood(id: "aws", depth: 3, first: 200) { entities { ...E } relationships { ...R } truncated } }`,
  },
  {
    field: 'accessPaths',
    query: `{ accessPaths(maxHops: 8, indirectOnly: false, first: 500) { paths { ${PATH} } ${SUBGRAPH} truncated endCursor endUsers } }`,
  },
  {
    field: 'chokepoints',
    query: `{ chokepoints(first: 100) { items { entity { ...E } endUsersThrough endUsersDependent dependentEndUsers(first: 1000) } totalCount endUsersWithAccess pageInfo { endCursor hasNextPage } complete } }`,
  },
  {
    field: 'whatIf',
    query: `{ whatIf(remove: ["yunda-technology"]) { removed { ...E } lost(first: 100) { ...C } kept(first: 100) { ...C } lostByCapability { capability { ...E } endUsers } complete } } fragment C on AccessChangePage { items { endUser { ...E } capability { ...E } pathsBefore pathsAfter remainingPath { ${PATH} } } totalCount endUsers pageInfo { endCursor hasNextPage } ${SUBGRAPH} }`,
  },
  {
    field: 'providerExposure',
    query: `{ providerExposure(provider: "aws") { provider { ...E } endUsers(first: 200, pathsEach: 20) { items { endUser { ...E } controlLists { ...E } listed pathCount paths { ${PATH} } } totalCount pageInfo { endCursor hasNextPage } ${SUBGRAPH} } endUsersReaching listedEndUsers channels(first: 100) { entity { ...E } endUsers listedEndUsers } complete } }`,
  },
];

beforeAll(async () => {
  await importDataset(database.db, chainDataset);
});

async function expectAnswered(query: string, variables: Record<string, unknown> = {}) {
  const result = await postJson(yoga, { query, variables });
  expect(result.errors, query).toEqual([]);
  expect(result.status).toBe(200);
  expect(result.data).toBeTypeOf('object');
}

describe('legitimate operations pass every limit', () => {
  it.each(Object.keys(operations))('the explorer’s %s', async (name) => {
    const variables = EXPLORER_VARIABLES[name];
    expect(variables, `add the largest variables of ${name} to EXPLORER_VARIABLES`).toBeDefined();
    await expectAnswered(String(operations[name]), variables);
  });

  it.each(EXAMPLE_TABS.filter((tab) => hasField(tab.field)).map((tab) => [tab.field, tab]))(
    'GraphiQL’s %s example',
    async (_field, tab) => {
      await expectAnswered(tab.query);
    },
  );

  it.each(LARGEST.filter((q) => hasField(q.field)).map((q) => [q.field, q.query]))(
    'the largest %s the schema documents',
    async (_field, query) => {
      await expectAnswered(withFragments(query));
    },
  );
});
