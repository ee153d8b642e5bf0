/**
 * The control-list overlay: a Consolidated Screening List file imported over the seed links its
 * parties to the seed's by POSSIBLY_SAME_AS, scored and explained, with the same name matcher
 * search uses, and merges nothing. The API shows those links as relationships of any type.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphqlClient, testAuth } from '../../test/graphqlClient.ts';
import { useTestDatabase } from '../../test/testDatabase.ts';
import { loadConfig } from '../config.ts';
import { loadSeed } from '../modules/datasets/loadSeed.ts';

const database = useTestDatabase();
const client = graphqlClient(database.db, testAuth(false));
const API = fileURLToPath(new URL('../..', import.meta.url));
const ENTITY_LIST = 'Entity List (EL) - Bureau of Industry and Security';

/** CSL result records spelt as lists spell them: capitals, "&", legal forms, typos, aliases. */
function record(id: string, name: string, altNames: string[], country = 'CN') {
  return {
    id,
    name,
    alt_names: altNames,
    addresses: [{ address: 'Somewhere', city: null, country }],
    source: ENTITY_LIST,
    federal_register_notice: '85 FR 34495',
    start_date: '2020-06-05',
    source_list_url: 'https://www.bis.doc.gov/index.php/the-denied-persons-list',
  };
}

const CSL = {
  results: [
    record('r1', 'HARBIN INSTITUTE OF TECHNOLOGY', ['HIT']),
    record('r2', 'University of Electronic Science & Technology of China', ['UESTC']),
    record('r3', 'Beihang Univ.', ['Beijing University of Aeronautics and Astronautics', 'BUAA']),
    record('r4', 'Sichuan Univeristy', []),
    record('r5', 'Yunda Technology Co., Ltd.', ['成都运达科技股份有限公司']),
    record('r6', 'Shenzhen Polytechnic', []),
  ],
};

function detourImport(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { NEO4J_URI: inject('neo4jUri'), INIT_CWD: API };
  const argv = ['--import', 'tsx', 'src/cli/main.ts', 'import', ...args];
  return new Promise((resolve) => {
    execFile(process.execPath, argv, { cwd: API, env }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('importing a screening list over the seed', () => {
  let dir = '';
  beforeAll(async () => {
    await loadSeed(database.db, loadConfig({}).seedDir, () => undefined);
    dir = await mkdtemp(join(tmpdir(), 'detour-overlay-'));
    await writeFile(join(dir, 'csl.json'), JSON.stringify(CSL));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('links listed parties to the seed entities they may be, scored and explained', async () => {
    const seedBefore = await database.db.read(
      'MATCH (n:Entity {datasetId: "detour-seed"}) RETURN n.id AS id, n.name AS name, n.aliases AS aliases ORDER BY id',
    );
    const result = await detourImport(join(dir, 'csl.json'));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      'csl: 5 possible matches with existing entities (POSSIBLY_SAME_AS, unverified)',
    );
    const links = await database.db.read(
      [
        'MATCH (a:Entity)-[r:POSSIBLY_SAME_AS]->(b:Entity {datasetId: "detour-seed"})',
        'RETURN a.name AS listed, b.id AS seed, r.score AS score, r.status AS status, r.explanation AS why',
        'ORDER BY seed',
      ].join('\n'),
    );
    expect(links).toEqual([
      {
        listed: 'Beihang Univ.',
        seed: 'beihang-university',
        score: 0.9,
        status: 'unverified',
        why: 'alias "Beijing University of Aeronautics and Astronautics" equals alias "Beijing University of Aeronautics and Astronautics"; both in CN',
      },
      {
        listed: 'HARBIN INSTITUTE OF TECHNOLOGY',
        seed: 'harbin-institute-of-technology',
        score: 1,
        status: 'unverified',
        why: 'exact normalised name match "harbin institute technology"; both in CN',
      },
      {
        listed: 'Sichuan Univeristy',
        seed: 'sichuan-university',
        score: 0.66,
        status: 'unverified',
        why: 'token-set similarity 0.95 between "Sichuan Univeristy" and "Sichuan University", spelt differently: univeristy ≈ university; both in CN',
      },
      {
        listed: 'University of Electronic Science & Technology of China',
        seed: 'uestc',
        score: 1,
        status: 'unverified',
        why: 'exact normalised name match "university electronic science technology china"; both in CN',
      },
      {
        listed: 'Yunda Technology Co., Ltd.',
        seed: 'yunda-technology',
        score: 1,
        status: 'unverified',
        why: 'exact normalised name match "yunda technology"; both in CN',
      },
    ]);
    // Never a merge: the seed's entities are as they were, the listed parties are entities of their own.
    const seedAfter = await database.db.read(
      'MATCH (n:Entity {datasetId: "detour-seed"}) RETURN n.id AS id, n.name AS name, n.aliases AS aliases ORDER BY id',
    );
    expect(seedAfter).toEqual(seedBefore);
    const [listed] = await database.db.read(
      'MATCH (n:Entity {name: "Shenzhen Polytechnic"}) OPTIONAL MATCH (n)-[r:POSSIBLY_SAME_AS]->() RETURN n.datasetId AS dataset, count(r) AS links',
    );
    expect(listed).toEqual({ dataset: 'csl', links: 0 });
  });

  it('shows the links in the API as relationships, with their score and explanation', async () => {
    const answer = await client(
      `{ neighborhood(id: "harbin-institute-of-technology", depth: 1, first: 50) {
          relationships { type from status score explanation }
        } }`,
    );
    expect(answer.errors).toBeUndefined();
    const { relationships } = (
      answer.data as {
        neighborhood: {
          relationships: { type: string; from: string; score: number | null }[];
        };
      }
    ).neighborhood;
    expect(relationships.filter((r) => r.type === 'POSSIBLY_SAME_AS')).toEqual([
      {
        type: 'POSSIBLY_SAME_AS',
        from: 'csl-r1',
        status: 'UNVERIFIED',
        score: 1,
        explanation: 'exact normalised name match "harbin institute technology"; both in CN',
      },
    ]);
  });
});
