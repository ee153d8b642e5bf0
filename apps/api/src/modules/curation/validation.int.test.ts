import { beforeAll, describe, expect, it } from 'vitest';
import { chainDataset } from '../../../test/fixtures.ts';
import { dataCounts, graphqlClient, testAuth, TOKENS } from '../../../test/graphqlClient.ts';
import { useTestDatabase } from '../../../test/testDatabase.ts';
import { importDataset } from '../datasets/repository.ts';

const database = useTestDatabase();
const client = graphqlClient(database.db, testAuth());
const asEditor = (query: string, variables: Record<string, unknown> = {}) =>
  client(query, variables, TOKENS.alice);

const UPSERT_ENTITY = `mutation ($input: EntityInput!) { upsertEntity(input: $input) { created } }`;
const UPSERT_RELATIONSHIP = `mutation ($input: RelationshipInput!) {
  upsertRelationship(input: $input) { created }
}`;

beforeAll(async () => {
  await importDataset(database.db, chainDataset);
});

describe('validation', () => {
  /** Sends the input, expects BAD_USER_INPUT with these argument paths, and nothing written. */
  async function rejected(mutation: string, input: unknown, paths: string[]): Promise<string> {
    const before = await dataCounts(database.db);
    const result = await asEditor(mutation, { input });
    const error = result.errors?.[0];
    expect(result.status).toBe(400);
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: paths[0] });
    expect(error?.extensions?.problems?.map((p) => p.path)).toEqual(paths);
    expect(await dataCounts(database.db)).toEqual(before);
    return error?.message ?? '';
  }

  it('checks a relationship by the dataset rules, naming each argument path', async () => {
    const message = await rejected(
      UPSERT_RELATIONSHIP,
      {
        id: 'bad',
        type: 'MAKES',
        from: 'shenzhen-university',
        to: 'nobody',
        status: 'REPORTED',
        start: '2024-13',
        sources: ['missing'],
        newSources: [{ id: 'n1', title: 'T', publisher: 'P', url: 'ftp://example.org' }],
      },
      ['input.newSources[0].url', 'input.from', 'input.to', 'input.start', 'input.sources[0]'],
    );
    expect(message).toMatch(
      /^input\.newSources\[0\]\.url: must be an http or https URL.*\(and 4 more/,
    );
  });

  it('requires provenance: at least one stored or new source', async () => {
    const message = await rejected(
      UPSERT_RELATIONSHIP,
      { id: 'bare', type: 'BUYS_FROM', from: 'zhejiang-lab', to: 'aws', status: 'ALLEGED' },
      ['input.sources'],
    );
    expect(message).toBe('input.sources: must list at least one source');
  });

  it('allows type-specific fields only on their type', async () => {
    await rejected(
      UPSERT_RELATIONSHIP,
      {
        id: 'x',
        type: 'BUYS_FROM',
        from: 'zhejiang-lab',
        to: 'aws',
        status: 'ALLEGED',
        service: 'EC2',
        sources: ['s1'],
      },
      ['input.service'],
    );
  });

  it('checks an entity, and a new source cited twice', async () => {
    const source = { id: 'n1', title: 'T', publisher: 'P', url: 'https://example.org' };
    await rejected(
      UPSERT_ENTITY,
      {
        id: 'x',
        kind: 'END_USER',
        name: 'X',
        country: 'China',
        effective: 'soon',
        newSources: [source, source],
      },
      ['input.newSources[1].id', 'input.country', 'input.effective'],
    );
  });

  it('keeps a kind change from breaking the relationships the entity is in', async () => {
    const message = await rejected(
      UPSERT_ENTITY,
      { id: 'aws', kind: 'VENDOR', name: 'Amazon Web Services', sources: ['s1'] },
      ['input.kind'],
    );
    expect(message).toContain('OFFERS allows only CloudProvider');
  });

  it('checks a source', async () => {
    await rejected(
      `mutation ($input: SourceInput!) { upsertSource(input: $input) { created } }`,
      { id: 'x', title: ' ', publisher: 'P', url: 'example.org', published: '2024-02-30' },
      ['input.title', 'input.url', 'input.published'],
    );
  });

  it('leaves enum values to GraphQL, which names the input path too', async () => {
    const before = await dataCounts(database.db);
    const result = await asEditor(UPSERT_RELATIONSHIP, {
      input: {
        id: 'x',
        type: 'BUYS_FROM',
        from: 'zhejiang-lab',
        to: 'aws',
        status: 'MAYBE',
        sources: ['s1'],
      },
    });
    expect(result.errors?.[0]?.message).toContain('"input.status"');
    expect(await dataCounts(database.db)).toEqual(before);
  });
});
