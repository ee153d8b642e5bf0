import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../test/testDatabase.ts';
import { chainDataset } from '../test/fixtures.ts';
import { importDataset } from './modules/datasets/repository.ts';
import { createSchema } from './schema.ts';
import { createDetourYoga } from './yoga.ts';

const database = useTestDatabase();

interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; argument?: string } }[];
}

async function graphql(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse> {
  const yoga = createDetourYoga({ schema: createSchema(), db: database.db, production: true });
  const response = await yoga.fetch('http://detour.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse;
}

beforeAll(async () => {
  await importDataset(database.db, chainDataset);
});

describe('entity(id)', () => {
  it('returns the entity with its kind, aliases and sources', async () => {
    const result = await graphql(`
      {
        entity(id: "shenzhen-university") {
          id
          kind
          name
          aliases
          country
          sources {
            id
            publisher
            url
          }
        }
      }
    `);
    expect(result.errors).toBeUndefined();
    expect(result.data?.['entity']).toEqual({
      id: 'shenzhen-university',
      kind: 'END_USER',
      name: 'Shenzhen University',
      aliases: ['深圳大学'],
      country: 'CN',
      sources: [{ id: 's1', publisher: 'Reuters', url: 'https://example.org/reuters' }],
    });
  });

  it('returns null for an unknown id', async () => {
    const result = await graphql(`
      {
        entity(id: "nobody") {
          id
        }
      }
    `);
    expect(result.data).toEqual({ entity: null });
  });
});

describe('search(query)', () => {
  const names = async (query: string, extra = ''): Promise<string[]> => {
    const result = await graphql(
      `query ($q: String!) { search(query: $q${extra}) { entity { id } score } }`,
      { q: query },
    );
    expect(result.errors).toBeUndefined();
    return (result.data?.['search'] as { entity: { id: string } }[]).map((hit) => hit.entity.id);
  };

  it('finds by name prefix, alias and CJK name', async () => {
    expect((await names('shenz'))[0]).toBe('shenzhen-university');
    expect(await names('AWS')).toContain('aws');
    expect(await names('深圳大学')).toEqual(['shenzhen-university']);
    expect(await names('深圳')).toEqual(['shenzhen-university']);
    expect(await names('实验室')).toEqual(['zhejiang-lab']);
  });

  it('filters by kind', async () => {
    expect(await names('nvidia', ', kinds: [CHIP]')).toEqual(
      expect.arrayContaining(['nvidia-h100', 'nvidia-a100']),
    );
    expect(await names('shenzhen', ', kinds: [CHIP]')).toEqual([]);
  });

  it('treats Lucene and Cypher syntax in the query as plain text', async () => {
    const before = await database.counts();
    for (const hostile of [
      '") OR 1=1 //',
      'name:*',
      '*',
      'AND',
      '\\',
      "'}) MATCH (n) DETACH DELETE n //",
    ]) {
      await names(hostile);
    }
    expect(await database.counts()).toEqual(before);
    expect((await names('shenzhen'))[0]).toBe('shenzhen-university');
  });

  it('rejects an empty or oversized query naming the argument', async () => {
    const result = await graphql(`
      {
        search(query: "   ") {
          score
        }
      }
    `);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'query',
    });
    const tooMany = await graphql(`
      {
        search(query: "aws", first: 1000) {
          score
        }
      }
    `);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'first',
    });
  });
});

describe('neighborhood(id)', () => {
  const query = `query ($id: ID!, $depth: Int) {
    neighborhood(id: $id, depth: $depth) {
      entities { id kind }
      relationships { id type from to status start amount { value currency } covers sources { id } }
      truncated
    }
  }`;

  it('draws the chain from Shenzhen University to the H100, every edge sourced', async () => {
    const result = await graphql(query, { id: 'shenzhen-university', depth: 3 });
    expect(result.errors).toBeUndefined();
    const graph = result.data?.['neighborhood'] as {
      entities: { id: string }[];
      relationships: { id: string; sources: unknown[] }[];
      truncated: boolean;
    };
    expect(graph.entities.map((e) => e.id)).toEqual(
      expect.arrayContaining([
        'shenzhen-university',
        'yunda-technology',
        'aws',
        'nvidia-h100',
        'nvidia-a100',
      ]),
    );
    expect(graph.relationships.map((r) => r.id)).toEqual(
      expect.arrayContaining(['szu-yunda', 'yunda-aws', 'aws-h100']),
    );
    expect(graph.relationships.every((r) => r.sources.length > 0)).toBe(true);
    expect(graph.relationships.find((r) => r.id === 'szu-yunda')).toMatchObject({
      type: 'BUYS_FROM',
      from: 'shenzhen-university',
      to: 'yunda-technology',
      status: 'REPORTED',
      start: '2024-03',
      amount: { value: 200000, currency: 'CNY' },
      covers: ['nvidia-a100', 'nvidia-h100'],
    });
    expect(graph.truncated).toBe(false);
  });

  it('stops at the requested depth', async () => {
    const result = await graphql(query, { id: 'shenzhen-university', depth: 1 });
    const graph = result.data?.['neighborhood'] as { entities: { id: string }[] };
    expect(graph.entities.map((e) => e.id).sort()).toEqual([
      'shenzhen-university',
      'yunda-technology',
    ]);
  });

  it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a depth out of range', async () => {
    const missing = await graphql(query, { id: 'nobody', depth: 1 });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const deep = await graphql(query, { id: 'aws', depth: 9 });
    expect(deep.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'depth',
    });
  });
});

describe('neighborhood on a hub', () => {
  const query = `query ($offset: Int, $statuses: [Status!], $until: String) {
    neighborhood(id: "aws", depth: 1, first: 1, offset: $offset, types: [BUYS_FROM], statuses: $statuses, until: $until) {
      entities { id }
      groups { entity type total shown }
      truncated
    }
  }`;
  type Result = {
    neighborhood: { entities: { id: string }[]; groups: unknown[]; truncated: boolean };
  };

  it('returns one page per relationship type with the total, and the next page with offset', async () => {
    const first = await graphql(query, { offset: 0 });
    const page1 = first.data as unknown as Result;
    expect(page1.neighborhood.groups).toEqual([
      { entity: 'aws', type: 'BUYS_FROM', total: 2, shown: 1 },
    ]);
    expect(page1.neighborhood.truncated).toBe(true);
    const second = (await graphql(query, { offset: 1 })).data as unknown as Result;
    const ids = [...page1.neighborhood.entities, ...second.neighborhood.entities].map((e) => e.id);
    expect(new Set(ids)).toEqual(new Set(['aws', 'yunda-technology', 'zhejiang-lab']));
  });

  it('filters by status and date', async () => {
    const planned = (await graphql(query, { statuses: ['PLANNED'] })).data as unknown as Result;
    expect(planned.neighborhood.entities.map((e) => e.id)).toEqual(['aws', 'zhejiang-lab']);
    const early = (await graphql(query, { until: '2024-03-31' })).data as unknown as Result;
    expect(early.neighborhood.entities.map((e) => e.id)).toEqual(['aws', 'yunda-technology']);
    const bad = await graphql(query, { until: 'March' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'until',
    });
  });
});

describe('importDataset', () => {
  it('is idempotent: importing the same dataset again changes nothing', async () => {
    const before = await database.counts();
    const snapshot = await database.db.read('MATCH (n:Entity) RETURN n ORDER BY n.id');
    await importDataset(database.db, chainDataset);
    expect(await database.counts()).toEqual(before);
    expect(await database.db.read('MATCH (n:Entity) RETURN n ORDER BY n.id')).toEqual(snapshot);
  });
});
