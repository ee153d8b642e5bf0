import { keyPath, type Problem, type ReadResult } from './problems.ts';
import { scanJson } from './scanJson.ts';

const NOT_UTF8 = 'not valid UTF-8 text';

/** 1-based line and column of an offset in text (columns in UTF-16 units, as editors count). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/**
 * Bytes → text, refusing anything that is not UTF-8 rather than guessing, and saying where the
 * first bad byte is. A leading byte order mark is dropped.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): ReadResult<string> {
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = invalidUtf8Offset(bytes);
    if (offset === undefined) return { ok: false, problems: [{ file, message: NOT_UTF8 }] };
    const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
    const line = bytes.subarray(0, lineStart).filter((byte) => byte === 0x0a).length + 1;
    const column = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    const message = `${NOT_UTF8}: byte 0x${byte} at offset ${offset} does not start a valid UTF-8 sequence; save the file as UTF-8`;
    return { ok: false, problems: [{ file, line, column, message }] };
  }
}

/** The offset of the first byte that does not begin a well-formed UTF-8 sequence. */
function invalidUtf8Offset(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const shape = utf8Shape(lead);
    if (shape === undefined) return i;
    const [length, secondMin, secondMax] = shape;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      const [min, max] = k === 1 ? [secondMin, secondMax] : [0x80, 0xbf];
      if (next === undefined || next < min || next > max) return i;
    }
    i += length;
  }
  return undefined;
}

/** Sequence length and the range allowed for the second byte, per RFC 3629. */
function utf8Shape(lead: number): readonly [number, number, number] | undefined {
  if (lead < 0x80) return [1, 0, 0];
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return undefined;
}

/**
 * Text → JSON value. Drops a byte order mark, refuses text that shows signs of a bad decode (U+FFFD
 * or NUL), and turns a syntax error into a problem with its line and column.
 */
export function parseJsonText(text: string, file: string): ReadResult<unknown> {
  const body = stripBom(text);
  const broken = firstOf(body, ['\u0000', '\uFFFD']);
  if (broken !== undefined) {
    const what =
      broken.char === '\u0000' ? 'contains a NUL byte' : 'contains U+FFFD replacement characters';
    const at = lineColumn(body, broken.index);
    return { ok: false, problems: [{ file, ...at, message: `${NOT_UTF8}: ${what}` }] };
  }
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return { ok: false, problems: [syntaxProblem(body, file, error.message)] };
  }
}

function firstOf(
  text: string,
  chars: readonly string[],
): { char: string; index: number } | undefined {
  const found = chars
    .map((char) => ({ char, index: text.indexOf(char) }))
    .filter(({ index }) => index >= 0);
  return found.sort((a, b) => a.index - b.index)[0];
}

export function stripBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/**
 * Node's messages come in several shapes: "… in JSON at position 6" (Node 22 adds "(line 1
 * column 7)"), "Unexpected token '}', "{"a":}" is not valid JSON" with no position at all, and
 * "Unexpected end of JSON input".
 */
function syntaxProblem(text: string, file: string, raw: string): Problem {
  let message = raw;
  let offset: number | undefined;
  const position = /\s+(?:in JSON\s+)?at position (\d+)(?:\s+\(line \d+ column \d+\))?\s*$/.exec(
    raw,
  );
  const token = /^Unexpected token '([\s\S]+?)', [\s\S]* is not valid JSON$/u.exec(raw);
  if (position) {
    message = raw.slice(0, position.index);
    offset = Number(position[1]);
  } else if (token?.[1] !== undefined) {
    const char = token[1];
    message = `Unexpected token ${char.trim() === '' ? JSON.stringify(char) : `'${char}'`}`;
  }
  const end = text.trimEnd().length;
  if (/end of JSON input/.test(raw)) offset = end;
  offset ??= scanJson(text).errorAt;
  if (!message.includes('JSON')) message += ' in JSON';
  if (offset === undefined) return { file, message };
  // Errors found at the very end point at the last line with content, not at trailing blank lines.
  return { file, ...lineColumn(text, Math.min(offset, end)), message };
}

/** Keys given twice in one object, which JSON.parse would resolve by silently dropping one. */
export function duplicateKeyProblems(text: string, file: string): Problem[] {
  const body = stripBom(text);
  return scanJson(body).duplicates.map(({ path, key, offset }) => ({
    file,
    path: keyPath(path, key),
    ...lineColumn(body, offset),
    message: 'given twice in the same object; only the last value would be kept',
  }));
}
