import { describe, expect, it } from 'vitest';
import { toLuceneQuery } from './searchQuery.ts';

describe('toLuceneQuery', () => {
  it('matches Latin words as prefixes, every word required', () => {
    expect(toLuceneQuery('Shenzhen Univ')).toBe('(shenzhen^2 OR shenzhen*) AND (univ^2 OR univ*)');
  });

  it('quotes CJK runs so the CJK analyzer matches their bigrams', () => {
    expect(toLuceneQuery('深圳大学')).toBe('"深圳大学"');
  });

  it('escapes every Lucene operator and special character, treating them as spaces', () => {
    expect(toLuceneQuery('name:"x" OR (y)*')).toBe(
      '(name^2 OR name*) AND (x^2 OR x*) AND "or" AND (y^2 OR y*)',
    );
    expect(toLuceneQuery('+-&|!(){}[]^"~*?:\\/')).toBeNull();
  });

  it('returns null when nothing searchable is left', () => {
    expect(toLuceneQuery('   ')).toBeNull();
  });

  it('normalises full-width characters', () => {
    expect(toLuceneQuery('ＡＷＳ')).toBe('(aws^2 OR aws*)');
  });
});
