/**
 * Property-based fuzzing of the readers: ways to break a valid file, and the property every
 * reader must keep whatever it is given. A reader returns a value or problems, never throws, and
 * every problem names its file and a place inside it (a line that exists, or a JSON path).
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Problem, ReadResult } from '../problems.ts';

/** Damage done to the text of a valid file, the way files really arrive broken. */
export function mutatedText(valid: string): fc.Arbitrary<string> {
  const at = fc.nat({ max: valid.length });
  const line = fc.nat({ max: Math.max(0, valid.split('\n').length - 1) });
  const lines = valid.split('\n');
  return fc.oneof(
    // Truncated at a random offset, as by an interrupted download.
    at.map((i) => valid.slice(0, i)),
    // Characters flipped: any UTF-16 unit, lone surrogates, NUL and U+FFFD included.
    fc
      .array(fc.tuple(at, fc.string({ unit: 'binary', minLength: 1, maxLength: 2 })), {
        minLength: 1,
        maxLength: 5,
      })
      .map((flips) => {
        let text = valid;
        for (const [i, c] of flips) text = text.slice(0, i) + c + text.slice(i + 1);
        return text;
      }),
    // A byte order mark at the start, or one in the middle.
    at.map((i) => (i % 2 === 0 ? `\uFEFF${valid}` : `${valid.slice(0, i)}\uFEFF${valid.slice(i)}`)),
    // Signs of a bad decode: a NUL or a replacement character.
    fc
      .tuple(at, fc.constantFrom('\u0000', '\uFFFD'))
      .map(([i, c]) => valid.slice(0, i) + c + valid.slice(i)),
    // A line given twice (duplicate ids) or left out (dangling references).
    fc.tuple(line, fc.boolean()).map(([i, twice]) => {
      const copy = [...lines];
      if (twice) copy.splice(i, 0, lines[i] ?? '');
      else copy.splice(i, 1);
      return copy.join('\n');
    }),
    // A very long line.
    fc
      .tuple(at, fc.integer({ min: 10_000, max: 200_000 }))
      .map(([i, n]) => `${valid.slice(0, i)}${'x'.repeat(n)}${valid.slice(i)}`),
    // Line ends changed: CRLF, lone CR, none at the end.
    fc
      .constantFrom('\r\n', '\r', '')
      .map((end) => valid.replace(/\n/g, end === '' ? '\n' : end).trimEnd()),
  );
}

/** A value replaced by one of another type at a random place in a JSON document ("wrong types"). */
export function mutatedJson(valid: unknown): fc.Arbitrary<string> {
  return fc
    .tuple(fc.infiniteStream(fc.nat()), fc.jsonValue({ maxDepth: 2 }), fc.nat({ max: 6 }))
    .map(([choices, replacement, depth]) => {
      const copy = JSON.parse(JSON.stringify(valid)) as unknown;
      const iterator = choices[Symbol.iterator]();
      const pick = (n: number): number => (iterator.next().value ?? 0) % n;
      let parent: unknown = copy;
      for (let level = 0; level < depth; level++) {
        if (typeof parent !== 'object' || parent === null) break;
        const keys = Object.keys(parent);
        if (keys.length === 0) break;
        const key = keys[pick(keys.length)] ?? '';
        const child: unknown = (parent as Record<string, unknown>)[key];
        if (level === depth - 1 || typeof child !== 'object' || child === null) {
          (parent as Record<string, unknown>)[key] = replacement;
          break;
        }
        parent = child;
      }
      return JSON.stringify(copy, null, 2);
    });
}

/** Letters, digits and the punctuation CSV and JSON parsers care about. */
const CSV_AND_JSON = [
  ...[' ', 'a', 'b', 'y', 'z', '0', '9', '-', '.', 'true', 'null', '1e999'],
  ...[',', ';', ':', '"', "'", '{', '}', '[', ']', '\t', '\r', '\n', '\\'],
];

/** Arbitrary text: any UTF-16, or lines of printable text with CSV and JSON punctuation. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 500 }),
  fc.string({ unit: fc.constantFrom(...CSV_AND_JSON), maxLength: 500 }),
);

/** Problems may stand for the whole file only when no single place can be blamed. */
const WHOLE_FILE = [
  /^… and \d+ more problems?$/,
  /empty/,
  /--source-url/,
  /^expected .*, got /,
  /^not valid UTF-8 text$/,
];

function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

function expectLocated(problem: Problem, texts: ReadonlyMap<string, string>): void {
  const text = texts.get(problem.file);
  expect(text, `problem names a file that was not read: ${problem.file}`).toBeDefined();
  const what = JSON.stringify(problem);
  if (problem.line !== undefined) {
    expect(Number.isInteger(problem.line) && problem.line >= 1, what).toBe(true);
    expect(problem.line, what).toBeLessThanOrEqual(lineCount(text ?? ''));
  }
  if (problem.column !== undefined) {
    expect(problem.line, what).toBeDefined();
    expect(Number.isInteger(problem.column) && problem.column >= 1, what).toBe(true);
  }
  if (problem.path !== undefined) expect(problem.path, what).not.toBe('');
  expect(problem.message.trim(), what).not.toBe('');
  if (problem.line === undefined && problem.path === undefined) {
    expect(
      WHOLE_FILE.some((pattern) => pattern.test(problem.message)),
      what,
    ).toBe(true);
  }
}

/**
 * The property: `read` returns (never throws), and a failure lists problems, each naming one of
 * `texts`' files and a place inside it.
 */
export function expectReadOrProblems<T>(
  read: () => ReadResult<T>,
  texts: ReadonlyMap<string, string>,
): ReadResult<T> {
  const result = read();
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) expectLocated(problem, texts);
  }
  return result;
}
