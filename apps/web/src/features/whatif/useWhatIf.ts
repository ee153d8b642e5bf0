// The chokepoints for a scope, a page at a time, and what cutting the chosen ones off would do.
// Ticking only changes `removed`, which the ranking does not depend on: it is not asked again, and
// the API answers the cut from its cached baseline.
import { fetchChokepoints, fetchEntity, fetchWhatIf, type Scope } from '../../graphql/pathApi.ts';
import type { ChokepointRanking, WhatIfResult } from '../../model/paths.ts';
import type { EntityRecord } from '../../model/subgraph.ts';
import { usePages, type Pages } from '../paging/usePages.ts';
import { useRemote, type Remote } from '../status/useRemote.ts';

/** One column of the layered layout on the canvas (chokepointPicture.ts). */
export const CHOKEPOINTS_PAGE_SIZE = 10;
/** Lost or kept pairs on one page. */
export const CHANGES_PAGE_SIZE = 25;

export interface WhatIf {
  readonly chokepoints: Remote<ChokepointRanking>;
  readonly chokepointPages: Pages;
  /** Null data until at least one entity is cut off. */
  readonly result: Remote<WhatIfResult>;
  readonly lostPages: Pages;
  readonly keptPages: Pages;
  /** The scope's provider and chip or model, those chosen, provider first (for the canvas). */
  readonly targets: Remote<EntityRecord[]>;
}

/** `scope` null: the what-if view is not showing. */
export function useWhatIf(scope: Scope | null, removed: readonly string[]): WhatIf {
  const scopeKey = scope === null ? null : JSON.stringify(scope);
  const chokepointPages = usePages(scopeKey);
  const rankAfter = chokepointPages.after;
  const chokepoints = useRemote(
    scopeKey === null ? null : `${scopeKey}@${rankAfter ?? ''}`,
    (signal) =>
      scope === null
        ? Promise.reject(new Error('no scope'))
        : fetchChokepoints(scope, { first: CHOKEPOINTS_PAGE_SIZE, after: rankAfter }, { signal }),
  );
  const cutKey =
    scopeKey === null || removed.length === 0 ? null : `${scopeKey}-${removed.join(',')}`;
  const lostPages = usePages(cutKey);
  const keptPages = usePages(cutKey);
  const pages = {
    lost: { first: CHANGES_PAGE_SIZE, after: lostPages.after },
    kept: { first: CHANGES_PAGE_SIZE, after: keptPages.after },
  };
  const result = useRemote(
    cutKey === null ? null : `${cutKey}@${pages.lost.after ?? ''}@${pages.kept.after ?? ''}`,
    (signal) =>
      scope === null
        ? Promise.reject(new Error('no scope'))
        : fetchWhatIf(removed, scope, pages, { signal }),
  );
  const targetIds = scope === null ? [] : [scope.provider, scope.to].filter((id) => id !== null);
  const targets = useRemote(targetIds.length === 0 ? null : targetIds.join(','), async (signal) => {
    const found = await Promise.all(targetIds.map((id) => fetchEntity(id, { signal })));
    return found.filter((e) => e !== null);
  });
  return { chokepoints, chokepointPages, result, lostPages, keptPages, targets };
}
