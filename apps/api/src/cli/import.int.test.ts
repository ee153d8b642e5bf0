import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useTestDatabase } from '../../test/testDatabase.ts';

const database = useTestDatabase();
const API = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../../../packages/ingest/fixtures/', import.meta.url));
const SOURCE_URL = 'https://github.com/opensanctions/nomenklatura';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `pnpm detour import …` as a user runs it: a child process against the test database. */
function detourImport(...args: string[]): Promise<Run> {
  const env = { NEO4J_URI: inject('neo4jUri'), INIT_CWD: API };
  const argv = ['--import', 'tsx', 'src/cli/main.ts', 'import', ...args];
  return new Promise((resolve) => {
    execFile(process.execPath, argv, { cwd: API, env }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({ code, stdout, stderr });
    });
  });
}

async function count(cypher: string): Promise<number> {
  const rows = await database.db.read(cypher);
  return Number(rows[0]?.['n']);
}

/** A curated dataset already in the database: the seed's Entity List node and two parties. */
const curated = {
  format: 'detour.dataset/v1',
  dataset: { id: 'curated', title: 'Curated', licence: 'CC0-1.0' },
  sources: [{ id: 'c1', title: 'A report', publisher: 'Example', url: 'https://example.org/c1' }],
  entities: [
    {
      id: 'bis-entity-list',
      kind: 'ControlList',
      name: 'BIS Entity List',
      aliases: ['Entity List'],
      country: 'US',
      description: 'Curated description.',
      sources: ['c1'],
    },
    {
      id: 'hi-shine',
      kind: 'Intermediary',
      name: 'Hi-Shine Technology (HK) Co., Ltd.',
      country: 'HK',
      sources: ['c1'],
    },
    { id: 'murat-peker', kind: 'Person', name: 'Murat Peker', country: 'TR', sources: ['c1'] },
  ],
  relationships: [],
};

const fixtureFiles = [
  'csl/el.csv',
  'csl/el_expected_results.json',
  'csl/uvl_expected_results.json',
  'ftm/donations.ijson',
].map((path) => join(FIXTURES, path));

describe('pnpm detour import', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'detour-import-'));
    await writeFile(join(dir, 'curated.json'), JSON.stringify(curated));
    const result = await detourImport(join(dir, 'curated.json'));
    expect(result.code, result.stderr).toBe(0);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('imports the CSL and FtM fixtures, linking the Entity List and matching known parties', async () => {
    const result = await detourImport(...fixtureFiles, '--source-url', SOURCE_URL);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Imported "el": 5 entities, 8 relationships, 1 sources');
    expect(result.stdout).toContain('el: linked to the existing ControlList "bis-entity-list"');
    expect(result.stdout).toContain('donations: 89 skipped: FtM schema Address is not imported');
    expect(await database.counts()).toEqual({ nodes: 134, relationships: 327 });
    expect(await count('MATCH (n:Entity) RETURN count(n) AS n')).toBe(124);
    expect(
      await count(
        'MATCH ()-[r:LISTED_ON]->(:ControlList {id: "bis-entity-list"}) RETURN count(r) AS n',
      ),
    ).toBe(14);
    expect(
      await count(
        'MATCH ()-[r:LISTED_ON]->(:ControlList {id: "bis-unverified-list"}) RETURN count(r) AS n',
      ),
    ).toBe(13);
    expect(
      await count('MATCH ()-[r:BUYS_FROM {datasetId: "donations"}]->() RETURN count(r) AS n'),
    ).toBe(290);
    expect(await count('MATCH ()-[r:POSSIBLY_SAME_AS]->() RETURN count(r) AS n')).toBe(10);
    const [list] = await database.db.read(
      'MATCH (n:Entity {id: "bis-entity-list"}) RETURN n.description AS d, n.datasetId AS ds',
    );
    expect(list).toEqual({ d: 'Curated description.', ds: 'curated' });
    const matches = await database.db.read(
      [
        'MATCH (a)-[r:POSSIBLY_SAME_AS]->(b:Entity {datasetId: "curated"})',
        'RETURN a.datasetId AS from, b.id AS to, r.score AS score, r.status AS status, r.explanation AS why',
        'ORDER BY from, to',
      ].join('\n'),
    );
    expect(matches).toEqual([
      {
        from: 'el',
        to: 'murat-peker',
        score: 1,
        status: 'unverified',
        why: 'exact normalised name match "murat peker"; both in TR',
      },
      {
        from: 'el-expected-results',
        to: 'murat-peker',
        score: 1,
        status: 'unverified',
        why: 'exact normalised name match "murat peker"; both in TR',
      },
      {
        from: 'uvl-expected-results',
        to: 'hi-shine',
        score: 1,
        status: 'unverified',
        why: 'exact normalised name match "hi shine technology hk"; both in HK',
      },
    ]);
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = await database.counts();
    const result = await detourImport(...fixtureFiles, '--source-url', SOURCE_URL);
    expect(result.code, result.stderr).toBe(0);
    expect(await database.counts()).toEqual(before);
  });

  it('exits 1 with every problem at its file:line and writes nothing, even for the valid files', async () => {
    const before = await database.counts();
    const lines = (await readFile(join(FIXTURES, 'ftm/donations.ijson'), 'utf8')).split('\n');
    lines[12] = (lines[12] ?? '').replace(/"amountEur": \["[\d.]+"\]/, '"amountEur": ["lots"]');
    const broken = join(dir, 'broken.ijson');
    await writeFile(broken, lines.join('\n'));
    const latin1 = join(dir, 'latin1.csv');
    await writeFile(latin1, Buffer.from('Source List,Name\nEL,Caf\xe9 Ltd\n', 'latin1'));
    const result = await detourImport(
      join(FIXTURES, 'csl/el.csv'),
      broken,
      latin1,
      '--source-url',
      SOURCE_URL,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      [
        `${latin1}:2:7: not valid UTF-8 text: byte 0xE9 at offset 23 does not start a valid UTF-8 sequence; save the file as UTF-8`,
        `${broken}:13: properties.amountEur[0]: expected a number, got "lots"`,
        'Nothing was imported.',
        '',
      ].join('\n'),
    );
    expect(await database.counts()).toEqual(before);
  });

  it('imports a nodes and an edges table, and requires --source-url for them', async () => {
    const nodes = join(dir, 'nodes.csv');
    const edges = join(dir, 'edges.csv');
    await writeFile(
      nodes,
      'id,label,kind\nacme,Acme Trading,Intermediary\nhi-shine-2,Hi-Shine Technology (HK) Ltd,EndUser\n',
    );
    await writeFile(edges, 'source,target,interaction,status\nhi-shine-2,acme,buys from,alleged\n');
    const missing = await detourImport(nodes, edges);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      `${nodes}: a CSV tables file does not say where it comes from; pass --source-url`,
    );
    const before = await database.counts();
    const result = await detourImport(
      nodes,
      edges,
      '--source-url',
      'https://example.org/t',
      '--dataset-id',
      'tables',
    );
    expect(result.code, result.stderr).toBe(0);
    // Hi-Shine matches the curated record and the Unverified List's, 0.9 each (no country given).
    expect(result.stdout).toContain('tables: 2 possible matches with existing entities');
    expect(await database.counts()).toEqual({
      nodes: before.nodes + 4,
      relationships: before.relationships + 3,
    });
  });
});
