import { describe, expect, it } from 'vitest';
import { formatProblem, type ReadResult } from '../problems.ts';
import { fixture } from '../tables/fixtures.ts';
import type { Imported } from '../tables/imported.ts';
import { readCslJson } from './readCslJson.ts';

function read(text: string, file = 'csl.json'): Imported {
  const result = readCslJson(text, { file });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.value;
}

function problems(result: ReadResult<Imported>): string[] {
  return result.ok ? [] : result.problems.map(formatProblem);
}

const EL = 'Entity List (EL) - Bureau of Industry and Security';

describe('readCslJson on the GovWizely fixtures', () => {
  it('reads el_expected_results.json: 7 parties listed 7 times on the BIS Entity List', () => {
    const { dataset } = read(fixture('csl/el_expected_results.json'), 'el_expected_results.json');
    expect(dataset.dataset.id).toBe('el-expected-results');
    expect(dataset.entities).toHaveLength(8);
    expect(dataset.entities[0]).toEqual({
      id: 'bis-entity-list',
      kind: 'ControlList',
      name: 'BIS Entity List',
      aliases: [],
      country: 'US',
      sources: ['el-expected-results-bis-entity-list'],
    });
    expect(dataset.entities[1]).toEqual({
      id: 'csl-fabe2145af20dcff1163dbf2a6292f379aa9f27f',
      kind: 'EndUser',
      name: 'Fazal Rahim Farid',
      aliases: ['Fazel Rahim Farid', 'Farid', 'Engineer Idris'],
      country: 'AF',
      sources: ['el-expected-results-bis-entity-list'],
    });
    expect(dataset.relationships).toHaveLength(7);
    expect(dataset.relationships[2]).toEqual({
      id: 'csl-946f840d05372d41c4baeebc61dddf1363929de5-on-bis-entity-list',
      type: 'LISTED_ON',
      from: 'csl-946f840d05372d41c4baeebc61dddf1363929de5',
      to: 'bis-entity-list',
      status: 'confirmed',
      start: '2013-12-12',
      note: 'Licence requirement: For all items subject to the EAR. (See §744.11 of the EAR). Licence policy: Presumption of denial.',
      sources: ['el-expected-results-bis-entity-list'],
      citation: '78 FR 75485',
    });
    expect(dataset.sources).toEqual([
      {
        id: 'el-expected-results-bis-entity-list',
        title: 'BIS Entity List',
        publisher: 'Bureau of Industry and Security',
        url: 'http://1.usa.gov/1L47xrV',
      },
    ]);
  });

  it('reads uvl_expected_results.json: 13 CN/HK/RU parties on the Unverified List, undated', () => {
    const { dataset } = read(fixture('csl/uvl_expected_results.json'));
    const parties = dataset.entities.filter((e) => e.kind === 'EndUser');
    expect(parties).toHaveLength(13);
    const countries = parties.map((e) => e.country ?? '?').sort();
    expect(countries.join(' ')).toBe('CN HK HK HK HK HK HK HK RU RU RU RU RU');
    expect(dataset.relationships).toHaveLength(13);
    expect(dataset.relationships.every((r) => r.to === 'bis-unverified-list' && !r.start)).toBe(
      true,
    );
    expect(parties.find((e) => e.name.startsWith('Training 2'))?.aliases).toEqual([
      'Training 2 Business Academy',
      'T2BA',
      'Academy of Business Training',
    ]);
  });

  it('reads the API shape {results: […]} like the bare array', () => {
    const bare = fixture('csl/el_expected_results.json');
    const wrapped = `{"total": 7, "sources_used": [], "results": ${bare}}`;
    expect(read(wrapped)).toEqual(read(bare));
  });

  it('maps individuals to Person, skips vessels, and derives an id when a record has none', () => {
    const records = [
      {
        name: 'Ivan Example',
        source: 'Specially Designated Nationals (SDN) - Treasury Department',
        type: 'Individual',
        id: 'p1',
      },
      {
        name: 'Ocean Star',
        source: 'Specially Designated Nationals (SDN) - Treasury Department',
        type: 'Vessel',
        id: 'v1',
      },
      {
        name: 'Acme',
        source: 'Nonproliferation Sanctions (ISN) - State Department',
        entity_number: '42',
      },
    ];
    const { dataset, skipped } = read(JSON.stringify(records));
    expect(dataset.entities.map((e) => [e.id, e.kind, e.name])).toEqual([
      ['ofac-sdn-list', 'ControlList', 'OFAC Specially Designated Nationals List'],
      ['csl-isn', 'ControlList', 'Nonproliferation Sanctions'],
      ['csl-p1', 'Person', 'Ivan Example'],
      ['csl-isn-42-acme', 'EndUser', 'Acme'],
    ]);
    expect(dataset.sources.map((s) => [s.publisher, s.url])).toEqual([
      [
        'Office of Foreign Assets Control, US Treasury',
        'https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.json',
      ],
      [
        'State Department',
        'https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.json',
      ],
    ]);
    expect(skipped).toEqual([
      {
        file: 'csl.json',
        path: '[1]',
        what: 'Vessel "Ocean Star"',
        reason: 'vessels and aircraft are not parties in Detour',
      },
    ]);
  });
});

describe('readCslJson problems', () => {
  it('reports wrong types, bad dates and missing fields at their JSON paths', () => {
    const text = JSON.stringify({
      results: [
        { name: 3, source: EL, start_date: 'soon', alt_names: 'A; B' },
        5,
        { id: 'x', end_date: '2024-02-30' },
      ],
    });
    expect(problems(readCslJson(text, { file: 'csl.json' }))).toEqual([
      'csl.json: results[0].name: expected a string, got number',
      'csl.json: results[0].start_date: expected a date like 2011-11-21 or 11/21/2011, got "soon"',
      'csl.json: results[0].alt_names: expected an array of strings, got string',
      'csl.json: results[1]: expected a result record, got number',
      'csl.json: results[2].name: missing required field',
      'csl.json: results[2].source: missing required field',
      'csl.json: results[2].end_date: expected a date like 2011-11-21 or 11/21/2011, got "2024-02-30"',
    ]);
  });

  it('reports duplicate record ids and duplicate keys', () => {
    const text = `[{"id": "a", "name": "A", "source": "EL"},\n {"id": "a", "name": "B", "name": "C", "source": "EL"}]`;
    expect(problems(readCslJson(text, { file: 'csl.json' }))).toEqual([
      'csl.json:2:27: [1].name: given twice in the same object; only the last value would be kept',
      'csl.json: [1].id: duplicate record id "a" (first at [0])',
    ]);
  });

  it('reports truncated JSON with its position, and a document of the wrong shape', () => {
    const truncated = fixture('csl/el_expected_results.json').slice(0, 300);
    expect(problems(readCslJson(truncated, { file: 'csl.json' }))).toEqual([
      'csl.json:13:23: Unterminated string in JSON',
    ]);
    expect(problems(readCslJson('{"total": 0}', { file: 'csl.json' }))).toEqual([
      'csl.json: results: missing required field: the array of CSL result records (or give that array alone)',
    ]);
    // Found by fuzzing: this used to say "got object", naming the document, not "results".
    expect(problems(readCslJson('{"results": 5}', { file: 'csl.json' }))).toEqual([
      'csl.json: results: expected an array of CSL result records, got number',
    ]);
    expect(problems(readCslJson('"x"', { file: 'csl.json' }))).toEqual([
      'csl.json: expected an array of CSL result records or an object with "results", got string',
    ]);
  });
});
