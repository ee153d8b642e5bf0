// The end users that reach one provider only through intermediaries, a page at a time, with the
// totals and channels of the whole answer.
import { fetchProviderExposure, type ExposureQuery } from '../../graphql/pathApi.ts';
import type { ProviderExposure } from '../../model/paths.ts';
import { usePages, type Pages } from '../paging/usePages.ts';
import { useRemote, type Remote } from '../status/useRemote.ts';

export const EXPOSED_PAGE_SIZE = 25;
/** Paths shown per exposed end user. */
export const PATHS_EACH = 3;
/** Channels listed and drawn. */
export const CHANNELS = 20;

export interface Exposure extends Remote<ProviderExposure> {
  readonly pages: Pages;
}

/** `query` null: no provider chosen, or another view is showing. */
export function useExposure(query: ExposureQuery | null): Exposure {
  const question = query === null ? null : JSON.stringify(query);
  const pages = usePages(question);
  const after = pages.after;
  const remote = useRemote(question === null ? null : `${question}@${after ?? ''}`, (signal) =>
    query === null
      ? Promise.reject(new Error('no provider'))
      : fetchProviderExposure(
          query,
          { first: EXPOSED_PAGE_SIZE, after, pathsEach: PATHS_EACH, channels: CHANNELS },
          { signal },
        ),
  );
  return { ...remote, pages };
}
