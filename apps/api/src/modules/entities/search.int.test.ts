/**
 * Search over the seed as investigators use it: every seed entity's exact name, and a table of
 * real name variants (stop words, legal forms, typos, word order, accents, aliases, Chinese),
 * each of which must find its entity first, on the real embedded Neo4j.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '@detour/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphqlClient, testAuth } from '../../../test/graphqlClient.ts';
import { NAME_VARIANTS } from '../../../test/nameVariants.ts';
import { useTestDatabase } from '../../../test/testDatabase.ts';
import { loadConfig } from '../../config.ts';
import { loadSeed } from '../datasets/loadSeed.ts';
import { searchNames } from './searchNames.ts';

const database = useTestDatabase();
const client = graphqlClient(database.db, testAuth(false));
const seedDir = loadConfig({}).seedDir;
const seed = JSON.parse(readFileSync(join(seedDir, 'detour-seed.json'), 'utf8')) as Dataset;

beforeAll(async () => {
  await loadSeed(database.db, seedDir, () => undefined);
});

const SEARCH = `query Search($query: String!, $kinds: [EntityKind!], $first: Int) {
  search(query: $query, kinds: $kinds, first: $first) {
    score
    entity { id name }
    match { quality name alias explanation }
  }
}`;

interface Hit {
  readonly score: number;
  readonly entity: { readonly id: string; readonly name: string };
  readonly match: { quality: string; name: string; alias: boolean; explanation: string };
}

async function search(query: string, extra: Record<string, unknown> = {}): Promise<Hit[]> {
  const answer = await client(SEARCH, { query, ...extra });
  expect(answer.errors).toBeUndefined();
  return (answer.data as { search: Hit[] }).search;
}

describe('search over the seed', () => {
  it('finds every seed entity first by its exact name, stop words and punctuation included', async () => {
    expect(seed.entities.length).toBeGreaterThanOrEqual(85);
    const misses: string[] = [];
    for (const entity of seed.entities) {
      const [top] = await searchNames(database.db, entity.name, null, 5);
      if (top?.entity.id !== entity.id || top.match.quality !== 'exact')
        misses.push(
          `${entity.name} → ${top?.entity.id ?? 'nothing'} (${top?.match.quality ?? ''})`,
        );
    }
    expect(misses).toEqual([]);
  });

  it(`finds the entity of each of ${String(NAME_VARIANTS.length)} name variants first`, async () => {
    expect(NAME_VARIANTS.length).toBeGreaterThanOrEqual(60);
    const wrong: string[] = [];
    for (const variant of NAME_VARIANTS) {
      const [top] = await searchNames(database.db, variant.query, null, 5);
      const got = `${top?.entity.id ?? 'nothing'} (${top?.match.quality ?? ''})`;
      if (got !== `${variant.first} (${variant.quality})`)
        wrong.push(`${variant.query}: expected ${variant.first} (${variant.quality}), got ${got}`);
    }
    expect(wrong).toEqual([]);
  });

  it('answers through GraphQL with the reason for each hit, best first', async () => {
    const hits = await search('Shenzen Univrsity', { first: 3 });
    expect(hits[0]).toEqual({
      score: expect.any(Number) as number,
      entity: { id: 'shenzhen-university', name: 'Shenzhen University' },
      match: {
        quality: 'FUZZY',
        name: 'Shenzhen University',
        alias: false,
        explanation:
          'Every word is in the name "Shenzhen University", some spelt differently: shenzen ≈ shenzhen (1 typo), univrsity ≈ university (1 typo)',
      },
    });
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const [alias] = await search('哈尔滨工业大学');
    expect(alias?.match).toMatchObject({ quality: 'EXACT', name: '哈尔滨工业大学', alias: true });
  });

  it('ranks the exact name above names that only contain its words', async () => {
    const hits = await search('Nvidia');
    expect(hits[0]?.entity.id).toBe('nvidia');
    expect(hits.slice(1).every((h) => h.match.quality === 'ALL_WORDS')).toBe(true);
    expect(hits.map((h) => h.entity.id)).toContain('nvidia-h100');
  });

  it('returns only the kinds asked for', async () => {
    const hits = await search('Tsinghua', { kinds: ['INTERMEDIARY'] });
    expect(hits.map((h) => h.entity.id)).toEqual(['unnamed-supplier-tsinghua-h100-2023']);
  });

  it('gives an empty answer, not an error, for stop words or punctuation alone', async () => {
    expect(await search('of the and')).toEqual([]);
    expect(await search('“…” — ()')).toEqual([]);
    expect(await search('Co., Ltd.')).toEqual([]);
  });

  it('answers the longest query allowed, of long words, without Lucene refusing it', async () => {
    const words = Array.from({ length: 22 }, (_, i) => `technolog${String.fromCharCode(97 + i)}`);
    const query = words.join(' ').slice(0, 200);
    expect(await search(query)).toEqual([]);
    const [top] = await search(`Harbin Institute of Technology ${'x'.repeat(160)}`);
    expect(top?.entity.id).toBe('harbin-institute-of-technology');
  });
});
