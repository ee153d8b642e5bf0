/**
 * A store built by Neo4j's batch importer (`generate` into a new store, `import --fresh`) against
 * the same data loaded through Cypher (bulkLoad, importDataset) into the shared test database: the
 * export, counts, property types, schema and analyses must be the same. And --fresh never touches
 * a store that exists or is in use, and leaves nothing when it fails.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { validateDataset } from '@detour/ingest';
import { detourCli } from '../../test/detourCli.ts';
import { analysisAnswers, openStore, storeSnapshot } from '../../test/storeSnapshot.ts';
import { useTestDatabase } from '../../test/testDatabase.ts';
import { ensureSchema } from '../db/schema.ts';
import { loadNetwork } from './generateCommand.ts';

const database = useTestDatabase();
const LONG = 420_000;
const shared = () => ({ NEO4J_URI: inject('neo4jUri') });
const own = (dataDir: string) => ({ DETOUR_DATA_DIR: dataDir, DETOUR_NEO4J_HEAP_MB: '512' });

/** Every kind of value a dataset can hold, with quotes, commas, line breaks and empty lists. */
const tricky = {
  format: 'detour.dataset/v1',
  dataset: {
    id: 'tricky',
    title: 'Quotes, "commas" and 深圳',
    description: 'Line one\nline two',
    licence: 'CC0-1.0',
  },
  sources: [
    {
      id: 's1',
      title: 'A "quoted", report',
      publisher: 'Example, Inc.',
      url: 'https://example.org/a?x=1,2',
      published: '2024-08-23',
    },
    { id: 's2', title: 'Plain', publisher: 'Gazette', url: 'https://example.org/b' },
  ],
  entities: [
    {
      id: 'eu-1',
      kind: 'EndUser',
      name: 'Shenzhen "SZU" University',
      aliases: ['深圳大学', 'SZU; the university', 'Two\nlines'],
      country: 'CN',
      description: 'Says "hello",\r\nthen goes',
      sources: ['s1'],
    },
    { id: 'im-1', kind: 'Intermediary', name: 'Yunda, Ltd', aliases: [], sources: ['s1', 's2'] },
    {
      id: 'cp-1',
      kind: 'CloudProvider',
      name: 'Cloud',
      aliases: ['C'],
      country: 'US',
      sources: ['s2'],
    },
    { id: 'ch-1', kind: 'Chip', name: 'H100', sources: ['s2'] },
    { id: 'ch-2', kind: 'Chip', name: 'A100', sources: ['s2'] },
    { id: 'md-1', kind: 'Model', name: 'Model "M"', sources: ['s2'] },
    {
      id: 'rg-1',
      kind: 'Regulation',
      name: 'Rule',
      citation: '87 FR 62186',
      effective: '2022-10-07',
      sources: ['s2'],
    },
    { id: 'cl-1', kind: 'ControlList', name: 'Entity List', sources: ['s2'] },
    { id: 'vn-1', kind: 'Vendor', name: 'Vendor', sources: ['s2'] },
  ],
  relationships: [
    {
      id: 'r1',
      type: 'BUYS_FROM',
      from: 'eu-1',
      to: 'im-1',
      status: 'reported',
      start: '2024-03',
      end: '2025',
      amount: { value: 0.30000000000000004, currency: 'CNY' },
      quantity: { value: 1e21, unit: 'tokens' },
      covers: ['ch-1', 'md-1'],
      note: 'Note with "quotes", commas\nand lines',
      sources: ['s1'],
    },
    {
      id: 'r2',
      type: 'BUYS_FROM',
      from: 'im-1',
      to: 'cp-1',
      status: 'confirmed',
      sources: ['s1', 's2'],
    },
    {
      id: 'r3',
      type: 'OFFERS',
      from: 'cp-1',
      to: 'ch-1',
      status: 'confirmed',
      service: 'EC2 P5',
      sources: ['s2'],
    },
    { id: 'r4', type: 'OFFERS', from: 'cp-1', to: 'md-1', status: 'alleged', sources: ['s2'] },
    {
      id: 'r5',
      type: 'SUBSIDIARY_OF',
      from: 'im-1',
      to: 'cp-1',
      status: 'planned',
      share: 33.333333333333336,
      sources: ['s2'],
    },
    {
      id: 'r6',
      type: 'LISTED_ON',
      from: 'eu-1',
      to: 'cl-1',
      status: 'confirmed',
      citation: '84 FR 29371',
      start: '2019-06-24',
      sources: ['s2'],
    },
    { id: 'r7', type: 'RESTRICTS', from: 'rg-1', to: 'ch-1', status: 'confirmed', sources: ['s2'] },
    { id: 'r8', type: 'MAKES', from: 'vn-1', to: 'ch-2', status: 'confirmed', sources: ['s2'] },
    {
      id: 'r9',
      type: 'POSSIBLY_SAME_AS',
      from: 'im-1',
      to: 'vn-1',
      status: 'unverified',
      score: 0.87,
      explanation: 'name "x" matches, "y" too',
      sources: ['s1'],
    },
  ],
};

/** Names, sizes and modification times of every file under `dir`: unchanged means untouched. */
async function listing(dir: string): Promise<string[]> {
  const names = (await readdir(dir, { recursive: true })).sort();
  return Promise.all(
    names.map(async (name) => {
      const info = await stat(join(dir, name));
      return `${name} ${String(info.size)} ${String(info.mtimeMs)}`;
    }),
  );
}

/** The shared database's snapshot and answers, then the store's, side by side. */
async function compareWith(dataDir: string, endUser: string, capability: string) {
  const expected = {
    snapshot: await storeSnapshot(database.db),
    answers: await analysisAnswers(database.db, endUser, capability),
  };
  const store = await openStore(dataDir);
  try {
    const actual = {
      snapshot: await storeSnapshot(store.db),
      answers: await analysisAnswers(store.db, endUser, capability),
    };
    return { expected, actual };
  } finally {
    await store.close();
  }
}

describe('a new store built by the batch importer', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'detour-fresh-'));
    expect(validateDataset(tricky, 'tricky.json').ok).toBe(true);
    await writeFile(join(dir, 'tricky.json'), JSON.stringify(tricky));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it(
    'generate: holds what bulkLoad writes through Cypher, and answers the same',
    async () => {
      const size = { entities: 1_000, relationships: 10_000 };
      await loadNetwork(database.db, { size, seed: 7 }, () => undefined);
      const store = join(dir, 'generated');
      const run = await detourCli(['generate', '--size', '1000x10000', '--seed', '7'], own(store));
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain("The store is new: building it with Neo4j's batch importer.");
      expect(run.stdout).toMatch(/batch importer \(2\/4\) Relationship import \d+ %/);
      expect(run.stdout).toMatch(
        /Generated and loaded "synthetic-1000x10000-7": 1000 entities, 10000 relationships, \d+ sources in [\d.]+ s \(\d+ relationships\/s\)/,
      );

      const { expected, actual } = await compareWith(
        store,
        'synthetic-1000x10000-7/eu-0',
        'synthetic-1000x10000-7/ch-0',
      );
      expect(actual.snapshot.export.relationships).toHaveLength(10_000);
      expect(actual.snapshot.unfinished).toEqual([{ n: 0 }]);
      expect(actual.snapshot.dataVersions).toEqual([{ id: 'graph', token: 'STRING NOT NULL' }]);
      expect(actual.snapshot).toEqual(expected.snapshot);
      expect(actual.answers.errors).toBeUndefined();
      expect(actual.answers).toEqual(expected.answers);
    },
    LONG,
  );

  it(
    'import --fresh: every kind of value reads back as `pnpm detour import` stores it',
    async () => {
      await database.reset();
      await ensureSchema(database.db);
      const file = join(dir, 'tricky.json');
      const cypher = await detourCli(['import', file], shared());
      expect(cypher.code, cypher.stderr).toBe(0);
      const store = join(dir, 'tricky');
      const fresh = await detourCli(['import', '--fresh', file], own(store));
      expect(fresh.code, fresh.stderr).toBe(0);
      expect(fresh.stdout).toMatch(/Imported "tricky": 9 entities, 9 relationships, 2 sources in/);

      const { expected, actual } = await compareWith(store, 'eu-1', 'ch-1');
      const entity = actual.snapshot.export.entities.find((e) => e.id === 'eu-1');
      expect(entity?.aliases).toEqual(['深圳大学', 'SZU; the university', 'Two\nlines']);
      expect(actual.snapshot.export.entities.find((e) => e.id === 'im-1')?.aliases).toEqual([]);
      expect(actual.snapshot.export.relationships.find((r) => r.id === 'r1')?.amount).toEqual({
        value: 0.30000000000000004,
        currency: 'CNY',
      });
      expect(actual.snapshot).toEqual(expected.snapshot);
      expect(actual.answers).toEqual(expected.answers);
    },
    LONG,
  );

  it(
    'import --fresh: files with line breaks in their fields, larger than the importer reads at once',
    async () => {
      // Each line about 300 bytes: 20,000 of them are ~6 MiB per file, past the importer's 4 MiB
      // buffer, so its chunker must find the start of a line among fields that span lines.
      const n = 20_000;
      const pad = 'x'.repeat(200);
      const big = {
        ...tricky,
        dataset: { ...tricky.dataset, id: 'big' },
        entities: [
          ...tricky.entities,
          ...Array.from({ length: n }, (_, i) => ({
            id: `eu-big-${String(i)}`,
            kind: 'EndUser',
            name: `Lab ${String(i)}`,
            aliases: [`L${String(i)}`],
            description: `Line one of ${String(i)}\nline "two", ${pad}`,
            sources: ['s1'],
          })),
        ],
        relationships: [
          ...tricky.relationships,
          ...Array.from({ length: n }, (_, i) => ({
            id: `r-big-${String(i)}`,
            type: 'BUYS_FROM',
            from: `eu-big-${String(i)}`,
            to: 'im-1',
            status: 'reported',
            covers: ['ch-1'],
            note: `Paid\r\nin "cash", ${pad}`,
            sources: ['s1'],
          })),
        ],
      };
      expect(validateDataset(big, 'big.json').ok).toBe(true);
      const file = join(dir, 'big.json');
      await writeFile(file, JSON.stringify(big));
      const store = join(dir, 'big');
      const run = await detourCli(['import', '--fresh', file], own(store));
      expect(run.code, run.stderr).toBe(0);
      const opened = await openStore(store);
      try {
        const counts = await opened.db.read(
          `MATCH (e:EndUser) WHERE e.id STARTS WITH 'eu-big-'
           WITH count(e) AS entities
           MATCH (:EndUser)-[r:BUYS_FROM]->(:Intermediary {id: 'im-1'}) WHERE r.note STARTS WITH 'Paid'
           RETURN entities, count(r) AS paid`,
        );
        expect(counts).toEqual([{ entities: n, paid: n }]);
        const last = await opened.db.read(
          `MATCH (e:Entity {id: $id})-[r:BUYS_FROM]->() RETURN e.description AS description, r.note AS note`,
          { id: `eu-big-${String(n - 1)}` },
        );
        expect(last).toEqual([
          {
            description: `Line one of ${String(n - 1)}\nline "two", ${pad}`,
            note: `Paid\r\nin "cash", ${pad}`,
          },
        ]);
      } finally {
        await opened.close();
      }
    },
    LONG,
  );

  it(
    'refuses a store that exists, a server, or one in use, and changes nothing',
    async () => {
      const file = join(dir, 'tricky.json');
      const store = join(dir, 'tricky');
      const before = await listing(store);
      const exists = await detourCli(['import', '--fresh', file], own(store));
      expect(exists.code).toBe(1);
      expect(exists.stderr).toMatch(/^STORE_NOT_NEW: The data directory .* already holds a store/m);
      expect(await listing(store)).toEqual(before);

      const counts = await database.counts();
      const server = await detourCli(['import', '--fresh', file], shared());
      expect(server.code).toBe(1);
      expect(server.stderr).toMatch(/^STORE_NOT_NEW: .*NEO4J_URI names a server/m);
      expect(await database.counts()).toEqual(counts);

      const running = await openStore(store);
      try {
        const inUse = await detourCli(['generate', '--fresh', '--size', '1000x10000'], own(store));
        expect(inUse.code).toBe(1);
        expect(inUse.stderr).toMatch(
          /^STORE_IN_USE: The data directory .* is served by a running Neo4j/m,
        );
      } finally {
        await running.close();
      }
    },
    LONG,
  );

  it(
    'a value the importer cannot hold is refused by name, and no store is left',
    async () => {
      const bad = {
        ...tricky,
        entities: tricky.entities.map((entity) =>
          entity.id === 'im-1' ? { ...entity, aliases: ['one\u001ftwo'] } : entity,
        ),
      };
      const file = join(dir, 'bad.json');
      await writeFile(file, JSON.stringify(bad));
      const store = join(dir, 'bad');
      const run = await detourCli(['import', '--fresh', file], own(store));
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('entity "im-1": property "aliases": list items must be');
      expect(run.stderr).toContain('Nothing was imported.');
      expect(await readdir(store)).toEqual([]);
      expect(existsSync(join(store, 'data'))).toBe(false);
    },
    LONG,
  );
});
