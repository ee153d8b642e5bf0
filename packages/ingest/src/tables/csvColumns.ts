import type { Problem, ReadResult } from '../problems.ts';
import type { CsvRow, CsvTable } from './parseCsv.ts';

function key(name: string): string {
  return name.trim().toLowerCase();
}

/** Joins quoted names: `"a"`, `"a" and "b"`, `"a", "b" and "c"`. */
export function andList(names: readonly string[]): string {
  const quoted = names.map((name) => JSON.stringify(name));
  return quoted.length <= 1
    ? quoted.join('')
    : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1) ?? ''}`;
}

/** The first few column names, enough to see a wrong delimiter or a wrong file. */
function headerSummary(header: readonly string[]): string {
  const names = header.filter((name) => name !== '');
  if (names.length === 0) return 'no column names';
  if (names.length <= 6) return andList(names);
  return `${names
    .slice(0, 6)
    .map((name) => JSON.stringify(name))
    .join(', ')}, …`;
}

/**
 * A CSV header read by column name, not position: columns may come in any order, unknown ones
 * are ignored, and names compare without regard to case or surrounding spaces.
 */
export class Columns {
  private constructor(
    readonly file: string,
    private readonly index: ReadonlyMap<string, number>,
  ) {}

  /** The header's columns, or a problem naming every required column that is missing. */
  static open(table: CsvTable, file: string, required: readonly string[]): ReadResult<Columns> {
    const index = new Map<string, number>();
    const problems: Problem[] = [];
    table.header.forEach((name, i) => {
      if (name === '') return;
      const first = index.get(key(name));
      if (first === undefined) index.set(key(name), i);
      else {
        const message = `column ${JSON.stringify(name)} appears twice (columns ${String(first + 1)} and ${String(i + 1)})`;
        problems.push({ file, line: 1, message });
      }
    });
    const missing = required.filter((name) => !index.has(key(name)));
    if (missing.length > 0) {
      const noun = missing.length === 1 ? 'column' : 'columns';
      const message = `missing required ${noun} ${andList(missing)}; the header has ${headerSummary(table.header)}`;
      problems.push({ file, line: 1, message });
    }
    return problems.length > 0
      ? { ok: false, problems }
      : { ok: true, value: new Columns(file, index) };
  }

  has(name: string): boolean {
    return this.index.has(key(name));
  }

  /** The first of `names` the header has, for columns known by more than one name. */
  pick(...names: string[]): string | undefined {
    return names.find((name) => this.has(name));
  }

  /** A cell's text without surrounding spaces; empty when the column or the field is absent. */
  cell(row: CsvRow, name: string): string {
    const i = this.index.get(key(name));
    return i === undefined ? '' : (row.fields[i] ?? '').trim();
  }

  /** A multi-valued cell split on "; ", as the Consolidated Screening List writes lists. */
  list(row: CsvRow, name: string): string[] {
    return this.cell(row, name)
      .split('; ')
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }

  /** A problem about one cell, located by its row's line and its column's name. */
  problem(row: CsvRow, name: string, message: string): Problem {
    return { file: this.file, line: row.line, path: name, message };
  }
}
