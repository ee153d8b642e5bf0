/**
 * Turns the normalised words of what a user typed (nameWords from @detour/ingest, the function
 * that also wrote the index's searchText) into Lucene queries that find candidates; rankHits
 * then orders them by match quality. Two queries, the second asked only when the first finds no
 * name with every word (see searchNames): every word as typed, exactly or as a prefix; then any
 * word, with typos too. In both the whole phrase weighs most. Input is data, never syntax: words
 * hold only letters and digits, and every Lucene special character is escaped besides.
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

function wordClause(word: string, withTypos: boolean): string {
  const term = escapeLucene(word);
  if (ALPHABETIC.test(word)) {
    const typos = withTypos ? typosAllowed(word) : 0;
    const fuzzy = typos > 0 ? ` OR ${term}~${String(typos)}` : '';
    return `(${term}^3 OR ${term}*^2${fuzzy})`;
  }
  // Chinese, Japanese and Korean runs are indexed as bigrams: a phrase matches them in order, and
  // a single character begins the bigrams it starts.
  if (isCjkWord(word) && letterCount(word) === 1) return `("${term}"^3 OR ${term}*^2)`;
  return `"${term}"^3`;
}

function queryWords(words: readonly string[]): string[] {
  return [...new Set(words)].slice(0, MAX_QUERY_WORDS);
}

function phrase(words: readonly string[]): string[] {
  return words.length > 1 ? [`"${words.map(escapeLucene).join(' ')}"^6`] : [];
}

/**
 * The first query: every word required, exactly or as a prefix, in any order; the phrase
 * optional and weighing most. Null when there are no words (stop words alone).
 */
export function allWordsQuery(words: readonly string[]): string | null {
  const used = queryWords(words);
  if (used.length === 0) return null;
  return [...phrase(used), ...used.map((word) => `+${wordClause(word, false)}`)].join(' ');
}

/**
 * The second query: any word, exactly, as a prefix or within the typos allowed (one from five
 * letters, two from eight; fuzzy terms cost Lucene more than the rest of the query together),
 * and the words run together as one term ("Byte Dance" for ByteDance).
 */
export function anyWordQuery(words: readonly string[]): string | null {
  const used = queryWords(words);
  if (used.length === 0) return null;
  const clauses = [...phrase(used), ...used.map((word) => wordClause(word, true))];
  if (used.length > 1 && used.every((word) => ALPHABETIC.test(word)))
    clauses.push(`${escapeLucene(used.join(''))}^3`);
  return clauses.join(' OR ');
}

/** The first query for what a user typed: its normalised words (nameWords), all required. */
export function luceneQueryFor(text: string): string | null {
  return allWordsQuery(nameWords(text));
}
