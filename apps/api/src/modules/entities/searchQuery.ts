/**
 * Turns what a user typed into a Lucene query for the full-text index. Input is data, never
 * syntax: every special character is escaped. Latin words match as prefixes (shenz → Shenzhen);
 * CJK runs become quoted phrases, which the CJK analyzer matches as bigrams (深圳 → 深圳大学).
 */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/;
const LUCENE_OPERATORS = new Set(['and', 'or', 'not', 'to']);

export function toLuceneQuery(input: string): string | null {
  const terms = input
    .normalize('NFKC')
    .toLowerCase()
    .replace(LUCENE_SPECIAL, ' ')
    .split(/\s+/)
    .filter((term) => term.length > 0);
  if (terms.length === 0) return null;
  return terms
    .map((term) => {
      if (CJK.test(term)) return `"${term}"`;
      if (LUCENE_OPERATORS.has(term)) return `"${term}"`;
      return `(${term}^2 OR ${term}*)`;
    })
    .join(' AND ');
}
