import type { Entity, MatchQuality } from '@detour/domain';
import {
  compareNames,
  letterCount,
  nameWords,
  type NameComparison,
  type WordMatch,
} from '@detour/ingest';

/** Why a hit matched: the name or alias that did, and how well. */
export interface SearchMatch {
  readonly quality: MatchQuality;
  /** The stored name or alias that matched best. */
  readonly name: string;
  readonly alias: boolean;
  readonly explanation: string;
}

export interface SearchHit {
  readonly entity: Entity;
  /** 0–1; hits are ordered by it, and each quality has its own band (see BANDS). */
  readonly score: number;
  readonly match: SearchMatch;
}

/** An entity the full-text index found, with Lucene's score for it. */
export interface Candidate {
  readonly entity: Entity;
  readonly luceneScore: number;
}

/** Where each quality's scores start; within a band, a better-covered name scores higher. */
export const BANDS: Readonly<Record<MatchQuality, number>> = {
  exact: 0.9,
  'all-words': 0.7,
  prefix: 0.5,
  fuzzy: 0.3,
  'some-words': 0.1,
};
const BAND_WIDTH = 0.099;

/**
 * How strong a match is within its band: mostly how much of the name the words cover (so
 * "Shenzhen University" beats "Shenzhen University Hospital" for "shenzhen university"), then
 * how many searched words matched, then how few typos; a name beats an alias.
 */
function strength(c: NameComparison, nameLength: number, queryLength: number, alias: boolean) {
  const coverage = (nameLength - c.unmatched) / nameLength;
  const share = c.words.length / queryLength;
  const letters = c.words.reduce((n, w) => n + letterCount(w.query), 0);
  const spelling = letters === 0 ? 1 : 1 - c.edits / letters;
  const within = 0.5 * coverage + 0.3 * share + 0.2 * spelling - (alias ? 0.05 : 0);
  return Math.round((BANDS[c.quality] + BAND_WIDTH * Math.max(0, within)) * 10_000) / 10_000;
}

function describeWord(w: WordMatch): string {
  if (w.how === 'prefix') return `${w.query}… → ${w.word}`;
  if (w.how === 'part') return `${w.query} in ${w.word}`;
  return `${w.query} ≈ ${w.word} (${String(w.edits)} typo${w.edits === 1 ? '' : 's'})`;
}

function explain(c: NameComparison, text: string, alias: boolean, queryLength: number): string {
  const which = `the ${alias ? 'alias' : 'name'} ${JSON.stringify(text)}`;
  const differences = c.words.filter((w) => w.how !== 'exact').map(describeWord);
  const detail = differences.length === 0 ? '' : `: ${differences.join(', ')}`;
  switch (c.quality) {
    case 'exact':
      return `Exactly ${which}`;
    case 'all-words':
      return `Every word is in ${which}`;
    case 'prefix':
      return `Every word is in ${which} or begins one of its words${detail}`;
    case 'fuzzy':
      return `Every word is in ${which}, some spelt differently${detail}`;
    case 'some-words':
      return `${String(c.words.length)} of ${String(queryLength)} words are in ${which} (not ${c.missing.join(', ')})${detail}`;
  }
}

/** The best of an entity's name and aliases for the searched words, or null when none matches. */
export function bestMatch(
  query: readonly string[],
  entity: Entity,
): { score: number; match: SearchMatch } | null {
  let best: { score: number; match: SearchMatch } | null = null;
  for (const [i, text] of [entity.name, ...entity.aliases].entries()) {
    const words = nameWords(text);
    const comparison = compareNames(query, words);
    if (comparison === null) continue;
    const alias = i > 0;
    const score = strength(comparison, words.length, query.length, alias);
    if (best !== null && best.score >= score) continue;
    const explanation = explain(comparison, text, alias, query.length);
    best = { score, match: { quality: comparison.quality, name: text, alias, explanation } };
  }
  return best;
}

/**
 * The candidates the index found, ranked by how well they match: exact name or alias first,
 * then all words, prefixes, typos and most words (see compareNames), then Lucene's score, name
 * and id. Candidates none of whose names match well enough are left out.
 */
export function rankHits(
  query: readonly string[],
  candidates: readonly Candidate[],
  first: number,
): SearchHit[] {
  const ranked = candidates.flatMap(({ entity, luceneScore }) => {
    const found = bestMatch(query, entity);
    return found === null ? [] : [{ entity, luceneScore, ...found }];
  });
  ranked.sort(
    (a, b) =>
      b.score - a.score ||
      b.luceneScore - a.luceneScore ||
      a.entity.name.localeCompare(b.entity.name) ||
      a.entity.id.localeCompare(b.entity.id),
  );
  return ranked.slice(0, first).map(({ entity, score, match }) => ({ entity, score, match }));
}
