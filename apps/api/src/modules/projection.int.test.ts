/**
 * accessPaths and neighborhood read only the properties their selection asks for
 * (projection.ts); these tests check that they answer the same as the fields that read whole
 * nodes and relationships (entity, and shortestPath's subgraph).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { chainDataset } from '../../test/fixtures.ts';
import { useTestDatabase } from '../../test/testDatabase.ts';
import { createSchema } from '../schema.ts';
import { createDetourYoga } from '../yoga.ts';
import { importDataset } from './datasets/repository.ts';

const database = useTestDatabase();

async function graphql(query: string, variables: Record<string, unknown> = {}) {
  const yoga = createDetourYoga({ schema: createSchema(), db: database.db, production: true });
  const response = await yoga.fetch('http://detour.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data ?? {};
}

/** Every field of Entity and of Relationship. */
const ENTITY = 'id kind name aliases country description citation effective sources { id url }';
const RELATIONSHIP = `id type from to status start end note covers service share citation score
  explanation amount { value currency unit } quantity { value currency unit } sources { id title }`;

interface Row {
  readonly id: string;
  readonly from?: string;
  readonly to?: string;
}

/** Each entity and relationship equals the one read whole (entity, shortestPath's subgraph). */
async function expectSameAsWhole(subgraph: { entities: Row[]; relationships: Row[] }) {
  for (const entity of subgraph.entities) {
    const whole = await graphql(`query ($id: ID!) { entity(id: $id) { ${ENTITY} } }`, {
      id: entity.id,
    });
    expect(entity).toEqual(whole['entity']);
  }
  for (const relationship of subgraph.relationships) {
    const whole = await graphql(
      `query ($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to, maxHops: 1) {
        subgraph { relationships { ${RELATIONSHIP} } } } }`,
      { from: relationship.from, to: relationship.to },
    );
    const rels = (whole['shortestPath'] as { subgraph: { relationships: Row[] } }).subgraph
      .relationships;
    expect(relationship).toEqual(rels.find((r) => r.id === relationship.id));
  }
}

const PAIR = { from: 'shenzhen-university', to: 'nvidia-h100' };

beforeAll(async () => {
  await importDataset(database.db, chainDataset);
});

describe('accessPaths reads what its selection asks for, and answers the same', () => {
  it('with every field selected, each entity and relationship equals the one read whole', async () => {
    const data = await graphql(
      `query ($from: ID, $to: ID) { accessPaths(from: $from, to: $to, indirectOnly: false) {
        subgraph { entities { ${ENTITY} } relationships { ${RELATIONSHIP} } } } }`,
      PAIR,
    );
    const { subgraph } = data['accessPaths'] as {
      subgraph: { entities: Row[]; relationships: Row[] };
    };
    expect(subgraph.entities.length).toBeGreaterThan(2);
    expect(subgraph.relationships.length).toBeGreaterThan(1);
    await expectSameAsWhole(subgraph);
    // The chain has an amount, covers and a note on its paths: the projection read them.
    expect(JSON.stringify(subgraph.relationships)).toContain('"currency":"CNY"');
  });

  it('with a few fields selected, through fragments and aliases, answers those the same', async () => {
    const whole = await graphql(
      `query ($from: ID, $to: ID) { accessPaths(from: $from, to: $to) {
        paths { entities relationships hops weakestStatus validFrom validTo coexisted avoidsDirectContact }
        subgraph { entities { ${ENTITY} } relationships { ${RELATIONSHIP} } } } }`,
      PAIR,
    );
    const few = await graphql(
      `
        query ($from: ID, $to: ID) {
          accessPaths(from: $from, to: $to) {
            paths {
              entities
              relationships
              hops
              weakestStatus
              validFrom
              validTo
              coexisted
              avoidsDirectContact
            }
            subgraph {
              entities {
                ...Named
              }
              relationships {
                id
                ... on Relationship {
                  kind: type
                }
              }
            }
          }
        }
        fragment Named on Entity {
          id
          label: name
        }
      `,
      PAIR,
    );
    type Answer = {
      paths: unknown[];
      subgraph: { entities: Record<string, unknown>[]; relationships: Record<string, unknown>[] };
    };
    const a = whole['accessPaths'] as Answer;
    const b = few['accessPaths'] as Answer;
    expect(b.paths).toEqual(a.paths);
    expect(b.subgraph.entities).toEqual(
      a.subgraph.entities.map((e) => ({ id: e['id'], label: e['name'] })),
    );
    expect(b.subgraph.relationships).toEqual(
      a.subgraph.relationships.map((r) => ({ id: r['id'], kind: r['type'] })),
    );
  });
});

describe('neighborhood reads what its selection asks for, and answers the same', () => {
  it('with every field selected, at depth 2, each entity and relationship equals the one read whole', async () => {
    const data = await graphql(
      `{ neighborhood(id: "yunda-technology", depth: 2) {
        entities { ${ENTITY} } relationships { ${RELATIONSHIP} } } }`,
    );
    const answer = data['neighborhood'] as { entities: Row[]; relationships: Row[] };
    expect(answer.entities[0]?.id).toBe('yunda-technology');
    expect(answer.entities.length).toBeGreaterThan(3);
    await expectSameAsWhole(answer);
  });

  it('with a few fields selected, answers those the same, groups and paging included', async () => {
    const query = (entity: string, relationship: string) =>
      `{ neighborhood(id: "aws", depth: 2, first: 1, offset: 1) { truncated
        groups { entity type total shown } entities { ${entity} } relationships { ${relationship} } } }`;
    const whole = (await graphql(query(ENTITY, RELATIONSHIP)))['neighborhood'] as {
      truncated: boolean;
      groups: unknown[];
      entities: Record<string, unknown>[];
      relationships: Record<string, unknown>[];
    };
    const few = (await graphql(query('id name', 'id from')))['neighborhood'];
    expect(few).toEqual({
      truncated: whole.truncated,
      groups: whole.groups,
      entities: whole.entities.map((e) => ({ id: e['id'], name: e['name'] })),
      relationships: whole.relationships.map((r) => ({ id: r['id'], from: r['from'] })),
    });
    expect(whole.groups.length).toBeGreaterThan(1);
  });
});
