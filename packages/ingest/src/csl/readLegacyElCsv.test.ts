import { describe, expect, it } from 'vitest';
import { formatProblem, type ReadResult } from '../problems.ts';
import { fixture } from '../tables/fixtures.ts';
import type { Imported } from '../tables/imported.ts';
import { readLegacyElCsv } from './readLegacyElCsv.ts';

function read(text: string): Imported {
  const result = readLegacyElCsv(text, { file: 'el.csv' });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.value;
}

function problems(result: ReadResult<Imported>): string[] {
  return result.ok ? [] : result.problems.map(formatProblem);
}

const HEADER = 'Source List,Entity Number,Name,Effective Date,Alternate Name,Country';

describe('readLegacyElCsv on the GovWizely el.csv fixture', () => {
  const { dataset, skipped } = read(fixture('csl/el.csv'));

  it('groups 18 address × alias rows into 5 parties with 7 listings on the BIS Entity List', () => {
    expect(dataset.dataset).toEqual({
      id: 'el',
      title: 'el.csv',
      licence: 'Public domain (US government work)',
    });
    expect(dataset.entities.map((e) => [e.kind, e.name])).toEqual([
      ['ControlList', 'BIS Entity List'],
      ['EndUser', 'Fazal Rahim Farid'],
      ['EndUser', 'Fazel Khalil Construction Company'],
      ['EndUser', 'Zurmat Construction Company offices'],
      ['EndUser', 'Murat Peker'],
      ['EndUser', 'Qazi Abdallah'],
    ]);
    expect(dataset.relationships).toHaveLength(7);
    expect(
      dataset.relationships.every((r) => r.type === 'LISTED_ON' && r.to === 'bis-entity-list'),
    );
    expect(skipped).toEqual([]);
  });

  it('collects the Alternate Name values as aliases and maps country names to ISO codes', () => {
    expect(dataset.entities[1]).toEqual({
      id: 'csl-bis-entity-list-fazal-rahim-farid',
      kind: 'EndUser',
      name: 'Fazal Rahim Farid',
      aliases: ['Fazel Rahim Farid', 'Farid', 'Engineer Idris'],
      country: 'AF',
      sources: ['el-bis-entity-list'],
    });
    expect(dataset.entities.find((e) => e.name === 'Murat Peker')?.country).toBe('TR');
  });

  it('keeps each distinct listing of a party, with ISO dates, citation and licence terms', () => {
    const qazi = dataset.relationships.filter(
      (r) => r.from === 'csl-bis-entity-list-qazi-abdallah',
    );
    expect(qazi.map((r) => [r.id, r.start, r.citation])).toEqual([
      ['csl-bis-entity-list-qazi-abdallah-on-bis-entity-list', '2011-11-21', '76 FR 71867'],
      ['csl-bis-entity-list-qazi-abdallah-on-bis-entity-list-2', '2011-11-21', '76 FR 10001'],
      ['csl-bis-entity-list-qazi-abdallah-on-bis-entity-list-3', '2011-11-22', '76 FR 71867'],
    ]);
    expect(qazi[0]).toMatchObject({
      status: 'confirmed',
      note: 'Licence requirement: For all items subject to the EAR. (See §744.11 of the EAR). Licence policy: Presumption of denial.',
    });
  });

  it('cites the list with its Web Link as the source', () => {
    expect(dataset.sources).toEqual([
      {
        id: 'el-bis-entity-list',
        title: 'BIS Entity List',
        publisher: 'Bureau of Industry and Security',
        url: 'http://www.bis.doc.gov/entities/default.htm',
      },
    ]);
  });

  it('reads the same file with CRLF line ends and a byte order mark identically', () => {
    const crlf = `\uFEFF${fixture('csl/el.csv').replace(/\n/g, '\r\n')}`;
    expect(read(crlf)).toEqual({ dataset, skipped });
  });
});

describe('readLegacyElCsv problems', () => {
  it('reports an impossible date at its line and column', () => {
    const text = `${HEADER}\nEL,,Acme,2/30/2011,,China\nEL,,Acme,11/21/2011,Acme Co,China\n`;
    expect(problems(readLegacyElCsv(text, { file: 'el.csv' }))).toEqual([
      'el.csv:2: Effective Date: expected a date like 2011-11-21 or 11/21/2011, got "2/30/2011"',
    ]);
  });

  it('names the required columns that are missing, and empty required cells', () => {
    expect(problems(readLegacyElCsv('Entity Number,Title\n1,x\n', { file: 'el.csv' }))).toEqual([
      'el.csv:1: missing required columns "Source List" and "Name"; the header has "Entity Number" and "Title"',
    ]);
    expect(problems(readLegacyElCsv(`${HEADER}\nEL,,,,,\n`, { file: 'el.csv' }))).toEqual([
      'el.csv:2: Name: must not be empty',
    ]);
  });

  it('reports a truncated file (a quote never closed)', () => {
    const text = fixture('csl/el.csv');
    const truncated = text.slice(0, text.indexOf('"A2 Ground') + 5);
    expect(problems(readLegacyElCsv(truncated, { file: 'el.csv' }))).toEqual([
      'el.csv:5:26: unterminated quoted field: the quote opened here is never closed',
    ]);
  });
});
