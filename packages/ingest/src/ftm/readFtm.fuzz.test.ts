/** Fuzzing the FollowTheMoney JSON-lines reader. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture } from '../tables/fixtures.ts';
import { FUZZ_TIMEOUT_MS, fuzzRuns } from '../testing/fuzzRuns.ts';
import { anyText, expectReadOrProblems, mutatedJson, mutatedText } from '../testing/fuzzing.ts';
import { readFtm } from './readFtm.ts';

const FILE = 'entities.ijson';
const OPTIONS = { file: FILE, sourceUrl: 'https://example.org/ftm' };
const lines = fixture('ftm/donations.ijson')
  .split('\n')
  .filter((line) => line.trim() !== '');
/** A slice of the fixture keeps each case quick; its edges refer to entities in the slice or not. */
const slices = fc
  .tuple(fc.nat({ max: lines.length - 1 }), fc.integer({ min: 1, max: 40 }))
  .map(([from, n]) => lines.slice(from, from + n).join('\n'));

/** One line's JSON replaced by a value of the wrong type somewhere inside it. */
const wrongTypes = fc
  .tuple(fc.nat({ max: lines.length - 1 }), fc.integer({ min: 1, max: 20 }))
  .chain(([at, n]) => {
    const slice = lines.slice(Math.max(0, at - n), at + n);
    const target = slice.length > n ? n : 0;
    return mutatedJson(JSON.parse(slice[target] ?? '{}')).map((broken) =>
      slice.map((line, i) => (i === target ? JSON.stringify(JSON.parse(broken)) : line)).join('\n'),
    );
  });

const read = (text: string) =>
  expectReadOrProblems(() => readFtm(text, OPTIONS), new Map([[FILE, text]]));

describe('readFtm, fuzzed', () => {
  it('starts from a file that reads cleanly', () => {
    expect(read(lines.join('\n')).ok).toBe(true);
  });

  it(
    'answers arbitrary text with a dataset or located problems',
    () => {
      fc.assert(
        fc.property(anyText, (text) => void read(text)),
        { numRuns: fuzzRuns(200) },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'answers damaged files: truncated, flipped, BOMs, duplicate ids, dangling references',
    () => {
      fc.assert(
        fc.property(slices.chain(mutatedText), (text) => void read(text)),
        {
          numRuns: fuzzRuns(150),
        },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'answers values of the wrong type in an entity line',
    () => {
      fc.assert(
        fc.property(wrongTypes, (text) => void read(text)),
        { numRuns: fuzzRuns(150) },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
