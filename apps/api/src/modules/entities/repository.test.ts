import { describe, expect, it } from 'vitest';
import { SEARCH_CYPHER } from './repository.ts';

describe('entities Cypher', () => {
  it('searches the full-text index with parameters only, the kinds filtered after it ranks', () => {
    expect(SEARCH_CYPHER).toMatchSnapshot();
  });
});
