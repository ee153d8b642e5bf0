import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageInfo } from './cursor.ts';

const code = (f: () => unknown): unknown => {
  try {
    f();
  } catch (error) {
    return (error as { extensions?: { code?: string; argument?: string } }).extensions;
  }
  return null;
};

describe('page cursors', () => {
  it('round-trip an offset for the same question', () => {
    expect(decodeCursor('after', 'q', encodeCursor('q', 150))).toBe(150);
    expect(decodeCursor('after', 'q', null)).toBe(0);
  });

  it('refuse a cursor of another question, a made-up one and one past the bound', () => {
    expect(code(() => decodeCursor('after', 'other', encodeCursor('q', 1)))).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'after',
    });
    expect(code(() => decodeCursor('kept.after', 'q', 'bm9wZQ'))).toMatchObject({
      argument: 'kept.after',
    });
    expect(code(() => decodeCursor('after', 'q', encodeCursor('q', 20_000), 10_000))).toMatchObject(
      { code: 'BAD_USER_INPUT' },
    );
  });

  it('say whether a page is the last', () => {
    expect(pageInfo('q', 0, 20, 20)).toEqual({ endCursor: null, hasNextPage: false });
    const next = pageInfo('q', 20, 20, 41);
    expect(next.hasNextPage).toBe(true);
    expect(decodeCursor('after', 'q', next.endCursor)).toBe(40);
  });
});
