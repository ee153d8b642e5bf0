import { beforeAll, describe, expect, it } from 'vitest';
import { chainDataset } from '../../../test/fixtures.ts';
import { dataCounts, graphqlClient, testAuth, TOKENS } from '../../../test/graphqlClient.ts';
import { useTestDatabase } from '../../../test/testDatabase.ts';
import { importDataset } from '../datasets/repository.ts';

const database = useTestDatabase();
const client = graphqlClient(database.db, testAuth());
const asEditor = (query: string, variables: Record<string, unknown> = {}) =>
  client(query, variables, TOKENS.alice);

const UPSERT_ENTITY = `mutation ($input: EntityInput!) {
  upsertEntity(input: $input) { created changed entity { id kind name aliases country sources { id url } } }
}`;
const UPSERT_RELATIONSHIP = `mutation ($input: RelationshipInput!) {
  upsertRelationship(input: $input) {
    created changed
    relationship { id type from to status start amount { value currency } sources { id } }
  }
}`;
const ENTITY = `query ($id: ID!) { entity(id: $id) { id kind name aliases country sources { id } } }`;
const NEIGHBORHOOD = `query ($id: ID!) {
  neighborhood(id: $id) { entities { id } relationships { id type from to status sources { id } } }
}`;

const inspur = {
  id: 'inspur',
  kind: 'VENDOR',
  name: 'Inspur',
  aliases: ['浪潮'],
  country: 'CN',
  newSources: [
    {
      id: 'bis-2023',
      title: 'Entity List additions',
      publisher: 'BIS',
      url: 'https://example.org/bis',
    },
  ],
};

beforeAll(async () => {
  await importDataset(database.db, chainDataset);
});

describe('upsertSource', () => {
  it('stores a source, which records can then cite', async () => {
    const result = await asEditor(
      `mutation ($input: SourceInput!) { upsertSource(input: $input) { created changed source { id url published } } }`,
      {
        input: {
          id: 'ft-2024',
          title: 'GPU brokers',
          publisher: 'FT',
          url: 'https://example.org/ft',
          published: '2024-05',
        },
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.['upsertSource']).toEqual({
      created: true,
      changed: true,
      source: { id: 'ft-2024', url: 'https://example.org/ft', published: '2024-05' },
    });
  });
});

describe('upsertEntity', () => {
  it('creates an entity with a new source, which reads back through entity(id)', async () => {
    const result = await asEditor(UPSERT_ENTITY, { input: inspur });
    expect(result.errors).toBeUndefined();
    expect(result.data?.['upsertEntity']).toMatchObject({ created: true, changed: true });
    const read = await client(ENTITY, { id: 'inspur' });
    expect(read.data?.['entity']).toEqual({
      id: 'inspur',
      kind: 'VENDOR',
      name: 'Inspur',
      aliases: ['浪潮'],
      country: 'CN',
      sources: [{ id: 'bis-2023' }],
    });
  });

  it('changes nothing when the same entity is upserted again', async () => {
    const before = await dataCounts(database.db);
    const snapshot = await database.db.read(
      'MATCH (n:Entity {id: "inspur"}) RETURN n, labels(n) AS labels',
    );
    const result = await asEditor(UPSERT_ENTITY, { input: inspur });
    expect(result.data?.['upsertEntity']).toMatchObject({ created: false, changed: false });
    expect(
      await database.db.read('MATCH (n:Entity {id: "inspur"}) RETURN n, labels(n) AS labels'),
    ).toEqual(snapshot);
    // Only the two audit entries (the entity and its source, both UNCHANGED) are new.
    expect(await dataCounts(database.db)).toEqual({ ...before, audit: before.audit + 2 });
  });

  it('replaces an entity, keeping the dataset it came from', async () => {
    const result = await asEditor(UPSERT_ENTITY, {
      input: {
        id: 'aws',
        kind: 'CLOUD_PROVIDER',
        name: 'Amazon Web Services',
        aliases: ['AWS', 'Amazon'],
        country: 'US',
        sources: ['s1', 'ft-2024'],
      },
    });
    expect(result.data?.['upsertEntity']).toMatchObject({ created: false, changed: true });
    const [row] = await database.db.read(
      'MATCH (n:Entity {id: "aws"}) RETURN n.datasetId AS dataset, n.searchText AS text',
    );
    // The edit's names are searchable at once, normalised as search normalises what is typed.
    expect(row).toEqual({ dataset: 'test-chain', text: 'amazon web services\naws\namazon' });
    const search = await client('{ search(query: "amazon") { entity { id } } }');
    expect(search.data?.['search']).toEqual([{ entity: { id: 'aws' } }]);
  });
});

describe('upsertRelationship', () => {
  const input = {
    id: 'inspur-h100',
    type: 'MAKES',
    from: 'inspur',
    to: 'nvidia-h100',
    status: 'ALLEGED',
    start: '2023',
    sources: ['bis-2023'],
  };

  it('creates a relationship between stored entities, which reads back through neighborhood', async () => {
    const result = await asEditor(UPSERT_RELATIONSHIP, { input });
    expect(result.errors).toBeUndefined();
    expect(result.data?.['upsertRelationship']).toMatchObject({ created: true, changed: true });
    const graph = await client(NEIGHBORHOOD, { id: 'inspur' });
    expect(graph.data?.['neighborhood']).toMatchObject({
      entities: expect.arrayContaining([{ id: 'inspur' }, { id: 'nvidia-h100' }]) as unknown,
      relationships: [
        {
          id: 'inspur-h100',
          type: 'MAKES',
          from: 'inspur',
          to: 'nvidia-h100',
          status: 'ALLEGED',
          sources: [{ id: 'bis-2023' }],
        },
      ],
    });
  });

  it('changes nothing when the same relationship is upserted again', async () => {
    const before = await dataCounts(database.db);
    const result = await asEditor(UPSERT_RELATIONSHIP, { input });
    expect(result.data?.['upsertRelationship']).toMatchObject({ created: false, changed: false });
    expect(await dataCounts(database.db)).toEqual({ ...before, audit: before.audit + 1 });
  });

  it('replaces a relationship, moving it when its ends change', async () => {
    const result = await asEditor(UPSERT_RELATIONSHIP, {
      input: {
        id: 'zlab-aws',
        type: 'BUYS_FROM',
        from: 'zhejiang-lab',
        to: 'yunda-technology',
        status: 'REPORTED',
        amount: { value: 1.5, currency: 'USD' },
        newSources: [
          {
            id: 'wsj-2024',
            title: 'Lab buys through reseller',
            publisher: 'WSJ',
            url: 'https://example.org/wsj',
          },
        ],
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.['upsertRelationship']).toMatchObject({
      created: false,
      relationship: {
        from: 'zhejiang-lab',
        to: 'yunda-technology',
        status: 'REPORTED',
        amount: { value: 1.5, currency: 'USD' },
        sources: [{ id: 'wsj-2024' }],
      },
    });
    const rows = await database.db.read('MATCH ()-[r {id: "zlab-aws"}]->(b) RETURN b.id AS to');
    expect(rows).toEqual([{ to: 'yunda-technology' }]);
  });
});

describe('deleteRelationship', () => {
  const DELETE = `mutation ($id: ID!) { deleteRelationship(id: $id) { relationship { id type from to } } }`;

  it('deletes a relationship and returns it as it was', async () => {
    const result = await asEditor(DELETE, { id: 'inspur-h100' });
    expect(result.data?.['deleteRelationship']).toEqual({
      relationship: { id: 'inspur-h100', type: 'MAKES', from: 'inspur', to: 'nvidia-h100' },
    });
    const graph = await client(NEIGHBORHOOD, { id: 'inspur' });
    expect(graph.data?.['neighborhood']).toMatchObject({
      entities: [{ id: 'inspur' }],
      relationships: [],
    });
  });

  it('answers NOT_FOUND for an unknown id and writes nothing', async () => {
    const before = await dataCounts(database.db);
    const result = await asEditor(DELETE, { id: 'inspur-h100' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'id' });
    expect(await dataCounts(database.db)).toEqual(before);
  });
});
