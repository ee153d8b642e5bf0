import { describe, expect, it } from 'vitest';
import { formatProblem, type ReadResult } from '../problems.ts';
import { fixture } from '../tables/fixtures.ts';
import { summariseSkipped, type Imported } from '../tables/imported.ts';
import { readFtm } from './readFtm.ts';

const URL = 'https://github.com/opensanctions/nomenklatura';
const options = { file: 'donations.ijson', sourceUrl: URL };

function read(text: string): Imported {
  const result = readFtm(text, options);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.value;
}

function problems(result: ReadResult<Imported>): string[] {
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** One FtM line. */
function line(id: string, schema: string, properties: Record<string, unknown>): string {
  return JSON.stringify({ id, schema, properties });
}

const donations = fixture('ftm/donations.ijson');
const lines = donations.split('\n');

describe('readFtm on the nomenklatura donations fixture', () => {
  const { dataset, skipped } = read(donations);

  it('reads 95 parties and 290 payments, skipping the 89 addresses', () => {
    const kinds = dataset.entities.map((e) => e.kind);
    expect(kinds.filter((k) => k === 'EndUser')).toHaveLength(73);
    expect(kinds.filter((k) => k === 'Person')).toHaveLength(22);
    expect(dataset.relationships).toHaveLength(290);
    expect(dataset.relationships.every((r) => r.type === 'BUYS_FROM')).toBe(true);
    expect(summariseSkipped(skipped)).toEqual(['89 skipped: FtM schema Address is not imported']);
    expect(skipped[0]).toEqual({
      file: 'donations.ijson',
      line: 2,
      what: 'Address "97149caa3aef14e2be5ae6b3974c6882e7536d88"',
      reason: 'FtM schema Address is not imported',
    });
  });

  it('turns a Payment into BUYS_FROM payer → beneficiary with its euro amount and date', () => {
    expect(dataset.relationships[0]).toEqual({
      id: 'ftm-2216b422a31242fe204654ce194864661f515921',
      type: 'BUYS_FROM',
      from: 'ftm-f9c295f21b233ac878fbac4d271bb6fd13d7952a',
      to: 'ftm-6d03aec76fdeec8f9697d8b19954ab6fc2568bc8',
      status: 'reported',
      start: '2011-12-29',
      amount: { value: 100000, currency: 'EUR' },
      sources: ['donations-source'],
    });
    const total = dataset.relationships.reduce((sum, r) => sum + (r.amount?.value ?? 0), 0);
    expect(Math.round(total)).toBe(40_589_689);
  });

  it('keeps names and upper-cases FtM country codes', () => {
    expect(dataset.entities.find((e) => e.name === 'Frau Lina Dachner')).toEqual({
      id: 'ftm-f9c295f21b233ac878fbac4d271bb6fd13d7952a',
      kind: 'Person',
      name: 'Frau Lina Dachner',
      aliases: [],
      country: 'DE',
      sources: ['donations-source'],
    });
  });

  it('cites the URL the user gave as the one source', () => {
    expect(dataset.sources).toEqual([
      { id: 'donations-source', title: 'donations.ijson', publisher: 'github.com', url: URL },
    ]);
  });

  it('reads the file identically with CRLF line ends, a BOM and trailing blank lines', () => {
    const variant = `\uFEFF${lines.join('\r\n')}\r\n\r\n`;
    expect(read(variant)).toEqual({ dataset, skipped });
  });
});

describe('readFtm mapping', () => {
  const acme = line('acme', 'Company', { name: ['Acme Ltd', 'ACME'], jurisdiction: ['cn'] });
  const agent = line('agent', 'Company', { name: ['Agent Co'] });
  const holding = line('hold', 'Organization', { name: ['Holding'] });

  it('reads Ownership, Representation and Sanction records', () => {
    const text = [
      acme,
      agent,
      holding,
      line('o1', 'Ownership', { owner: ['hold'], asset: ['acme'], percentage: ['51%'] }),
      line('r1', 'Representation', { agent: ['agent'], client: ['acme'], startDate: ['2024-03'] }),
      line('s1', 'Sanction', {
        entity: ['acme'],
        authority: ['Bureau of Industry and Security'],
        program: ['Entity List'],
        listingDate: ['2021-04-08'],
        authorityId: ['86 FR 18437'],
      }),
      line('s2', 'Sanction', { entity: ['agent'], authority: ['EU Council'] }),
    ].join('\n');
    const { dataset } = read(text);
    expect(dataset.entities.map((e) => [e.id, e.kind, e.name])).toEqual([
      ['bis-entity-list', 'ControlList', 'BIS Entity List'],
      ['ftm-list-eu-council', 'ControlList', 'EU Council'],
      ['ftm-acme', 'EndUser', 'Acme Ltd'],
      ['ftm-agent', 'Intermediary', 'Agent Co'],
      ['ftm-hold', 'EndUser', 'Holding'],
    ]);
    expect(dataset.entities[2]).toMatchObject({ aliases: ['ACME'], country: 'CN' });
    expect(dataset.relationships.map((r) => [r.type, r.from, r.to])).toEqual([
      ['SUBSIDIARY_OF', 'ftm-acme', 'ftm-hold'],
      ['BUYS_FROM', 'ftm-acme', 'ftm-agent'],
      ['LISTED_ON', 'ftm-acme', 'bis-entity-list'],
      ['LISTED_ON', 'ftm-agent', 'ftm-list-eu-council'],
    ]);
    expect(dataset.relationships[0]?.share).toBe(51);
    expect(dataset.relationships[1]?.start).toBe('2024-03');
    expect(dataset.relationships[2]).toMatchObject({
      start: '2021-04-08',
      citation: '86 FR 18437',
    });
  });

  it('skips edges to skipped records, to the same entity, or without an end', () => {
    const text = [
      acme,
      line('addr', 'Address', { full: ['1 Road'] }),
      line('noname', 'Person', { country: ['de'] }),
      line('p1', 'Payment', { payer: ['addr'], beneficiary: ['acme'] }),
      line('p2', 'Payment', { payer: ['acme'], beneficiary: ['acme'] }),
      line('p3', 'Payment', { payer: ['noname'], beneficiary: ['acme'] }),
      line('p4', 'Payment', { beneficiary: ['acme'] }),
    ].join('\n');
    const { dataset, skipped } = read(text);
    expect(dataset.relationships).toEqual([]);
    expect(skipped.map((s) => `${String(s.line)}: ${s.what}: ${s.reason}`)).toEqual([
      '2: Address "addr": FtM schema Address is not imported',
      '3: Person "noname": a party without a name cannot be shown',
      '4: Payment "p1": refers to a record that was skipped',
      '5: Payment "p2": points from an entity to itself',
      '6: Payment "p3": refers to a record that was skipped',
      '7: Payment "p4": a Payment without its payer cannot be drawn',
    ]);
  });
});

describe('readFtm problems', () => {
  it('reports a bad amount at file:line and its path in the line', () => {
    const broken = [...lines];
    broken[12] = (broken[12] ?? '').replace(/"amountEur": \["[\d.]+"\]/, '"amountEur": ["lots"]');
    expect(problems(readFtm(broken.join('\n'), options))).toEqual([
      'donations.ijson:13: properties.amountEur[0]: expected a number, got "lots"',
    ]);
  });

  it('reports dangling references, bad dates and shares', () => {
    const text = [
      line('a', 'Company', { name: ['A'] }),
      line('p', 'Payment', { payer: ['a'], beneficiary: ['ghost'] }),
      line('o', 'Ownership', { owner: ['a'], asset: ['b'] }),
      line('b', 'Company', { name: ['B'] }),
      line('o2', 'Ownership', {
        owner: ['a'],
        asset: ['b'],
        percentage: ['120'],
        startDate: ['2024-13'],
      }),
    ].join('\n');
    expect(problems(readFtm(text, options))).toEqual([
      'donations.ijson:2: properties.beneficiary[0]: unknown entity "ghost": no line in this file has it',
      'donations.ijson:5: properties.startDate[0]: expected a date like 2024, 2024-03 or 2024-03-15, got "2024-13"',
      'donations.ijson:5: properties.percentage[0]: expected a number from 0 to 100, got 120',
    ]);
  });

  it('reports syntax errors, wrong types and duplicate ids line by line', () => {
    const text = [
      line('a', 'Company', { name: ['A'] }),
      '{"id": "b", "schema": "Company", "properties": {"name": ["B"]}',
      '[1, 2]',
      JSON.stringify({ id: 5, properties: { name: 'C' } }),
      line('a', 'Person', { name: [7] }),
    ].join('\n');
    expect(problems(readFtm(text, options))).toEqual([
      "donations.ijson:2:63: Expected ',' or '}' after property value in JSON",
      'donations.ijson:3: expected an entity object, got array',
      'donations.ijson:4: id: expected a string, got number',
      'donations.ijson:4: schema: missing required field',
      'donations.ijson:4: properties.name: expected an array of strings, got string',
      'donations.ijson:5: properties.name[0]: expected a string, got number',
      'donations.ijson:5: id: duplicate id "a" (first on line 1)',
    ]);
  });

  it('reports a truncated last line and text that was not UTF-8', () => {
    expect(problems(readFtm(donations.slice(0, 1000), options))).toEqual([
      'donations.ijson:5:161: Unterminated string in JSON',
    ]);
    const garbled = line('a', 'Company', { name: ['Caf\uFFFD'] });
    expect(problems(readFtm(garbled, options))).toEqual([
      'donations.ijson:1:56: not valid UTF-8 text: contains U+FFFD replacement characters',
    ]);
  });

  it('requires an http(s) --source-url', () => {
    const text = line('a', 'Company', { name: ['A'] });
    expect(problems(readFtm(text, { file: 'd.ijson' }))).toEqual([
      'd.ijson: a FollowTheMoney file does not say where it comes from; pass --source-url with the http(s) address it was published at',
    ]);
    const dangling = `${text}\n${line('p', 'Payment', { payer: ['a'], beneficiary: ['b'] })}`;
    expect(problems(readFtm(dangling, { file: 'd.ijson' }))).toEqual([
      'd.ijson: a FollowTheMoney file does not say where it comes from; pass --source-url with the http(s) address it was published at',
      'd.ijson:2: properties.beneficiary[0]: unknown entity "b": no line in this file has it',
    ]);
    expect(problems(readFtm(text, { file: 'd.ijson', sourceUrl: 'file:///tmp/d.ijson' }))).toEqual([
      'd.ijson: --source-url: must be an http or https URL, got "file:///tmp/d.ijson"',
    ]);
  });

  it('reads a 1 MB line', () => {
    const long = 'N'.repeat(1_000_000);
    const { dataset } = read(line('a', 'Company', { name: ['A'], description: [long] }));
    expect(dataset.entities[0]?.description).toHaveLength(1_000_000);
  });
});
