// Access paths for a query (end user, capability, statuses, date), loaded when the query changes.
import { fetchAccessPaths, type AccessPathQuery } from '../../graphql/pathApi.ts';
import type { AccessPathResult } from '../../model/paths.ts';
import { useRemote, type Remote } from '../status/useRemote.ts';

/** `query` null: nothing to load (another view is showing). */
export function usePaths(query: AccessPathQuery | null): Remote<AccessPathResult> {
  const key = query === null ? null : JSON.stringify(query);
  return useRemote(key, (signal) =>
    query === null ? Promise.reject(new Error('no query')) : fetchAccessPaths(query, { signal }),
  );
}
