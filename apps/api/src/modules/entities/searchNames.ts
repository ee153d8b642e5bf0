import type { EntityKind, MatchQuality } from '@detour/domain';
import { nameWords } from '@detour/ingest';
import type { Database } from '../../db/database.ts';
import { rankHits, type Candidate, type SearchHit } from './rankHits.ts';
import { searchCandidates } from './repository.ts';
import { allWordsQuery, anyWordQuery } from './searchQuery.ts';

/** The index is asked for at least this many candidates, however few hits are wanted. */
export const MIN_CANDIDATES = 20;

/** Qualities that mean every word was found as typed (exactly or as a prefix). */
const AS_TYPED: ReadonlySet<MatchQuality> = new Set(['exact', 'all-words', 'prefix']);

/**
 * Search by name and alias: the words of `text` (normalised as the index's were), candidates
 * from the full-text index, ranked by match quality (rankHits). The index is first asked for
 * names with every word as typed (exactly or as a prefix), which costs about what a plain
 * full-text query does; only when none has them is it asked again for any word, typos
 * included, which finds typo and most-words matches. (Those rank below every name with all the
 * words, so they are not looked for when such names exist.) Text that is all stop words or
 * punctuation finds nothing, and says so by an empty answer.
 */
export async function searchNames(
  db: Database,
  text: string,
  kinds: readonly EntityKind[] | null,
  first: number,
): Promise<SearchHit[]> {
  const words = nameWords(text);
  const allWords = allWordsQuery(words);
  const anyWord = anyWordQuery(words);
  if (allWords === null || anyWord === null) return [];
  const pool = Math.max(MIN_CANDIDATES, 2 * first);
  const found = await searchCandidates(db, allWords, kinds, pool);
  const hits = rankHits(words, found, first);
  if (hits.some((hit) => AS_TYPED.has(hit.match.quality))) return hits;
  const more = await searchCandidates(db, anyWord, kinds, pool);
  return rankHits(words, distinct([...found, ...more]), first);
}

/** Candidates with repeats left out (the first kept). */
function distinct(candidates: readonly Candidate[]): Candidate[] {
  const byId = new Map<string, Candidate>();
  for (const candidate of candidates)
    if (!byId.has(candidate.entity.id)) byId.set(candidate.entity.id, candidate);
  return [...byId.values()];
}
