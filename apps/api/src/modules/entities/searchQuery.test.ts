import { nameWords } from '@detour/ingest';
import { describe, expect, it } from 'vitest';
import {
  allWordsQuery,
  anyWordQuery,
  escapeLucene,
  luceneQueryFor,
  MAX_QUERY_WORDS,
} from './searchQuery.ts';

const any = (text: string) => anyWordQuery(nameWords(text));

describe('allWordsQuery', () => {
  it('requires every word, exactly or as a prefix, the whole phrase weighing most', () => {
    expect(luceneQueryFor('Shenzhen Univ')).toBe(
      '"shenzhen univ"^6 +(shenzhen^3 OR shenzhen*^2) +(univ^3 OR univ*^2)',
    );
    expect(luceneQueryFor('HIT')).toBe('+(hit^3 OR hit*^2)');
  });

  it('drops stop words and legal forms before building it, as the index did', () => {
    expect(luceneQueryFor('Harbin Institute of Technology')).toBe(
      luceneQueryFor('harbin institute technology'),
    );
    expect(luceneQueryFor('Yunda Technology Co., Ltd.')).toBe(luceneQueryFor('Yunda Technology'));
  });

  it('quotes CJK runs so the CJK analyzer matches their bigrams; one character is a prefix', () => {
    expect(luceneQueryFor('深圳大学')).toBe('+"深圳大学"^3');
    expect(luceneQueryFor('深')).toBe('+("深"^3 OR 深*^2)');
    expect(luceneQueryFor('EDA国创中心')).toBe('"eda 国创中心"^6 +(eda^3 OR eda*^2) +"国创中心"^3');
  });
});

describe('anyWordQuery', () => {
  it('lets any word match exactly, as a prefix or with typos, and the words run together', () => {
    expect(any('Shenzen Univrsity')).toBe(
      '"shenzen univrsity"^6 OR (shenzen^3 OR shenzen*^2 OR shenzen~1) OR (univrsity^3 OR univrsity*^2 OR univrsity~2) OR shenzenunivrsity^3',
    );
  });

  it('allows no typos in words shorter than five letters', () => {
    expect(any('Li Ming')).toBe(
      '"li ming"^6 OR (li^3 OR li*^2) OR (ming^3 OR ming*^2) OR liming^3',
    );
  });

  it('sends at most MAX_QUERY_WORDS words, so Lucene never has too many clauses', () => {
    const words = Array.from({ length: 40 }, (_, i) => `longword${String(i)}`);
    const lucene = anyWordQuery(words) ?? '';
    expect(lucene.match(/~2/g)).toHaveLength(MAX_QUERY_WORDS);
    expect(lucene).not.toContain(`longword${String(MAX_QUERY_WORDS)}^3`);
    expect(allWordsQuery(words)?.match(/\+/g)).toHaveLength(MAX_QUERY_WORDS);
  });
});

describe('both queries', () => {
  it('leave no operator or special character of Lucene in what was typed', () => {
    expect(luceneQueryFor('name:"x" OR (y)*')).toBe(
      '"name x y"^6 +(name^3 OR name*^2) +(x^3 OR x*^2) +(y^3 OR y*^2)',
    );
    expect(luceneQueryFor('+-&|!(){}[]^"~*?:\\/')).toBeNull();
    expect(any('+-&|!(){}[]^"~*?:\\/')).toBeNull();
    expect(escapeLucene('a+b"c d\\')).toBe('a\\+b\\"c\\ d\\\\');
  });

  it('are null when nothing searchable is left: blanks or stop words alone', () => {
    expect(luceneQueryFor('   ')).toBeNull();
    expect(any('of the and')).toBeNull();
  });

  it('normalise full-width characters and accents', () => {
    expect(luceneQueryFor('ＡＷＳ')).toBe('+(aws^3 OR aws*^2)');
    expect(any('Tsínghuá')).toBe(any('Tsinghua'));
  });
});
