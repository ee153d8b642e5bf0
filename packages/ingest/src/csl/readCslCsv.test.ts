import { describe, expect, it } from 'vitest';
import { formatProblem, type ReadResult } from '../problems.ts';
import { fixture } from '../tables/fixtures.ts';
import type { Imported } from '../tables/imported.ts';
import { CSL_CSV_COLUMNS, readCslCsv } from './readCslCsv.ts';
import { readCslJson } from './readCslJson.ts';

type CslRecord = Record<string, unknown>;

function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSL JSON record as today's CSV download writes it: lists joined with "; ". */
function cellFor(record: CslRecord, column: string): string {
  const value = record[column === '_id' ? 'id' : column];
  if (column === 'addresses' && Array.isArray(value)) {
    return (value as CslRecord[])
      .map((a) => [a['address'], a['city'], a['state'], a['postal_code'], a['country']])
      .map((parts) => parts.filter((part) => typeof part === 'string').join(', '))
      .join('; ');
  }
  if (Array.isArray(value)) return value.join('; ');
  return typeof value === 'string' ? value : '';
}

function toCsv(records: readonly CslRecord[], columns: readonly string[]): string {
  const rows = records.map((record) => columns.map((c) => cell(cellFor(record, c))).join(','));
  return [columns.join(','), ...rows].join('\r\n') + '\r\n';
}

function read(text: string): Imported {
  const result = readCslCsv(text, { file: 'consolidated.csv' });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.value;
}

function problems(result: ReadResult<Imported>): string[] {
  return result.ok ? [] : result.problems.map(formatProblem);
}

const uvl = JSON.parse(fixture('csl/uvl_expected_results.json')) as CslRecord[];
const el = JSON.parse(fixture('csl/el_expected_results.json')) as CslRecord[];
const EL = 'Entity List (EL) - Bureau of Industry and Security';
const HEADER = CSL_CSV_COLUMNS.join(',');

describe('readCslCsv', () => {
  it('reads the fixtures written in the 29-column CSV layout exactly as their JSON', () => {
    for (const records of [el, uvl]) {
      const fromJson = readCslJson(JSON.stringify(records), { file: 'consolidated.csv' });
      expect(read(toCsv(records, CSL_CSV_COLUMNS))).toEqual(fromJson.ok && fromJson.value);
    }
    expect(read(toCsv(uvl, CSL_CSV_COLUMNS)).dataset.entities).toHaveLength(14);
  });

  it('maps columns by name: reordered, extra and missing optional columns are fine', () => {
    const columns = ['alt_names', 'extra', 'name', 'addresses', 'source', '_id', 'start_date'];
    const { dataset } = read(toCsv(el, columns));
    expect(dataset.entities[1]).toMatchObject({
      name: 'Fazal Rahim Farid',
      aliases: ['Fazel Rahim Farid', 'Farid', 'Engineer Idris'],
      country: 'AF',
    });
    expect(dataset.relationships.map((r) => r.start)).toContain('2013-12-12');
    expect(dataset.sources[0]?.url).toBe(
      'https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.json',
    );
  });

  it('reads individuals as people and skips vessels with the reason', () => {
    const text = `_id,source,type,name,vessel_type\n1,${EL},Individual,Ivan Example,\n2,SDN,,Ocean Star,Tanker\n`;
    const { dataset, skipped } = read(text);
    expect(dataset.entities.map((e) => [e.id, e.kind])).toEqual([
      ['bis-entity-list', 'ControlList'],
      ['csl-1', 'Person'],
    ]);
    expect(skipped).toEqual([
      {
        file: 'consolidated.csv',
        line: 3,
        what: 'Vessel "Ocean Star"',
        reason: 'vessels and aircraft are not parties in Detour',
      },
    ]);
  });

  it('names the missing required columns', () => {
    expect(problems(readCslCsv('_id,title,addresses\n1,x,y\n', { file: 'c.csv' }))).toEqual([
      'c.csv:1: missing required columns "name" and "source"; the header has "_id", "title" and "addresses"',
    ]);
  });

  it('reports bad dates, empty names, duplicate ids and long rows at their lines', () => {
    const text = [
      '_id,source,name,start_date,end_date',
      `a,${EL},Acme,13/45/2011,`,
      `a,${EL},Acme Two,2011-01-01,2011-02-30`,
      `b,${EL},,,`,
      `c,${EL},Extra,,,surplus`,
    ].join('\n');
    expect(problems(readCslCsv(text, { file: 'c.csv' }))).toEqual([
      'c.csv:5: row has 6 fields but the header has 5',
    ]);
    expect(
      problems(readCslCsv(text.split('\n').slice(0, 4).join('\n'), { file: 'c.csv' })),
    ).toEqual([
      'c.csv:2: start_date: expected a date like 2011-11-21 or 11/21/2011, got "13/45/2011"',
      'c.csv:3: _id: duplicate record id "a" (first on line 2)',
      'c.csv:3: end_date: expected a date like 2011-11-21 or 11/21/2011, got "2011-02-30"',
      'c.csv:4: name: must not be empty',
    ]);
  });

  it('reports a truncated download and a header-only file', () => {
    const full = toCsv(el, CSL_CSV_COLUMNS);
    const truncated = full.slice(0, full.indexOf('"Microrayan') + 10);
    expect(problems(readCslCsv(truncated, { file: 'c.csv' }))).toEqual([
      'c.csv:2:115: unterminated quoted field: the quote opened here is never closed',
    ]);
    expect(read(`${HEADER}\n`).dataset.entities).toEqual([]);
  });
});
