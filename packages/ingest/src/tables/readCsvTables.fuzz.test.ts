/** Fuzzing the two-table CSV reader and the CSV parser under it. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_TIMEOUT_MS, fuzzRuns } from '../testing/fuzzRuns.ts';
import { anyText, expectReadOrProblems, mutatedText } from '../testing/fuzzing.ts';
import { parseCsv } from './parseCsv.ts';
import { readCsvTables } from './readCsvTables.ts';

const NODES = [
  'id,label,kind,aliases,country',
  'szu,Shenzhen University,EndUser,深圳大学; SZU,cn',
  'yunda,"Yunda Technology, Ltd.",Intermediary,,CN',
  'aws,Amazon Web Services,CloudProvider,AWS,US',
  'h100,Nvidia H100,Chip,,',
].join('\n');
const EDGES = [
  'source,target,interaction,status,amount,currency,start',
  'szu,yunda,buys from,reported,"1,200",usd,2023-01',
  'yunda,aws,BUYS_FROM,alleged,,,',
  'aws,h100,offers,confirmed,,,2022-10-07',
].join('\n');
const OPTIONS = { file: 'nodes.csv', sourceUrl: 'https://example.org/tables' };

const pairs = fc.oneof(
  fc.tuple(anyText, anyText),
  fc.tuple(mutatedText(NODES), fc.constant(EDGES)),
  fc.tuple(fc.constant(NODES), mutatedText(EDGES)),
  fc.tuple(mutatedText(NODES), mutatedText(EDGES)),
);

describe('readCsvTables, fuzzed', () => {
  it('starts from files that read cleanly', () => {
    const tables = readCsvTables(
      { file: 'nodes.csv', text: NODES },
      { file: 'edges.csv', text: EDGES },
      OPTIONS,
    );
    expect(tables.ok).toBe(true);
  });

  it(
    'answers arbitrary and damaged node and edge files with a dataset or located problems',
    () => {
      fc.assert(
        fc.property(pairs, ([nodes, edges]) => {
          expectReadOrProblems(
            () =>
              readCsvTables(
                { file: 'nodes.csv', text: nodes },
                { file: 'edges.csv', text: edges },
                OPTIONS,
              ),
            new Map([
              ['nodes.csv', nodes],
              ['edges.csv', edges],
            ]),
          );
        }),
        { numRuns: fuzzRuns(200) },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'parseCsv answers any text with a table or located problems',
    () => {
      fc.assert(
        fc.property(fc.oneof(anyText, mutatedText(EDGES)), (text) => {
          expectReadOrProblems(() => parseCsv(text, 'x.csv'), new Map([['x.csv', text]]));
        }),
        { numRuns: fuzzRuns(200) },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
