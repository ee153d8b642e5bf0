import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chainDataset } from '../../test/fixtures.ts';
import { dataCounts, graphqlClient, testAuth, TOKENS } from '../../test/graphqlClient.ts';
import { useTestDatabase } from '../../test/testDatabase.ts';
import { importDataset } from '../modules/datasets/repository.ts';

const database = useTestDatabase();
// Development logging (more verbose) to show that not even it prints a token.
const open = graphqlClient(database.db, testAuth(false), false);
const closed = graphqlClient(database.db, testAuth(true), false);

/** Every line written to the console or to stdout/stderr while this file's tests run. */
const logged: string[] = [];
const keep = (...args: unknown[]): boolean => {
  logged.push(
    args.map((arg) => (arg instanceof Error ? (arg.stack ?? '') : String(arg))).join(' '),
  );
  return true;
};
beforeAll(async () => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation(keep);
  }
  vi.spyOn(process.stdout, 'write').mockImplementation(keep);
  vi.spyOn(process.stderr, 'write').mockImplementation(keep);
  await importDataset(database.db, chainDataset);
});
afterAll(() => {
  vi.restoreAllMocks();
});

const UPSERT = `mutation ($input: SourceInput!) { upsertSource(input: $input) { created } }`;
const source = (id: string) => ({
  input: { id, title: 'T', publisher: 'P', url: 'https://example.org/' + id },
});
const ENTITY = '{ entity(id: "aws") { name } }';

describe('writes', () => {
  it('refuse a caller without a token: UNAUTHENTICATED (401), audited, nothing else written', async () => {
    const before = await dataCounts(database.db);
    const result = await open(UPSERT, source('no-token'));
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.message).toBe(
      'This needs an editor token: send the header Authorization: Bearer <token>.',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await dataCounts(database.db)).toEqual({ ...before, audit: before.audit + 1 });
    const [entry] = await database.db.read(
      'MATCH (e:AuditEntry {target: "no-token"}) RETURN e.actor AS actor, e.outcome AS outcome',
    );
    expect(entry).toEqual({ actor: null, outcome: 'UNAUTHENTICATED' });
  });

  it('refuse an unknown token: UNAUTHENTICATED (401) with a Bearer challenge', async () => {
    const unknown = await open(UPSERT, source('unknown-token'), TOKENS.stranger);
    expect(unknown.status).toBe(401);
    expect(unknown.wwwAuthenticate).toBe('Bearer realm="detour"');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuse a reader: FORBIDDEN (403), audited with the reader’s name', async () => {
    const result = await open(UPSERT, source('by-reader'), TOKENS.bob);
    expect(result.status).toBe(403);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [entry] = await database.db.read(
      'MATCH (e:AuditEntry {target: "by-reader"}) RETURN e.actor AS actor, e.outcome AS outcome',
    );
    expect(entry).toEqual({ actor: 'bob', outcome: 'FORBIDDEN' });
    const stored = await database.db.read('MATCH (s:Source {id: "by-reader"}) RETURN s');
    expect(stored).toEqual([]);
  });

  it('are allowed for an editor', async () => {
    const result = await open(UPSERT, source('by-editor'), TOKENS.alice);
    expect(result.status).toBe(200);
    expect(result.data).toEqual({ upsertSource: { created: true } });
  });
});

describe('reads', () => {
  it('are public by default, but a token that is sent must be valid', async () => {
    expect((await open(ENTITY)).data).toEqual({ entity: { name: 'Amazon Web Services' } });
    expect((await open(ENTITY, {}, TOKENS.bob)).data).toEqual({
      entity: { name: 'Amazon Web Services' },
    });
    const wrong = await open(ENTITY, {}, TOKENS.stranger);
    expect(wrong.status).toBe(401);
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.data ?? null).toBeNull();
  });

  it('need a reader or editor token with DETOUR_READS_REQUIRE_TOKEN', async () => {
    for (const query of [
      ENTITY,
      '{ search(query: "aws") { score } }',
      '{ __schema { queryType { name } } }',
    ]) {
      const anonymous = await closed(query);
      expect(anonymous.status).toBe(401);
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await closed(ENTITY, {}, TOKENS.bob)).data).toEqual({
      entity: { name: 'Amazon Web Services' },
    });
    expect((await closed(ENTITY, {}, TOKENS.alice)).data).toEqual({
      entity: { name: 'Amazon Web Services' },
    });
  });

  it('of the audit log need an editor token', async () => {
    const query = '{ auditLog { entries { id } } }';
    expect((await open(query)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await open(query, {}, TOKENS.bob)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await open(query, {}, TOKENS.alice)).errors).toBeUndefined();
  });
});

describe('tokens', () => {
  it('never appear in a log line or an audit entry', async () => {
    // An unexpected error, which is logged: a relationship id reused across ends.
    await open(
      `mutation ($d: String!) { importDataset(dataset: $d) { entities } }`,
      {
        d: JSON.stringify({
          ...chainDataset,
          dataset: { id: 'clash', title: 'Clash', licence: 'CC0-1.0' },
          relationships: [{ ...chainDataset.relationships[1], id: 'szu-yunda' }],
        }),
      },
      TOKENS.alice,
    );
    await open(UPSERT, source('by-carol'), TOKENS.carol);
    const audit = await database.db.read('MATCH (e:AuditEntry) RETURN e');
    expect(audit.length).toBeGreaterThan(3);
    expect(logged.length).toBeGreaterThan(0);
    const everything = [...logged, JSON.stringify(audit)].join('\n');
    for (const token of [TOKENS.alice, TOKENS.bob, TOKENS.carol]) {
      expect(everything).not.toContain(token);
      expect(everything).not.toContain(token.slice(-24));
    }
  });
});
