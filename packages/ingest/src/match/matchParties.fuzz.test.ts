/** Fuzzing the party matcher: any names, in any script, give well-formed matches or none. */
import { ENTITY_KINDS } from '@detour/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_TIMEOUT_MS, fuzzRuns } from '../testing/fuzzRuns.ts';
import { MATCH_THRESHOLD, matchParties, type Candidate } from './matchParties.ts';

const name = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('Shenzhen University', 'SHENZHEN UNIV.', '深圳大学', 'Ltd', ' ', '', 'Co., Ltd.'),
);
const candidate: fc.Arbitrary<Candidate> = fc.record(
  {
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    kind: fc.constantFrom(...ENTITY_KINDS),
    name,
    aliases: fc.array(name, { maxLength: 3 }),
    country: fc.constantFrom('CN', 'US', 'cn', ''),
  },
  { requiredKeys: ['id', 'kind', 'name', 'aliases'] },
);

describe('matchParties, fuzzed', () => {
  it(
    'never throws; matches are scored within bounds, never of an entity with itself',
    () => {
      fc.assert(
        fc.property(
          fc.array(candidate, { maxLength: 8 }),
          fc.array(candidate, { maxLength: 8 }),
          (incoming, existing) => {
            const matches = matchParties(incoming, existing);
            for (const match of matches) {
              expect(match.from).not.toBe(match.to);
              expect(match.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
              expect(match.score).toBeLessThanOrEqual(1);
              expect(match.explanation).not.toBe('');
            }
          },
        ),
        { numRuns: fuzzRuns(200) },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
