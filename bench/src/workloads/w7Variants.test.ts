import { describe, expect, it } from 'vitest';
import { plainLuceneQuery } from './w7Search.ts';
import { variantOf, withTypo } from './w7Variants.ts';

describe('W7 search variants', () => {
  it('writes a name as pasted, with a typo, reordered and as word beginnings', () => {
    const name = 'Hanrui Intelligent Systems Ltd';
    expect(variantOf('exact', name)).toBe(name);
    expect(variantOf('pasted', name)).toBe('The HANRUI INTELLIGENT SYSTEMS LTD, Co., Ltd.');
    expect(variantOf('typo', name)).toBe('Hanrui Intelilgent Systems Ltd');
    expect(variantOf('reordered', name)).toBe('Ltd Systems Intelligent Hanrui');
    expect(variantOf('prefixes', name)).toBe('Hanr Inte Syst Ltd');
  });

  it('leaves a name without a word of five letters as it is', () => {
    expect(withTypo('Zen AI Lab')).toBe('Zen AI Lab');
  });
});

describe('the plain full-text query', () => {
  it('requires every word, stop words too, exactly or as a prefix', () => {
    expect(plainLuceneQuery('Institute of Technology')).toBe(
      '(institute^2 OR institute*) AND (of^2 OR of*) AND (technology^2 OR technology*)',
    );
    expect(plainLuceneQuery('+-&|!(){}[]^"~*?:\\/')).toBeNull();
  });
});
