import { describe, expect, it } from 'vitest';
import {
  FIRST_PAGE,
  currentAfter,
  nextPage,
  pageIndex,
  pageRange,
  previousPage,
} from './pageStack.ts';

describe('pageStack', () => {
  it('starts on the first page, with no cursor', () => {
    expect(currentAfter(FIRST_PAGE)).toBeNull();
    expect(pageIndex(FIRST_PAGE)).toBe(0);
    expect(pageRange(FIRST_PAGE, 20, 20)).toEqual({ from: 1, to: 20 });
  });

  it('goes forward with the end cursor and back to where it was', () => {
    const second = nextPage(FIRST_PAGE, 'c20');
    const third = nextPage(second, 'c40');
    expect(currentAfter(third)).toBe('c40');
    expect(pageRange(third, 20, 7)).toEqual({ from: 41, to: 47 });
    expect(currentAfter(previousPage(third))).toBe('c20');
    expect(currentAfter(previousPage(previousPage(third)))).toBeNull();
    // Back from the first page stays there.
    expect(previousPage(FIRST_PAGE)).toEqual(FIRST_PAGE);
  });

  it('stays put when there is no next page, and says an empty page shows nothing', () => {
    expect(nextPage(FIRST_PAGE, null)).toBe(FIRST_PAGE);
    expect(pageRange(FIRST_PAGE, 20, 0)).toEqual({ from: 0, to: 0 });
  });
});
