// Cursor paging with Previous as well as Next: the API's cursors only go forward, so the pages
// visited are kept as a stack of `after` cursors. Pure; usePages.ts holds one per list.

/** The `after` cursor of each page after the first that was opened, in order. */
export type PageStack = readonly string[];

export const FIRST_PAGE: PageStack = [];

/** The `after` to ask the current page with: null on the first page. */
export function currentAfter(stack: PageStack): string | null {
  return stack[stack.length - 1] ?? null;
}

/** The next page, from the current page's `pageInfo.endCursor` (unchanged when there is none). */
export function nextPage(stack: PageStack, endCursor: string | null): PageStack {
  return endCursor === null ? stack : [...stack, endCursor];
}

export function previousPage(stack: PageStack): PageStack {
  return stack.slice(0, -1);
}

/** 0 for the first page. */
export function pageIndex(stack: PageStack): number {
  return stack.length;
}

export interface PageRange {
  /** 1-based position of the page's first item; 0 when the page is empty. */
  readonly from: number;
  readonly to: number;
}

/** Which items of the list a page shows, when every page before it was `pageSize` long. */
export function pageRange(stack: PageStack, pageSize: number, shown: number): PageRange {
  const offset = pageIndex(stack) * pageSize;
  return shown === 0 ? { from: 0, to: 0 } : { from: offset + 1, to: offset + shown };
}
