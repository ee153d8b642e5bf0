import { describe, expect, it } from 'vitest';
import { compareNames, wordSimilarity } from './compareNames.ts';
import { nameWords } from './normaliseName.ts';

const compare = (query: string, name: string) => compareNames(nameWords(query), nameWords(name));
const quality = (query: string, name: string) => compare(query, name)?.quality ?? null;

describe('compareNames', () => {
  it('is exact for the same words, whatever the stop words, punctuation and legal forms', () => {
    expect(quality('Harbin Institute of Technology', 'Harbin Institute of Technology')).toBe(
      'exact',
    );
    expect(quality('HARBIN INSTITUTE TECHNOLOGY', 'Harbin Institute of Technology')).toBe('exact');
    expect(quality('Yunda Technology Co., Ltd.', 'Yunda Technology Ltd Co')).toBe('exact');
    expect(quality('Byte Dance', 'ByteDance')).toBe('exact');
    expect(quality('成都运达科技有限公司', '成都运达科技')).toBe('exact');
  });

  it('ranks any order and a subset as all words, word beginnings as prefix', () => {
    expect(quality('Technology Institute Harbin', 'Harbin Institute of Technology')).toBe(
      'all-words',
    );
    expect(quality('Institute of Technology', 'Harbin Institute of Technology')).toBe('all-words');
    expect(compare('Shenzhen', 'Shenzhen University')).toMatchObject({ unmatched: 1 });
    expect(quality('Shenz Univ', 'Shenzhen University')).toBe('prefix');
    expect(quality('四川', '四川大学')).toBe('prefix');
    expect(quality('运达科技', '成都运达科技')).toBe('prefix');
  });

  it('allows one typo from five letters and two from eight', () => {
    expect(compare('Shenzen Univrsity', 'Shenzhen University')).toMatchObject({
      quality: 'fuzzy',
      edits: 2,
      words: [
        { query: 'shenzen', word: 'shenzhen', how: 'fuzzy', edits: 1 },
        { query: 'univrsity', word: 'university', how: 'fuzzy', edits: 1 },
      ],
    });
    expect(quality('Tsingua', 'Tsinghua University')).toBe('fuzzy');
    expect(quality('Shnzhn', 'Shenzhen')).toBe(null);
    expect(quality('Hat', 'HIT')).toBe(null);
  });

  it('pairs each word once, exact matches before typos', () => {
    expect(compare('nvidia nvidia', 'Nvidia A100')).toBe(null);
    expect(compare('Hanrui Hanrei', 'Hanrui Hanrei Labs')?.words.map((w) => w.how)).toEqual([
      'exact',
      'exact',
    ]);
  });

  it('accepts most words as some words, never fewer than two', () => {
    expect(
      compare('Harbin Institute of Technology Shenzhen', 'Harbin Institute of Technology'),
    ).toMatchObject({ quality: 'some-words', missing: ['shenzhen'] });
    expect(quality('Shenzhen Polytechnic', 'Shenzhen University')).toBe(null);
    expect(quality('of the', 'Harbin Institute of Technology')).toBe(null);
  });
});

describe('wordSimilarity', () => {
  it('is the token-set Jaccard index without typos', () => {
    const nudt = nameWords('National University of Defense Technology');
    expect(
      wordSimilarity(nudt, nameWords('Technology Defense University National')).similarity,
    ).toBe(1);
    expect(
      wordSimilarity(nudt, nameWords('National University of Defense Technology PLA')).similarity,
    ).toBe(0.8);
    expect(wordSimilarity(nudt, nameWords('Harbin Institute')).similarity).toBe(0);
  });

  it('counts a word with typos a little less than a word spelt the same', () => {
    const { similarity, typos } = wordSimilarity(
      nameWords('Shenzen Univrsity'),
      nameWords('Shenzhen University'),
    );
    expect(similarity).toBeCloseTo((1 - 1 / 8 + 1 - 1 / 10) / 2);
    expect(typos.map((t) => `${t.query}≈${t.word}`)).toEqual([
      'shenzen≈shenzhen',
      'univrsity≈university',
    ]);
  });
});
