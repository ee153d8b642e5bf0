import { optional } from '../optional.ts';
import type { Problem, ReadResult } from '../problems.ts';
import { Columns } from '../tables/csvColumns.ts';
import type { Imported, ImportOptions } from '../tables/imported.ts';
import { parseCsv, type CsvRow } from '../tables/parseCsv.ts';
import {
  cslDataset,
  derivedId,
  licenceNote,
  partyDescription,
  type CslListing,
  type CslParty,
} from './cslDataset.ts';
import { countryCode } from './countries.ts';
import { rowDate } from './rowDates.ts';

/** The legacy file's header names that identify it (see docs/importers.md for all of them). */
export const LEGACY_REQUIRED_COLUMNS = ['Source List', 'Name'] as const;

interface Group {
  readonly rows: CsvRow[];
  readonly listings: Map<string, CslListing>;
}

/** A row's listing facts; rows repeating a listing (one per address × alias) collapse into one. */
function listing(columns: Columns, row: CsvRow, problems: Problem[]): [string, CslListing] {
  const start = rowDate(columns, row, 'Effective Date', problems);
  const end = rowDate(columns, row, 'Date Lifted/Waived/Expired', problems);
  const citation = columns.cell(row, 'Federal Register Notice');
  const note = licenceNote(
    columns.cell(row, 'License Requirement'),
    columns.cell(row, 'License Policy'),
  );
  const value: CslListing = {
    ...optional('start', start),
    ...optional('end', end),
    ...optional('citation', citation || undefined),
    ...optional('note', note),
  };
  return [JSON.stringify(value), value];
}

/**
 * The raw BIS Entity List CSV that ITA ingested before 2016 → a Dataset. It has one row per
 * address × alias, so rows are grouped into one party per list and entity number (or name when
 * the number is blank); "Alternate Name" values become aliases, and each distinct listing (Federal
 * Register notice, dates, licence terms) becomes its own LISTED_ON edge.
 */
export function readLegacyElCsv(text: string, options: ImportOptions): ReadResult<Imported> {
  const { file } = options;
  const table = parseCsv(text, file);
  if (!table.ok) return table;
  const opened = Columns.open(table.value, file, LEGACY_REQUIRED_COLUMNS);
  if (!opened.ok) return opened;
  const columns = opened.value;
  const cell = (row: CsvRow, name: string): string => columns.cell(row, name);
  const problems: Problem[] = [];
  const groups = new Map<string, Group>();
  for (const row of table.value.rows) {
    for (const name of LEGACY_REQUIRED_COLUMNS) {
      if (cell(row, name) === '') problems.push(columns.problem(row, name, 'must not be empty'));
    }
    const number = cell(row, 'Entity Number');
    const key = JSON.stringify([cell(row, 'Source List'), number || cell(row, 'Name')]);
    let group = groups.get(key);
    if (group === undefined) {
      group = { rows: [], listings: new Map() };
      groups.set(key, group);
    }
    group.rows.push(row);
    const [listingKey, value] = listing(columns, row, problems);
    if (!group.listings.has(listingKey)) group.listings.set(listingKey, value);
  }
  const parties: CslParty[] = [];
  for (const { rows, listings } of groups.values()) {
    const [first] = rows;
    if (first === undefined) continue;
    const all = (name: string): string[] => rows.map((row) => cell(row, name));
    const list = cell(first, 'Source List');
    const name = cell(first, 'Name');
    const type = cell(first, 'SDN Type') || (cell(first, 'Vessel Type') ? 'Vessel' : '');
    const country = all('Country').find((value) => value !== '');
    const url = all('Web Link').find((value) => value !== '');
    parties.push({
      line: first.line,
      id: derivedId(list, cell(first, 'Entity Number'), name),
      list,
      ...optional('type', type || undefined),
      name,
      aliases: [...all('Name'), ...all('Alternate Name')].filter((alias) => alias !== ''),
      ...optional('country', country === undefined ? undefined : countryCode(country)),
      ...optional('description', partyDescription(...all('Title'), ...all('Remarks/Notes'))),
      listings: [...listings.values()],
      ...optional('url', url),
    });
  }
  return cslDataset(parties, options, problems);
}
