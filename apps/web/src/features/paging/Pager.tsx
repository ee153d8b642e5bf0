// Previous and Next under a ranked list, with which items of how many the page shows.
import type { JSX } from 'react';
import { formatNumber } from '../../format/values.ts';
import type { PageInfo } from '../../model/paths.ts';
import { pageRange } from './pageStack.ts';
import type { Pages } from './usePages.ts';
import './paging.css';

export interface PagerProps {
  /** What the list holds, for the navigation's name: "chokepoints" → "Pages of chokepoints". */
  readonly label: string;
  readonly pages: Pages;
  readonly pageSize: number;
  /** How many items the page on screen holds. */
  readonly shown: number;
  /** Items in the whole list, when the API says. */
  readonly total?: number;
  /** What the items are, after the total: "pairs" → "1–25 of 300 pairs". */
  readonly unit?: string;
  readonly pageInfo: PageInfo;
  /** A page is loading: Next waits for its cursor. */
  readonly busy: boolean;
}

/** Nothing when the whole list fits on the first page. */
export function Pager({
  label,
  pages,
  pageSize,
  shown,
  total,
  unit,
  pageInfo,
  busy,
}: PagerProps): JSX.Element | null {
  if (pages.index === 0 && !pageInfo.hasNextPage) return null;
  const { from, to } = pageRange(pages.stack, pageSize, shown);
  return (
    <nav className="pager" aria-label={`Pages of ${label}`}>
      <button
        type="button"
        className="button pager-button"
        disabled={pages.index === 0}
        onClick={pages.previous}
      >
        ← Previous
      </button>
      <span className="pager-range muted">
        {formatNumber(from)}–{formatNumber(to)}
        {total !== undefined && <> of {formatNumber(total)}</>}
        {unit !== undefined && <> {unit}</>}
      </span>
      <button
        type="button"
        className="button pager-button"
        disabled={busy || !pageInfo.hasNextPage}
        onClick={() => {
          pages.next(pageInfo.endCursor);
        }}
      >
        Next →
      </button>
    </nav>
  );
}
