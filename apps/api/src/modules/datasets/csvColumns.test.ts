import { describe, expect, it } from 'vitest';
import type { Entity, Relationship } from '@detour/domain';
import {
  bare,
  CsvLines,
  CsvValueError,
  ENTITY_COLUMNS,
  headerLine,
  RELATIONSHIP_COLUMNS,
  SOURCE_COLUMNS,
} from './csvColumns.ts';
import { entityProperties, relationshipProperties } from './toRecords.ts';

const US = '\u001f';

/** Every optional field filled in, so every property toRecords.ts can write is there. */
const entity: Entity = {
  id: 'e1',
  kind: 'Regulation',
  name: 'Rule "A", the first',
  aliases: ['R', 'Two\nlines'],
  country: 'US',
  description: 'd',
  sources: ['s1', 's2'],
  citation: '87 FR 62186',
  effective: '2022-10-07',
};
const relationship: Relationship = {
  id: 'r1',
  type: 'BUYS_FROM',
  from: 'a',
  to: 'b',
  status: 'reported',
  start: '2024-03',
  end: '2025',
  amount: { value: 0.1, currency: 'USD' },
  quantity: { value: 1e21, unit: 'tokens' },
  note: 'n',
  sources: ['s1'],
  covers: ['c1'],
  service: 's',
  share: 51,
  citation: 'c',
  score: 0.5,
  explanation: 'x',
};

describe("the batch importer's CSV files", () => {
  it('has a typed column for every property toRecords.ts writes', () => {
    const entities = new CsvLines(ENTITY_COLUMNS);
    const relationships = new CsvLines(RELATIONSHIP_COLUMNS);
    expect(() => entities.line([], entityProperties(entity, 'd'))).not.toThrow();
    expect(() => relationships.line([], relationshipProperties(relationship, 'd'))).not.toThrow();
    expect(() => entities.line([], { id: 'x', colour: 'red' })).toThrow(
      new CsvValueError('property "colour" has no column in the importer\'s files'),
    );
  });

  it('types numbers as Cypher stores what the driver sends (FLOAT), lists as string[]', () => {
    expect(headerLine(SOURCE_COLUMNS, 'node')).toBe(
      ':LABEL,id:ID(Source),title:string,publisher:string,url:string,published:string,_emptyLists:string[]\n',
    );
    expect(headerLine(RELATIONSHIP_COLUMNS, 'relationship')).toMatch(
      /^:TYPE,:START_ID\(Entity\),:END_ID\(Entity\),id:string,.*,amountValue:double,.*,covers:string\[\],.*,share:double,.*,score:double,.*,sourceIds:string\[\],datasetId:string,_emptyLists:string\[\]\n$/,
    );
  });

  it('leaves labels and types unquoted, where the importer looks for the start of a line', () => {
    // Neo4j's chunker for files with fields that span lines fails on a quoted first field once a
    // file outgrows its 4 MiB buffer; freshLoad.int.test.ts imports such a file.
    expect(bare(['Entity', 'EndUser'])).toBe(`Entity${US}EndUser`);
    expect(bare(['BUYS_FROM'])).toBe('BUYS_FROM');
    expect(() => bare(['Bad,Label'])).toThrow('label or type "Bad,Label" is not a plain name');
    expect(() => bare(['"Quoted"'])).toThrow(CsvValueError);
  });

  it('quotes text, doubles quotes, leaves absent properties empty and names empty lists', () => {
    const withoutCountry: Entity = {
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      aliases: [],
      description: 'd',
      sources: entity.sources,
      citation: '87 FR 62186',
      effective: '2022-10-07',
    };
    const line = new CsvLines(ENTITY_COLUMNS).line(
      ['"Entity"'],
      entityProperties(withoutCountry, 'd'),
    );
    expect(line).toBe(
      [
        '"Entity"',
        '"e1"',
        '"Regulation"',
        '"Rule ""A"", the first"',
        '',
        '"rule first"',
        '1',
        '',
        '"d"',
        '"87 FR 62186"',
        '"2022-10-07"',
        `"s1${US}s2"`,
        '"d"',
        '"aliases"',
      ].join(',') + '\n',
    );
  });

  it('writes numbers as JavaScript prints them, which parse back to the same double', () => {
    const line = new CsvLines(RELATIONSHIP_COLUMNS).line(
      [],
      relationshipProperties(relationship, 'd'),
    );
    expect(line).toContain(',0.1,"USD",,1e+21,,"tokens",');
  });

  it('keeps every column in its place when the first ones are absent', () => {
    const line = new CsvLines(SOURCE_COLUMNS).line([], { title: 't' });
    expect(line).toBe(',"t",,,,\n');
  });

  it('refuses what it cannot write exactly', () => {
    const lines = new CsvLines(ENTITY_COLUMNS);
    expect(() => lines.line([], { id: 'x', aliases: [`a${US}b`] })).toThrow(/U\+001F/);
    expect(() => lines.line([], { id: 'x', aliases: [''] })).toThrow(/non-empty text/);
    expect(() => lines.line([], { id: 7 })).toThrow('property "id": expected text');
    const rels = new CsvLines(RELATIONSHIP_COLUMNS);
    expect(() => rels.line([], { share: Number.NaN })).toThrow('expected a finite number');
  });
});
