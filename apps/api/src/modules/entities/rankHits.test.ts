import type { Entity } from '@detour/domain';
import { nameWords } from '@detour/ingest';
import { describe, expect, it } from 'vitest';
import { bestMatch, rankHits, type Candidate } from './rankHits.ts';

function entity(id: string, name: string, aliases: string[] = []): Entity {
  return { id, kind: 'EndUser', name, aliases, sources: [] };
}

const szu = entity('szu', 'Shenzhen University', ['深圳大学']);
const hospital = entity('szu-hospital', 'Shenzhen University General Hospital');
const hit = entity('hit', 'Harbin Institute of Technology', ['哈尔滨工业大学', 'HIT']);
const nvidia = entity('nvidia', 'Nvidia', ['NVIDIA Corporation']);
const a100 = entity('nvidia-a100', 'Nvidia A100', ['A100']);

/** Candidates in the order Lucene might give them, the weakest match first. */
function candidates(...entities: Entity[]): Candidate[] {
  return entities.map((e, i) => ({ entity: e, luceneScore: entities.length - i }));
}

const ids = (text: string, ...entities: Entity[]) =>
  rankHits(nameWords(text), candidates(...entities), 10).map((h) => h.entity.id);

describe('rankHits', () => {
  it('puts the exact name first, whatever Lucene scored', () => {
    expect(ids('Shenzhen University', hospital, szu)).toEqual(['szu', 'szu-hospital']);
    expect(ids('NVIDIA', a100, nvidia)).toEqual(['nvidia', 'nvidia-a100']);
  });

  it('ranks exact, all words, prefix, fuzzy, then some words, with scores in their bands', () => {
    const tsinghua = entity('tsinghua', 'Tsinghua University');
    const shenzhenTech = entity('sztu', 'Shenzhen Technology University');
    const hits = rankHits(
      nameWords('Shenzhen University'),
      candidates(shenzhenTech, szu, hospital, tsinghua),
      10,
    );
    expect(hits.map((h) => [h.entity.id, h.match.quality])).toEqual([
      ['szu', 'exact'],
      ['sztu', 'all-words'],
      ['szu-hospital', 'all-words'],
    ]);
    const [exact, three, five] = hits.map((h) => h.score);
    expect(exact).toBeGreaterThanOrEqual(0.9);
    // The shorter name is covered more fully by the words searched for.
    expect(three).toBeGreaterThan(five ?? 1);
    expect(three).toBeLessThan(0.8);
  });

  it('says which name or alias matched, and how', () => {
    expect(bestMatch(nameWords('HIT'), hit)?.match).toEqual({
      quality: 'exact',
      name: 'HIT',
      alias: true,
      explanation: 'Exactly the alias "HIT"',
    });
    expect(bestMatch(nameWords('Shenzen Univrsity'), szu)?.match).toEqual({
      quality: 'fuzzy',
      name: 'Shenzhen University',
      alias: false,
      explanation:
        'Every word is in the name "Shenzhen University", some spelt differently: shenzen ≈ shenzhen (1 typo), univrsity ≈ university (1 typo)',
    });
    expect(bestMatch(nameWords('Harbin Inst Tech'), hit)?.match.explanation).toBe(
      'Every word is in the name "Harbin Institute of Technology" or begins one of its words: inst… → institute, tech… → technology',
    );
    expect(bestMatch(nameWords('哈尔滨'), hit)?.match.explanation).toBe(
      'Every word is in the alias "哈尔滨工业大学" or begins one of its words: 哈尔滨… → 哈尔滨工业大学',
    );
    expect(
      bestMatch(nameWords('Harbin Institute of Technology, Shenzhen'), hit)?.match.explanation,
    ).toBe('3 of 4 words are in the name "Harbin Institute of Technology" (not shenzhen)');
  });

  it('prefers the name to an alias that matches as well', () => {
    expect(bestMatch(nameWords('Nvidia'), nvidia)?.match).toMatchObject({
      name: 'Nvidia',
      alias: false,
    });
  });

  it('leaves out candidates none of whose names match well enough, and keeps `first`', () => {
    expect(ids('Shenzhen Polytechnic', szu, hospital)).toEqual([]);
    expect(rankHits(nameWords('Shenzhen'), candidates(szu, hospital), 1)).toHaveLength(1);
  });
});
