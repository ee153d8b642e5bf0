/**
 * accessPaths reads only the properties its selection asks for (modules/projection.ts); these
 * tests check that the answers are the same as those of the fields that read whole nodes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { chainDataset } from '../../../test/fixtures.ts';
import { useTestDatabase } from '../../../test/testDatabase.ts';
import { createSchema } from '../../schema.ts';
import { createDetourYoga } from '../../yoga.ts';
import { importDataset } from '../datasets/repository.ts';

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
    for (const entity of subgraph.entities) {
      const whole = await graphql(`query ($id: ID!) { entity(id: $id) { ${ENTITY} } }`, {
        id: entity.id,
      });
      expect(entity).toEqual(whole['entity']);
    }
    for (const relationship of subgraph.relationships) {
      const whole = await graphql(
        `query ($id: ID!) { neighborhood(id: $id, first: 200) { relationships { ${RELATIONSHIP} } } }`,
        { id: relationship.from },
      );
      const rels = (whole['neighborhood'] as { relationships: Row[] }).relationships;
      expect(relationship).toEqual(rels.find((r) => r.id === relationship.id));
    }
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
