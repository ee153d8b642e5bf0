import { limitProblems, type Problem, type ReadResult } from '../problems.ts';

/** One record of a CSV file and the line it starts on (records may span lines). */
export interface CsvRow {
  readonly line: number;
  readonly fields: readonly string[];
}

export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
}

const LINE_BREAK = /\r\n|\r|\n/g;
const UNQUOTED = /[^,\r\n]*/y;

function countBreaks(text: string): number {
  return text.match(LINE_BREAK)?.length ?? 0;
}

/** NUL or U+FFFD mean the text was not decoded from UTF-8 correctly. */
function badText(text: string, file: string): Problem | undefined {
  const found = [text.indexOf('\u0000'), text.indexOf('\uFFFD')].filter((i) => i >= 0);
  if (found.length === 0) return undefined;
  const index = Math.min(...found);
  const before = text.slice(0, index);
  const line = countBreaks(before) + 1;
  const column = index - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  const what =
    text.charAt(index) === '\u0000'
      ? 'contains a NUL byte'
      : 'contains U+FFFD replacement characters';
  return { file, line, column, message: `not valid UTF-8 text: ${what}` };
}

/**
 * RFC 4180 CSV text → a header and rows: quoted fields with doubled quotes, embedded commas and
 * line breaks, CRLF or LF line ends, a leading byte order mark. Blank lines are skipped; a row may
 * have fewer fields than the header (the rest are empty) but not more. A quote inside an unquoted
 * field is kept as text, as spreadsheets write it.
 */
export function parseCsv(text: string, file: string): ReadResult<CsvTable> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const broken = badText(body, file);
  if (broken !== undefined) return { ok: false, problems: [broken] };
  const problems: Problem[] = [];
  const records: CsvRow[] = [];
  let i = 0;
  let line = 1;
  const columnAt = (offset: number): number => {
    const start = Math.max(body.lastIndexOf('\n', offset - 1), body.lastIndexOf('\r', offset - 1));
    return offset - start;
  };

  /** A quoted field from the opening quote at `i`; undefined if it never closes. */
  const quoted = (): string | undefined => {
    const open = { line, column: columnAt(i) };
    const parts: string[] = [];
    let from = i + 1;
    for (;;) {
      const close = body.indexOf('"', from);
      if (close < 0) {
        const message = 'unterminated quoted field: the quote opened here is never closed';
        problems.push({ file, ...open, message });
        return undefined;
      }
      const part = body.slice(from, close);
      line += countBreaks(part);
      parts.push(part);
      if (body.charAt(close + 1) !== '"') {
        i = close + 1;
        return parts.join('');
      }
      parts.push('"');
      from = close + 2;
    }
  };

  while (i < body.length) {
    const start = line;
    const fields: string[] = [];
    for (;;) {
      if (body.charAt(i) === '"') {
        const value = quoted();
        if (value === undefined) return { ok: false, problems: limitProblems(problems, file) };
        fields.push(value);
        UNQUOTED.lastIndex = i;
        const rest = UNQUOTED.exec(body)?.[0] ?? '';
        if (rest !== '') {
          const message = `unexpected text after a closing quote; write a quote inside a quoted field as ""`;
          problems.push({ file, line, column: columnAt(i), message });
          i += rest.length;
        }
      } else {
        UNQUOTED.lastIndex = i;
        const value = UNQUOTED.exec(body)?.[0] ?? '';
        fields.push(value);
        i += value.length;
      }
      if (body.charAt(i) !== ',') break;
      i++;
    }
    if (body.startsWith('\r\n', i)) i += 2;
    else if (i < body.length) i++;
    line++;
    if (fields.length > 1 || fields[0] !== '') records.push({ line: start, fields });
  }

  const [first, ...rows] = records;
  if (first === undefined)
    problems.push({ file, message: 'the file is empty; expected a header row' });
  const header = (first?.fields ?? []).map((name) => name.trim());
  for (const row of rows) {
    if (row.fields.length > header.length) {
      const message = `row has ${String(row.fields.length)} fields but the header has ${String(header.length)}`;
      problems.push({ file, line: row.line, message });
    }
  }
  if (problems.length > 0) return { ok: false, problems: limitProblems(problems, file) };
  return { ok: true, value: { header, rows } };
}
