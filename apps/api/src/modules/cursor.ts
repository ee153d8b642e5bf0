/**
 * Page cursors: a position in a list, tied to the question that made the list, so that a cursor
 * passed with other arguments is refused instead of paging through the wrong list.
 */
import { createHash } from 'node:crypto';
import { badInput } from '../errors.ts';

const PREFIX = 'p1';

function fingerprint(question: string): string {
  return createHash('sha256').update(question).digest('base64url').slice(0, 12);
}

/** The cursor of the item at `offset` − 1: the next page starts at `offset`. */
export function encodeCursor(question: string, offset: number): string {
  return Buffer.from(`${PREFIX}:${fingerprint(question)}:${String(offset)}`).toString('base64url');
}

/** The offset a cursor stands for (0 when none is given); BAD_USER_INPUT naming the argument otherwise. */
export function decodeCursor(
  argument: string,
  question: string,
  cursor: string | null | undefined,
  maxOffset = Number.MAX_SAFE_INTEGER,
): number {
  if (cursor === null || cursor === undefined) return 0;
  const [prefix, print, offset] = Buffer.from(cursor, 'base64url').toString().split(':');
  const n = Number(offset);
  if (prefix !== PREFIX || print === undefined || !Number.isSafeInteger(n) || n < 0)
    throw badInput(argument, 'not a cursor Detour gave out; pass a pageInfo.endCursor unchanged');
  if (print !== fingerprint(question))
    throw badInput(
      argument,
      'this cursor belongs to a question with other arguments; page with the same arguments it came with',
    );
  if (n > maxOffset)
    throw badInput(argument, `pages reach ${String(maxOffset)} items at most; narrow the question`);
  return n;
}

export interface PageInfo {
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
}

/** The page info of items offset … offset + shown − 1 of total. */
export function pageInfo(question: string, offset: number, shown: number, total: number): PageInfo {
  const end = offset + shown;
  return { endCursor: end < total ? encodeCursor(question, end) : null, hasNextPage: end < total };
}
