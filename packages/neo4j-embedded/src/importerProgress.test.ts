import { describe, expect, it } from 'vitest';
import { ImporterProgressReader, importerFailure } from './importerProgress.ts';

/** Lines as Neo4j 5.26's importer prints them without --verbose. */
const OUTPUT = [
  'Import starting 2026-12-07 04:57:22.012+0000',
  '  Estimated number of nodes: 4.00 ',
  '(1/4) Node import 2026-12-07 04:57:22.044+0000',
  '  Estimated required memory usage: 1020MiB',
  '.......... .......... .......... .......... ..........   5% ∆482ms [482ms]',
  '.......... .......... .......... .......... ..........  10% ∆0ms [482ms]',
  '.......... .......... .......... .......... ..........  10% ∆0ms [482ms]',
  'Node import COMPLETED in 473ms',
  '(2/4) Relationship import 2026-12-07 04:57:22.520+0000',
  '-......... .......... .......... .......... ..........   5% ∆1s 2ms [1s 2ms]',
];

describe("reading the batch importer's progress", () => {
  it('follows the stages and the percentage within each, once per change', () => {
    const reader = new ImporterProgressReader();
    const seen = OUTPUT.map((line) => reader.read(line)).filter((p) => p !== null);
    expect(seen).toEqual([
      { stage: 1, stages: 4, name: 'Node import', percent: 0 },
      { stage: 1, stages: 4, name: 'Node import', percent: 5 },
      { stage: 1, stages: 4, name: 'Node import', percent: 10 },
      { stage: 2, stages: 4, name: 'Relationship import', percent: 0 },
      { stage: 2, stages: 4, name: 'Relationship import', percent: 5 },
    ]);
  });

  it('explains a failure with the record the importer names', () => {
    const lines = [
      ...OUTPUT,
      'IMPORT FAILED in 1s 147ms. ',
      'DETOUR_IMPORT_ERROR ERROR in input',
      '  data source: BufferedCharSeeker[source:/tmp/in/bad.csv, position:27, line:1]',
      '  original error: a (Entity)-[BUYS_FROM]->zzz (Entity) referring to missing node zzz',
      'DETOUR_IMPORT_ERROR a (Entity)-[BUYS_FROM]->zzz (Entity) referring to missing node zzz',
      'Error in input data',
    ];
    expect(importerFailure(lines)).toBe(
      [
        'ERROR in input',
        '  data source: BufferedCharSeeker[source:/tmp/in/bad.csv, position:27, line:1]',
        '  original error: a (Entity)-[BUYS_FROM]->zzz (Entity) referring to missing node zzz',
        'a (Entity)-[BUYS_FROM]->zzz (Entity) referring to missing node zzz',
      ].join('\n'),
    );
  });

  it('falls back to the last lines when the importer names no cause', () => {
    expect(importerFailure(['a', '', 'IMPORT FAILED in 3ms.', 'Out of disk'])).toBe(
      'a\nIMPORT FAILED in 3ms.\nOut of disk',
    );
  });
});
