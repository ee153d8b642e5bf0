/** Fuzzing the Consolidated Screening List readers (CSV, JSON, the legacy Entity List CSV). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReadResult } from '../problems.ts';
import type { Imported } from '../tables/imported.ts';
import { fixture } from '../tables/fixtures.ts';
import { FUZZ_TIMEOUT_MS, fuzzRuns } from '../testing/fuzzRuns.ts';
import { anyText, expectReadOrProblems, mutatedJson, mutatedText } from '../testing/fuzzing.ts';
import { CSL_CSV_COLUMNS, readCslCsv } from './readCslCsv.ts';
import { readCslJson } from './readCslJson.ts';
import { readLegacyElCsv } from './readLegacyElCsv.ts';

type Reader = (text: string, options: { file: string }) => ReadResult<Imported>;

const legacy = fixture('csl/el.csv');
const el = fixture('csl/el_expected_results.json');
const uvl = fixture('csl/uvl_expected_results.json');
/** Today's CSV, from the JSON fixture's records: header and a few rows with quoting. */
const cslCsv = [
  CSL_CSV_COLUMNS.join(','),
  ...(JSON.parse(el) as Record<string, unknown>[]).slice(0, 8).map((record) =>
    CSL_CSV_COLUMNS.map((column) => {
      const value = record[column === '_id' ? 'id' : column];
      const text = Array.isArray(value)
        ? value.map((item) => (typeof item === 'string' ? item : '')).join('; ')
        : typeof value === 'string'
          ? value
          : '';
      return `"${text.replace(/"/g, '""')}"`;
    }).join(','),
  ),
].join('\n');

function check(reader: Reader, file: string, texts: fc.Arbitrary<string>, runs: number): void {
  fc.assert(
    fc.property(texts, (text) => {
      expectReadOrProblems(() => reader(text, { file }), new Map([[file, text]]));
    }),
    { numRuns: fuzzRuns(runs) },
  );
}

describe('CSL readers, fuzzed', () => {
  it('starts from files that read cleanly', () => {
    expect(readCslCsv(cslCsv, { file: 'csl.csv' }).ok).toBe(true);
    expect(readLegacyElCsv(legacy, { file: 'el.csv' }).ok).toBe(true);
    expect(readCslJson(el, { file: 'el.json' }).ok).toBe(true);
    expect(readCslJson(uvl, { file: 'uvl.json' }).ok).toBe(true);
  });

  it(
    'readCslCsv: arbitrary text and damaged files',
    () => {
      check(readCslCsv, 'csl.csv', fc.oneof(anyText, mutatedText(cslCsv)), 150);
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'readLegacyElCsv: arbitrary text and damaged files',
    () => {
      check(readLegacyElCsv, 'el.csv', fc.oneof(anyText, mutatedText(legacy)), 150);
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'readCslJson: arbitrary text, damaged files and values of the wrong type',
    () => {
      const texts = fc.oneof(
        anyText,
        mutatedText(el),
        mutatedText(uvl),
        mutatedJson(JSON.parse(el)),
        mutatedJson(JSON.parse(uvl)),
      );
      check(readCslJson, 'csl.json', texts, 200);
    },
    FUZZ_TIMEOUT_MS,
  );
});
