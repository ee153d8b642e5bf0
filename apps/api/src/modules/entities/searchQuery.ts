/**
 * Turns the normalised words of what a user typed (nameWords from @detour/ingest, the function
 * that also wrote the index's searchText) into a Lucene query that finds candidates; rankHits
 * then orders them by match quality. The query is wide on purpose: any word may match, exactly,
 * as a prefix or within the typos allowed, and the whole phrase weighs most. Input is data, never
 * syntax: words hold only letters and digits, and every Lucene special character is escaped
 * besides.
 */
import { isCjkWord, letterCount, nameWords, typosAllowed } from '@detour/ingest';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/\s]/g;
/** Words the full-text analyzer splits the same way the normaliser does. */
const ALPHABETIC = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}]+$/u;
/**
 * Words of one query sent to Lucene, each up to ~70 clauses once its prefix and typos expand:
 * Lucene refuses a query of more than 1,024. Later words still count in the ranking.
 */
export const MAX_QUERY_WORDS = 10;

export function escapeLucene(word: string): string {
  return word.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

function wordClause(word: string): string {
  const term = escapeLucene(word);
  if (ALPHABETIC.test(word)) {
    const typos = typosAllowed(word);
    const fuzzy = typos > 0 ? ` OR ${term}~${String(typos)}` : '';
    return `(${term}^3 OR ${term}*^2${fuzzy})`;
  }
  // Chinese, Japanese and Korean runs are indexed as bigrams: a phrase matches them in order, and
  // a single character begins the bigrams it starts.
  if (isCjkWord(word) && letterCount(word) === 1) return `("${term}"^3 OR ${term}*^2)`;
  return `"${term}"^3`;
}

/** The Lucene query for a search's normalised words; null when there are none. */
export function toLuceneQuery(words: readonly string[]): string | null {
  const used = [...new Set(words)].slice(0, MAX_QUERY_WORDS);
  if (used.length === 0) return null;
  const clauses = used.map(wordClause);
  if (used.length > 1) {
    clauses.unshift(`"${used.map(escapeLucene).join(' ')}"^6`);
    // "Byte Dance" for ByteDance: the words run together, as one term.
    if (used.every((word) => ALPHABETIC.test(word)))
      clauses.push(`${escapeLucene(used.join(''))}^3`);
  }
  return clauses.join(' OR ');
}

/** The Lucene query for what a user typed: its normalised words (nameWords), then toLuceneQuery. */
export function luceneQueryFor(text: string): string | null {
  return toLuceneQuery(nameWords(text));
}
