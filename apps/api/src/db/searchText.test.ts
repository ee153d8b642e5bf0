import { describe, expect, it } from 'vitest';
import { SEARCH_TEXT_CYPHER } from './searchText.ts';

describe('search text Cypher', () => {
  it('finds entities of an older normalisation and updates them by element id, in batches', () => {
    expect(SEARCH_TEXT_CYPHER).toMatchSnapshot();
  });
});
