import type { PartialDate } from '@detour/domain';
import type { Problem } from '../problems.ts';
import type { Columns } from '../tables/csvColumns.ts';
import type { CsvRow } from '../tables/parseCsv.ts';
import { cslDate } from './cslDate.ts';

/** A date cell → ISO, or a problem at the row's line and the column's name. */
export function rowDate(
  columns: Columns,
  row: CsvRow,
  name: string,
  problems: Problem[],
): PartialDate | undefined {
  const text = columns.cell(row, name);
  if (text === '') return undefined;
  const parsed = cslDate(text);
  if ('date' in parsed) return parsed.date;
  problems.push(columns.problem(row, name, parsed.message));
  return undefined;
}
