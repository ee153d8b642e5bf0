// Debounced search-as-you-type. Results are keyed by their query, so a slow old answer never
// shows under a newer query, and nothing needs resetting when the box is cleared.
import { isEntityKind, type EntityKind } from '@detour/domain';
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

/** `kinds` limits the hits (e.g. to end users); absent means every kind. */
export function useSearch(text: string, kinds?: readonly EntityKind[]): SearchState {
  const query = text.trim();
  const kindKey = kinds?.join(',') ?? '';
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    if (query === '') return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const only = kindKey === '' ? {} : { kinds: kindKey.split(',').filter(isEntityKind) };
      searchEntities(query, { signal: controller.signal, ...only }).then(
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
  }, [query, kindKey]);

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
