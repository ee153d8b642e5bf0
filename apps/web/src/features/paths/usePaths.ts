// Access paths for a query (end user, capability, statuses, date), a page at a time: loaded when the
// query or the page changes; a new query starts again at the first page.
import { fetchAccessPaths, type AccessPathQuery } from '../../graphql/pathApi.ts';
import type { AccessPathResult } from '../../model/paths.ts';
import { usePages, type Pages } from '../paging/usePages.ts';
import { useRemote, type Remote } from '../status/useRemote.ts';

/** Paths on one page of the access-path list. */
export const PATHS_PAGE_SIZE = 100;

export interface PagedPaths extends Remote<AccessPathResult> {
  readonly pages: Pages;
}

/** `query` null: nothing to load (another view is showing). */
export function usePaths(query: AccessPathQuery | null): PagedPaths {
  const question = query === null ? null : JSON.stringify(query);
  const pages = usePages(question);
  const after = pages.after;
  const key = question === null ? null : `${question}@${after ?? ''}`;
  const remote = useRemote(key, (signal) =>
    query === null
      ? Promise.reject(new Error('no query'))
      : fetchAccessPaths({ ...query, after }, { signal }),
  );
  return { ...remote, pages };
}
