/** Fuzzing the detour.dataset/v1 reader: broken files get located problems, never an exception. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from './jsonText.ts';
import { readDataset } from './readDataset.ts';
import { minimalDraft } from './testing/draft.ts';
import { FUZZ_TIMEOUT_MS, fuzzRuns } from './testing/fuzzRuns.ts';
import { anyText, expectReadOrProblems, mutatedJson, mutatedText } from './testing/fuzzing.ts';

const FILE = 'data.json';
const seed = readFileSync(new URL('../../../seed-data/detour-seed.json', import.meta.url), 'utf8');
const minimal = JSON.stringify(minimalDraft(), null, 2);
const texts = (text: string) => new Map([[FILE, text]]);
const read = (text: string) => expectReadOrProblems(() => readDataset(text, FILE), texts(text));

describe('readDataset, fuzzed', () => {
  it('starts from files that read cleanly', () => {
    expect(read(minimal).ok).toBe(true);
    expect(read(seed).ok).toBe(true);
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
    'answers a damaged valid file (truncated, flipped, BOMs, duplicated or missing lines, long lines)',
    () => {
      const damaged = fc.oneof(mutatedText(minimal), mutatedText(seed));
      fc.assert(
        fc.property(damaged, (text) => void read(text)),
        { numRuns: fuzzRuns(150) },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'answers values of the wrong type anywhere in a valid file',
    () => {
      const wrong = fc.oneof(mutatedJson(minimalDraft()), mutatedJson(JSON.parse(seed)));
      fc.assert(
        fc.property(wrong, (text) => void read(text)),
        { numRuns: fuzzRuns(150) },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'decodes arbitrary bytes to text or one located problem (invalid UTF-8)',
    () => {
      const bytes = fc.oneof(
        fc.uint8Array({ maxLength: 300 }),
        fc
          .tuple(fc.nat({ max: minimal.length }), fc.uint8Array({ minLength: 1, maxLength: 4 }))
          .map(([at, junk]) => {
            const valid = new TextEncoder().encode(minimal);
            return Uint8Array.from([...valid.subarray(0, at), ...junk, ...valid.subarray(at)]);
          }),
      );
      fc.assert(
        fc.property(bytes, (data) => {
          const lenient = new TextDecoder().decode(data);
          const decoded = expectReadOrProblems(() => decodeUtf8(data, FILE), texts(lenient));
          if (decoded.ok) read(decoded.value);
        }),
        { numRuns: fuzzRuns(200) },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
