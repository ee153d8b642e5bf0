import { beforeAll, describe, expect, it } from 'vitest';
import { chainDataset } from '../../../test/fixtures.ts';
import { graphqlClient, testAuth, TOKENS } from '../../../test/graphqlClient.ts';
import { useTestDatabase } from '../../../test/testDatabase.ts';
import { importDataset } from '../datasets/repository.ts';
import { stats } from '../stats/repository.ts';

const database = useTestDatabase();
const client = graphqlClient(database.db, testAuth());

const UPSERT_ENTITY = `mutation ($input: EntityInput!) { upsertEntity(input: $input) { changed } }`;
const DELETE = `mutation ($id: ID!) { deleteRelationship(id: $id) { relationship { id } } }`;
const AUDIT = `query ($first: Int, $after: String, $actor: String, $target: String) {
  auditLog(first: $first, after: $after, actor: $actor, target: $target) {
    entries { id at actor action target before after outcome }
    endCursor
    hasNextPage
  }
}`;

interface Entry {
  id: string;
  at: string;
  actor: string | null;
  action: string;
  target: string | null;
  before: string | null;
  after: string | null;
  outcome: string;
}
interface Page {
  entries: Entry[];
  endCursor: string | null;
  hasNextPage: boolean;
}

async function auditLog(variables: Record<string, unknown> = {}): Promise<Page> {
  const result = await client(AUDIT, variables, TOKENS.alice);
  expect(result.errors).toBeUndefined();
  return result.data?.['auditLog'] as Page;
}

const lab = { id: 'lab-x', kind: 'END_USER', name: 'Lab X', sources: ['s1'] };

beforeAll(async () => {
  await importDataset(database.db, chainDataset);
  await client(UPSERT_ENTITY, { input: lab }, TOKENS.alice);
  await client(UPSERT_ENTITY, { input: { ...lab, name: 'Lab X Institute' } }, TOKENS.carol);
  await client(UPSERT_ENTITY, { input: { ...lab, name: 'Lab X Institute' } }, TOKENS.carol);
  await client(UPSERT_ENTITY, { input: { ...lab, name: 'Refused' } }, TOKENS.bob);
  await client(DELETE, { id: 'zlab-aws' }, TOKENS.alice);
});

describe('auditLog', () => {
  it('records every write and refused attempt, newest first, with actor, before and after', async () => {
    const { entries } = await auditLog();
    expect(entries.map((e) => [e.actor, e.action, e.target, e.outcome])).toEqual([
      ['alice', 'DELETE_RELATIONSHIP', 'zlab-aws', 'APPLIED'],
      ['bob', 'UPSERT_ENTITY', 'lab-x', 'FORBIDDEN'],
      ['carol', 'UPSERT_ENTITY', 'lab-x', 'UNCHANGED'],
      ['carol', 'UPSERT_ENTITY', 'lab-x', 'APPLIED'],
      ['alice', 'UPSERT_ENTITY', 'lab-x', 'APPLIED'],
    ]);
    const [deleted, refused, unchanged, renamed, created] = entries;
    expect(created?.before).toBeNull();
    expect(JSON.parse(created?.after ?? 'null')).toEqual({
      id: 'lab-x',
      kind: 'EndUser',
      name: 'Lab X',
      aliases: [],
      sources: ['s1'],
    });
    expect(JSON.parse(renamed?.before ?? 'null')).toMatchObject({ name: 'Lab X' });
    expect(JSON.parse(renamed?.after ?? 'null')).toMatchObject({ name: 'Lab X Institute' });
    expect(unchanged?.before).toBe(unchanged?.after);
    expect(refused).toMatchObject({ before: null, after: null });
    expect(JSON.parse(deleted?.before ?? 'null')).toMatchObject({
      id: 'zlab-aws',
      type: 'BUYS_FROM',
      from: 'zhejiang-lab',
      to: 'aws',
    });
    expect(deleted?.after).toBeNull();
    expect(entries.map((e) => e.at)).toEqual(
      entries
        .map((e) => e.at)
        .sort()
        .reverse(),
    );
  });

  it('pages with first and after, and filters by actor and target', async () => {
    const first = await auditLog({ first: 2 });
    expect(first.entries).toHaveLength(2);
    expect(first.hasNextPage).toBe(true);
    const second = await auditLog({ first: 2, after: first.endCursor });
    const third = await auditLog({ first: 2, after: second.endCursor });
    expect(third).toMatchObject({ hasNextPage: false, endCursor: null });
    const all = await auditLog();
    expect([...first.entries, ...second.entries, ...third.entries]).toEqual(all.entries);

    expect((await auditLog({ actor: 'carol' })).entries.map((e) => e.outcome)).toEqual([
      'UNCHANGED',
      'APPLIED',
    ]);
    expect((await auditLog({ target: 'zlab-aws' })).entries).toHaveLength(1);
  });

  it('rejects a cursor it did not make and a page size out of range', async () => {
    const bad = await client(AUDIT, { after: "' OR 1=1" }, TOKENS.alice);
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'after',
    });
    const big = await client(AUDIT, { first: 1000 }, TOKENS.alice);
    expect(big.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'first',
    });
  });

  it('stays out of search, neighbourhoods and stats', async () => {
    const counted = await stats(database.db);
    const [entities] = await database.db.read('MATCH (n:Entity) RETURN count(n) AS n');
    expect(counted.entities).toBe(entities?.['n']);
    const search = await client('{ search(query: "lab") { entity { id } } }');
    expect(search.data?.['search']).toEqual(
      expect.arrayContaining([{ entity: { id: 'lab-x' } }, { entity: { id: 'zhejiang-lab' } }]),
    );
    expect((search.data?.['search'] as unknown[]).length).toBe(2);
    const around = await client(
      '{ neighborhood(id: "lab-x") { entities { id } relationships { id } } }',
    );
    expect(around.data?.['neighborhood']).toEqual({
      entities: [{ id: 'lab-x' }],
      relationships: [],
    });
  });
});
