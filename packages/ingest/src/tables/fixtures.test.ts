import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './fixtures.ts';

/** The hashes in fixtures/README.md, which are those of the originals in shared/datasets. */
const SHA256 = {
  'csl/el.csv': 'ba72e2ff4ed370d88cec3f73016df0eed0d6e5a644166cc1c552ecbb9af48ee9',
  'csl/el_expected_results.json':
    '2eb541c1a7b7bf9ed9bc75ea78a35e98697ac68ac70c230105ce2a195fd8eb32',
  'csl/uvl_expected_results.json':
    'dc46a096eead663bfa45310021c6033371286d4f0f354bba40cf53903421cbe9',
  'ftm/donations.ijson': '01b4dd6a4e4dc1d59789cc51480211824da328d7323ab0ee723555dcf341fcf8',
};

describe('fixtures', () => {
  it('are byte-identical to the files they were copied from (do not reformat them)', () => {
    for (const [path, hash] of Object.entries(SHA256)) {
      const bytes = readFileSync(`${FIXTURES}${path}`);
      expect(createHash('sha256').update(bytes).digest('hex'), path).toBe(hash);
    }
  });
});
