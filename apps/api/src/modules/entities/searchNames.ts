import type { EntityKind } from '@detour/domain';
import { nameWords } from '@detour/ingest';
import type { Database } from '../../db/database.ts';
import { rankHits, type SearchHit } from './rankHits.ts';
import { searchCandidates } from './repository.ts';
import { toLuceneQuery } from './searchQuery.ts';

/** The index is asked for at least this many candidates, however few hits are wanted. */
export const MIN_CANDIDATES = 30;

/**
 * Search by name and alias: the words of `text` (normalised as the index's were), candidates
 * from the full-text index, ranked by match quality. Words that are all stop words or
 * punctuation find nothing, and say so by an empty answer.
 */
export async function searchNames(
  db: Database,
  text: string,
  kinds: readonly EntityKind[] | null,
  first: number,
): Promise<SearchHit[]> {
  const words = nameWords(text);
  const lucene = toLuceneQuery(words);
  if (lucene === null) return [];
  const candidates = await searchCandidates(db, lucene, kinds, Math.max(MIN_CANDIDATES, 2 * first));
  return rankHits(words, candidates, first);
}
