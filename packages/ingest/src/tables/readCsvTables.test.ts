import { describe, expect, it } from 'vitest';
import { formatProblem, type ReadResult } from '../problems.ts';
import type { Imported, ImportOptions } from './imported.ts';
import { readCsvTables } from './readCsvTables.ts';

const options: ImportOptions = {
  file: 'nodes.csv',
  datasetId: 'reuters-chain',
  title: 'Reuters cloud-access chain',
  sourceUrl: 'https://www.reuters.com/technology/chinese-entities-turn-amazon-cloud/',
};

const NODES = [
  'Id,Label,Kind,aliases,country,degree',
  'szu,Shenzhen University,end user,深圳大学; SZU,cn,2',
  'yunda,Yunda Technology Ltd Co,Intermediary,,CN,2',
  'aws,Amazon Web Services,CLOUD_PROVIDER,AWS,US,3',
  'h100,Nvidia H100,Chip,,,1',
].join('\n');

const EDGES = [
  'source,target,interaction,status,start,amount,currency,covers,weight',
  'szu,yunda,buys from,reported,2024-03,200000,CNY,h100,1',
  'yunda,aws,BUYS_FROM,,2024-03,,,,1',
  'aws,h100,offers,confirmed,,,,,1',
].join('\r\n');

function read(nodes: string, edges: string, opts = options): ReadResult<Imported> {
  return readCsvTables(
    { file: 'nodes.csv', text: nodes },
    { file: 'edges.csv', text: edges },
    opts,
  );
}

function problems(result: ReadResult<Imported>): string[] {
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('readCsvTables', () => {
  it('reads nodes and edges by column name, forgiving how kinds and types are spelled', () => {
    const result = read(NODES, EDGES);
    if (!result.ok) throw new Error(problems(result).join('\n'));
    const { dataset } = result.value;
    expect(dataset.dataset).toEqual({
      id: 'reuters-chain',
      title: 'Reuters cloud-access chain',
      licence: 'unknown; see the source',
    });
    expect(dataset.entities[0]).toEqual({
      id: 'szu',
      kind: 'EndUser',
      name: 'Shenzhen University',
      aliases: ['深圳大学', 'SZU'],
      country: 'CN',
      sources: ['reuters-chain-source'],
    });
    expect(dataset.entities.map((e) => e.kind)).toEqual([
      'EndUser',
      'Intermediary',
      'CloudProvider',
      'Chip',
    ]);
    expect(dataset.relationships).toEqual([
      {
        id: 'szu-buys_from-yunda',
        type: 'BUYS_FROM',
        from: 'szu',
        to: 'yunda',
        status: 'reported',
        start: '2024-03',
        amount: { value: 200000, currency: 'CNY' },
        sources: ['reuters-chain-source'],
        covers: ['h100'],
      },
      {
        id: 'yunda-buys_from-aws',
        type: 'BUYS_FROM',
        from: 'yunda',
        to: 'aws',
        status: 'unverified',
        start: '2024-03',
        sources: ['reuters-chain-source'],
      },
      {
        id: 'aws-offers-h100',
        type: 'OFFERS',
        from: 'aws',
        to: 'h100',
        status: 'confirmed',
        sources: ['reuters-chain-source'],
      },
    ]);
  });

  it('reports every rule broken at the file, line and column it comes from', () => {
    const nodes = `${NODES}\nszu,Duplicate,EndUser\nx,X,Intermediry`;
    const edges = [
      'source,target,type,status,share,start,end,amount',
      'szu,nobody,BUYS_FROM,rumoured,,,,',
      'szu,yunda,SUBSIDIARY_OF,reported,150,2024-05,2024-01,',
      'szu,yunda,SUBSIDIARY_OF,reported,half,,,',
      'aws,szu,OFFERS,confirmed,,,,',
      'szu,aws,BUYS_FROM,reported,,,,5000',
    ].join('\n');
    expect(problems(read(nodes, edges))).toEqual([
      'nodes.csv:6: id: duplicate id "szu" (first on line 2)',
      'nodes.csv:7: kind: unknown kind "Intermediry" (did you mean "Intermediary"?); expected one of EndUser, Intermediary, CloudProvider, Vendor, Chip, Model, Person, ControlList, Regulation',
      'edges.csv:2: target: unknown entity "nobody"',
      'edges.csv:2: status: unknown status "rumoured"; expected one of confirmed, reported, alleged, planned, unverified',
      'edges.csv:3: end: "2024-01" is before the start "2024-05"',
      'edges.csv:3: share: expected a number from 0 to 100, got 150',
      'edges.csv:4: share: expected a number, got "half"',
      'edges.csv:5: target: OFFERS must point to Chip or Model, not EndUser "szu"',
      'edges.csv:6: amount.currency: missing required field',
    ]);
  });

  it('names the missing columns of both files, and needs --source-url', () => {
    expect(problems(read('id,name\n', 'from,to\n'))).toEqual([
      'nodes.csv:1: missing required column "kind"; the header has "id" and "name"',
      'edges.csv:1: missing required columns "source", "target" and "type|interaction"; the header has "from" and "to"',
    ]);
    const withoutUrl: ImportOptions = { file: 'nodes.csv' };
    expect(problems(read(NODES, EDGES, withoutUrl))).toEqual([
      'nodes.csv: a CSV tables file does not say where it comes from; pass --source-url with the http(s) address it was published at',
    ]);
  });
});
