import { describe, expect, it } from 'vitest';
import { chainDataset } from '../../../test/fixtures.ts';
import { dataCounts, graphqlClient, testAuth, TOKENS } from '../../../test/graphqlClient.ts';
import { useTestDatabase } from '../../../test/testDatabase.ts';

const database = useTestDatabase();
const client = graphqlClient(database.db, testAuth());
const IMPORT = `mutation ($dataset: String!) {
  importDataset(dataset: $dataset) { datasetId sources entities relationships }
}`;
const importText = (text: string) => client(IMPORT, { dataset: text }, TOKENS.alice);

describe('importDataset', () => {
  it('imports a dataset file’s text and returns its counts', async () => {
    const result = await importText(JSON.stringify(chainDataset));
    expect(result.errors).toBeUndefined();
    expect(result.data?.['importDataset']).toEqual({
      datasetId: 'test-chain',
      sources: 2,
      entities: 7,
      relationships: 6,
    });
    const read = await client('{ entity(id: "yunda-technology") { name } }');
    expect(read.data?.['entity']).toEqual({ name: 'Yunda Technology Ltd Co' });
  });

  it('is idempotent: importing the same text again changes no record', async () => {
    const before = await dataCounts(database.db);
    await importText(JSON.stringify(chainDataset));
    expect(await dataCounts(database.db)).toEqual({ ...before, audit: before.audit + 1 });
  });

  it('reports every problem with its JSON path and writes nothing', async () => {
    const before = await dataCounts(database.db);
    const broken = {
      ...chainDataset,
      entities: [
        { ...chainDataset.entities[0], kind: 'University' },
        ...chainDataset.entities.slice(1),
      ],
      relationships: [{ ...chainDataset.relationships[0], start: 'March 2024', to: 'nobody' }],
    };
    const result = await importText(JSON.stringify(broken));
    const error = result.errors?.[0];
    expect(result.status).toBe(400);
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'dataset' });
    expect(error?.extensions?.problems?.map((p) => p.path)).toEqual([
      'entities[0].kind',
      'relationships[0].to',
      'relationships[0].start',
    ]);
    expect(error?.message).toMatch(/^dataset: entities\[0\]\.kind: unknown kind "University"/);
    expect(await dataCounts(database.db)).toEqual(before);
  });

  it('reports a syntax error with its line and column', async () => {
    const result = await importText('{\n  "format": "detour.dataset/v1",\n  "dataset": }');
    expect(result.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ line: 3, column: 14 }),
    ]);
  });

  it('is atomic: a write that fails part-way leaves nothing behind, not even the audit entry', async () => {
    const before = await dataCounts(database.db);
    // Valid as a file, but its relationship reuses a stored BUYS_FROM id between other entities,
    // which the uniqueness constraint refuses after the entities were written.
    const clash = {
      format: 'detour.dataset/v1',
      dataset: { id: 'clash', title: 'Clash', licence: 'CC0-1.0' },
      sources: [chainDataset.sources[0]],
      entities: [
        { id: 'buyer-x', kind: 'EndUser', name: 'Buyer X', sources: ['s1'] },
        { id: 'seller-y', kind: 'Intermediary', name: 'Seller Y', sources: ['s1'] },
      ],
      relationships: [
        {
          id: 'szu-yunda',
          type: 'BUYS_FROM',
          from: 'buyer-x',
          to: 'seller-y',
          status: 'reported',
          sources: ['s1'],
        },
      ],
    };
    const result = await importText(JSON.stringify(clash));
    expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await dataCounts(database.db)).toEqual(before);
    expect((await client('{ entity(id: "buyer-x") { id } }')).data).toEqual({ entity: null });
  });
});
