import { nameWords } from '@detour/ingest';
import { describe, expect, it } from 'vitest';
import { escapeLucene, MAX_QUERY_WORDS, toLuceneQuery } from './searchQuery.ts';

const query = (text: string) => toLuceneQuery(nameWords(text));

describe('toLuceneQuery', () => {
  it('lets any word match exactly, as a prefix or with typos, the whole phrase weighing most', () => {
    expect(query('Shenzen Univrsity')).toBe(
      '"shenzen univrsity"^6 OR (shenzen^3 OR shenzen*^2 OR shenzen~1) OR (univrsity^3 OR univrsity*^2 OR univrsity~2) OR shenzenunivrsity^3',
    );
  });

  it('drops stop words and legal forms before building it, as the index did', () => {
    expect(query('Harbin Institute of Technology')).toBe(query('harbin institute technology'));
    expect(query('Yunda Technology Co., Ltd.')).toBe(query('Yunda Technology'));
    expect(query('HIT')).toBe('(hit^3 OR hit*^2)');
  });

  it('allows no typos in words shorter than five letters', () => {
    expect(query('Li Ming')).toBe(
      '"li ming"^6 OR (li^3 OR li*^2) OR (ming^3 OR ming*^2) OR liming^3',
    );
  });

  it('quotes CJK runs so the CJK analyzer matches their bigrams; one character is a prefix', () => {
    expect(query('深圳大学')).toBe('"深圳大学"^3');
    expect(query('深')).toBe('("深"^3 OR 深*^2)');
    expect(query('EDA国创中心')).toBe('"eda 国创中心"^6 OR (eda^3 OR eda*^2) OR "国创中心"^3');
  });

  it('leaves no operator or special character of Lucene in what was typed', () => {
    expect(query('name:"x" OR (y)*')).toBe(
      '"name x y"^6 OR (name^3 OR name*^2) OR (x^3 OR x*^2) OR (y^3 OR y*^2) OR namexy^3',
    );
    expect(query('+-&|!(){}[]^"~*?:\\/')).toBeNull();
    expect(escapeLucene('a+b"c d\\')).toBe('a\\+b\\"c\\ d\\\\');
  });

  it('returns null when nothing searchable is left: blanks or stop words alone', () => {
    expect(query('   ')).toBeNull();
    expect(query('of the and')).toBeNull();
  });

  it('normalises full-width characters and accents', () => {
    expect(query('ＡＷＳ')).toBe('(aws^3 OR aws*^2)');
    expect(query('Tsínghuá')).toBe(query('Tsinghua'));
  });

  it('sends at most MAX_QUERY_WORDS words, so Lucene never has too many clauses', () => {
    const words = Array.from({ length: 40 }, (_, i) => `longword${String(i)}`);
    const lucene = toLuceneQuery(words) ?? '';
    expect(lucene.match(/~2/g)).toHaveLength(MAX_QUERY_WORDS);
    expect(lucene).not.toContain(`longword${String(MAX_QUERY_WORDS)}^3`);
  });
});
