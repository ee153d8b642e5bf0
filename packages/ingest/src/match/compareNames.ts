import type { MatchQuality } from '@detour/domain';
import { editDistance, letterCount, typosAllowed } from './editDistance.ts';
import { isCjkWord } from './normaliseName.ts';

/** How one searched word met a word of the name. */
export type WordHow = 'exact' | 'prefix' | 'part' | 'fuzzy';

export interface WordMatch {
  /** The searched word. */
  readonly query: string;
  /** The name's word it matched. */
  readonly word: string;
  /** exact; prefix (univ → university); part (a Chinese word inside a longer run); fuzzy. */
  readonly how: WordHow;
  /** Typos, for fuzzy matches. */
  readonly edits: number;
}

export interface NameComparison {
  readonly quality: MatchQuality;
  /** The searched words that matched, in the order searched. */
  readonly words: readonly WordMatch[];
  /** The searched words that did not (only for `some-words`). */
  readonly missing: readonly string[];
  /** How many of the name's words no searched word matched. */
  readonly unmatched: number;
  readonly edits: number;
}

/** At least this share of the searched words (and two of them) for a `some-words` match. */
export const SOME_WORDS_SHARE = 2 / 3;

type Pass = (query: string, word: string) => WordMatch | null;

const PASSES: readonly Pass[] = [
  (query, word) => (query === word ? { query, word, how: 'exact', edits: 0 } : null),
  (query, word) => (word.startsWith(query) ? { query, word, how: 'prefix', edits: 0 } : null),
  (query, word) =>
    isCjkWord(query) && word.includes(query) ? { query, word, how: 'part', edits: 0 } : null,
];

function fuzzy(query: string, word: string): WordMatch | null {
  const allowed = typosAllowed(query);
  if (allowed === 0) return null;
  const edits = editDistance(query, word, allowed);
  return edits <= allowed ? { query, word, how: 'fuzzy', edits } : null;
}

/**
 * Pairs searched words with the name's words, each used once: exact matches first, then
 * prefixes, parts of Chinese words, and the closest spelling within the typos allowed.
 */
function align(query: readonly string[], name: readonly string[], passes = PASSES) {
  const found = new Array<WordMatch | null>(query.length).fill(null);
  const used = new Array<boolean>(name.length).fill(false);
  for (const pass of passes) {
    query.forEach((q, i) => {
      if (found[i] !== null) return;
      const j = name.findIndex((word, k) => !used[k] && pass(q, word) !== null);
      if (j < 0) return;
      used[j] = true;
      found[i] = pass(q, name[j] ?? '');
    });
  }
  query.forEach((q, i) => {
    if (found[i] !== null) return;
    let best: WordMatch | null = null;
    let at = -1;
    for (const [k, word] of name.entries()) {
      const match = used[k] === true ? null : fuzzy(q, word);
      if (match !== null && (best === null || match.edits < best.edits)) {
        best = match;
        at = k;
      }
    }
    if (best === null) return;
    used[at] = true;
    found[i] = best;
  });
  return { found, unmatched: used.filter((u) => !u).length };
}

/**
 * How a name (its normalised words) meets what was searched (its normalised words), or null
 * when too little of it matches:
 *
 * - `exact`: the same words in the same order, or the same letters spaced differently
 *   ("Byte Dance" and "ByteDance");
 * - `all-words`: every searched word is one of the name's, in any order;
 * - `prefix`: every searched word is one of the name's or begins one (a Chinese word may be
 *   part of a longer run);
 * - `fuzzy`: every searched word matches, some within the typos allowed;
 * - `some-words`: at least two, and two thirds, of the searched words match.
 */
export function compareNames(
  query: readonly string[],
  name: readonly string[],
): NameComparison | null {
  if (query.length === 0 || name.length === 0) return null;
  const { found, unmatched } = align(query, name);
  const words = found.filter((m): m is WordMatch => m !== null);
  const missing = query.filter((_, i) => found[i] === null);
  const edits = words.reduce((sum, m) => sum + m.edits, 0);
  const same = query.join(' ') === name.join(' ') || query.join('') === name.join('');
  if (same) return { quality: 'exact', words, missing: [], unmatched: 0, edits: 0 };
  let quality: MatchQuality;
  if (missing.length > 0) {
    if (words.length < 2 || words.length < query.length * SOME_WORDS_SHARE) return null;
    quality = 'some-words';
  } else if (words.some((m) => m.how === 'fuzzy')) quality = 'fuzzy';
  else if (words.some((m) => m.how !== 'exact')) quality = 'prefix';
  else quality = 'all-words';
  return { quality, words, missing, unmatched, edits };
}

/**
 * How alike two names are as sets of words, for matching an import against the database: words
 * paired exactly or within the typos allowed (no prefixes), each pair counting 1 less its share
 * of typos, over all the distinct words of both. Without typos this is the token-set Jaccard
 * index: 1 for the same words in any order, 0 for none in common.
 */
export function wordSimilarity(
  a: readonly string[],
  b: readonly string[],
): { readonly similarity: number; readonly typos: readonly WordMatch[] } {
  const left = [...new Set(a)];
  const right = [...new Set(b)];
  const { found } = align(left, right, PASSES.slice(0, 1));
  const pairs = found.filter((m): m is WordMatch => m !== null);
  const union = left.length + right.length - pairs.length;
  if (union === 0) return { similarity: 0, typos: [] };
  const weight = pairs.reduce((sum, m) => {
    const longer = Math.max(letterCount(m.query), letterCount(m.word));
    return sum + 1 - m.edits / longer;
  }, 0);
  return { similarity: weight / union, typos: pairs.filter((m) => m.how === 'fuzzy') };
}
