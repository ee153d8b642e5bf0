import { describe, expect, it } from 'vitest';
import { formatProblem } from '../problems.ts';
import { parseCsv, type CsvTable } from './parseCsv.ts';

function table(text: string): CsvTable {
  const result = parseCsv(text, 't.csv');
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.value;
}

function problems(text: string): string[] {
  const result = parseCsv(text, 't.csv');
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('parseCsv', () => {
  it('reads quoted fields with doubled quotes, commas and line breaks, CRLF and a BOM', () => {
    const text = '\uFEFFname,note\r\n"Acme, ""the"" firm","two\r\nlines"\r\nplain,\r\n';
    expect(table(text)).toEqual({
      header: ['name', 'note'],
      rows: [
        { line: 2, fields: ['Acme, "the" firm', 'two\r\nlines'] },
        { line: 4, fields: ['plain', ''] },
      ],
    });
  });

  it('numbers rows by the line they start on, skipping blank lines', () => {
    const rows = table('a,b\n\n"1\n2",x\n\n3,y').rows;
    expect(rows.map((row) => [row.line, row.fields[0]])).toEqual([
      [3, '1\n2'],
      [6, '3'],
    ]);
  });

  it('allows rows shorter than the header and keeps a bare quote inside an unquoted field', () => {
    expect(table('a,b,c\n1\n12" rack,2').rows.map((row) => row.fields)).toEqual([
      ['1'],
      ['12" rack', '2'],
    ]);
  });

  it('reports an unterminated quote at the line and column where it opens', () => {
    expect(problems('a,b\n1,2\n3,"never\nclosed\n')).toEqual([
      't.csv:3:3: unterminated quoted field: the quote opened here is never closed',
    ]);
  });

  it('reports text after a closing quote and rows with more fields than the header', () => {
    expect(problems('a,b\n"x"y,1\n1,2,3\n4,5\n6,7,8,9\n')).toEqual([
      't.csv:2:4: unexpected text after a closing quote; write a quote inside a quoted field as ""',
      't.csv:3: row has 3 fields but the header has 2',
      't.csv:5: row has 4 fields but the header has 2',
    ]);
  });

  it('reports an empty file, and text that was not decoded from UTF-8', () => {
    expect(problems('')).toEqual(['t.csv: the file is empty; expected a header row']);
    expect(problems('\uFEFF\n\n')).toEqual(['t.csv: the file is empty; expected a header row']);
    expect(problems('a,b\n1,caf\uFFFD\n')).toEqual([
      't.csv:2:6: not valid UTF-8 text: contains U+FFFD replacement characters',
    ]);
    expect(problems('a,b\n\u0000')).toEqual([
      't.csv:2:1: not valid UTF-8 text: contains a NUL byte',
    ]);
  });

  it('reads a 1 MB field and a 1 MB line in linear time', () => {
    const huge = 'x'.repeat(1_000_000);
    const started = performance.now();
    const rows = table(`a,b\n"${huge}",1\n${huge},2\n`).rows;
    expect(rows.map((row) => [row.line, row.fields[0]?.length, row.fields[1]])).toEqual([
      [2, 1_000_000, '1'],
      [3, 1_000_000, '2'],
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
