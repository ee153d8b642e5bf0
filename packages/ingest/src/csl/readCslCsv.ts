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
  type CslParty,
} from './cslDataset.ts';
import { countryCode } from './countries.ts';
import { rowDate } from './rowDates.ts';

/** The 29 columns of today's CSL CSV download; only `name` and `source` are required. */
export const CSL_CSV_COLUMNS = [
  '_id',
  'source',
  'entity_number',
  'type',
  'programs',
  'name',
  'title',
  'addresses',
  'federal_register_notice',
  'start_date',
  'end_date',
  'standard_order',
  'license_requirement',
  'license_policy',
  'call_sign',
  'vessel_type',
  'gross_tonnage',
  'gross_registered_tonnage',
  'vessel_flag',
  'vessel_owner',
  'remarks',
  'source_list_url',
  'alt_names',
  'citizenships',
  'dates_of_birth',
  'nationalities',
  'places_of_birth',
  'source_information_url',
  'ids',
] as const;

/** "Street 1, Beijing, , 100000, CN; …" → the country of the first address. */
function firstCountry(columns: Columns, row: CsvRow): string | undefined {
  const [first] = columns.list(row, 'addresses');
  const last = first?.split(',').at(-1);
  return last === undefined ? undefined : countryCode(last);
}

/**
 * Today's Consolidated Screening List CSV → a Dataset. Columns are found by header name, so
 * reordered, extra or missing optional columns are fine; multi-valued cells are split on "; ".
 */
export function readCslCsv(text: string, options: ImportOptions): ReadResult<Imported> {
  const { file } = options;
  const table = parseCsv(text, file);
  if (!table.ok) return table;
  const opened = Columns.open(table.value, file, ['name', 'source']);
  if (!opened.ok) return opened;
  const columns = opened.value;
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const parties: CslParty[] = [];
  for (const row of table.value.rows) {
    const cell = (name: string): string => columns.cell(row, name);
    for (const name of ['name', 'source']) {
      if (cell(name) === '') problems.push(columns.problem(row, name, 'must not be empty'));
    }
    const recordId = cell('_id');
    const id =
      recordId === ''
        ? derivedId(cell('source'), cell('entity_number'), cell('name'))
        : `csl-${recordId}`;
    const first = seen.get(id);
    if (first !== undefined) {
      const message = `duplicate record id ${JSON.stringify(recordId || id)} (first on line ${String(first)})`;
      problems.push(columns.problem(row, '_id', message));
    } else seen.set(id, row.line);
    const start = rowDate(columns, row, 'start_date', problems);
    const end = rowDate(columns, row, 'end_date', problems);
    const vessel = cell('vessel_type') !== '' || cell('call_sign') !== '';
    const note = licenceNote(cell('license_requirement'), cell('license_policy'));
    const url = cell('source_list_url') || cell('source_information_url');
    parties.push({
      line: row.line,
      id,
      list: cell('source'),
      ...optional('type', cell('type') || (vessel ? 'Vessel' : undefined)),
      name: cell('name'),
      aliases: columns.list(row, 'alt_names'),
      ...optional('country', firstCountry(columns, row)),
      ...optional('description', partyDescription(cell('title'), cell('remarks'))),
      listings: [
        {
          ...optional('start', start),
          ...optional('end', end),
          ...optional('citation', cell('federal_register_notice') || undefined),
          ...optional('note', note),
        },
      ],
      ...optional('url', url || undefined),
    });
  }
  return cslDataset(parties, options, problems);
}
