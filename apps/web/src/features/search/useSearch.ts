// Debounced search-as-you-type. Results are keyed by their query, so a slow old answer never
// shows under a newer query, and nothing needs resetting when the box is cleared.
import { useEffect, useState } from 'react';
import { isAbort } from '../../graphql/client.ts';
import { searchEntities } from '../../graphql/api.ts';
import type { SearchHit } from '../../model/subgraph.ts';

export const SEARCH_DEBOUNCE_MS = 150;

export interface SearchState {
  readonly query: string;
  /** The hits for `query`, or for the previous query while `status` is "loading". */
  readonly hits: readonly SearchHit[];
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly error: unknown;
}

interface Answer {
  readonly query: string;
  readonly hits: readonly SearchHit[];
  readonly error: unknown;
}

export function useSearch(text: string): SearchState {
  const query = text.trim();
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    if (query === '') return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      searchEntities(query, { signal: controller.signal }).then(
        (hits) => {
          setAnswer({ query, hits, error: null });
        },
        (error: unknown) => {
          if (!isAbort(error)) setAnswer({ query, hits: [], error });
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  if (query === '') return { query, hits: [], status: 'idle', error: null };
  if (answer?.query !== query)
    return { query, hits: answer?.hits ?? [], status: 'loading', error: null };
  return {
    query,
    hits: answer.hits,
    status: answer.error === null ? 'ready' : 'error',
    error: answer.error,
  };
}
