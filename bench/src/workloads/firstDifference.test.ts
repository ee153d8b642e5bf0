import { describe, expect, it } from 'vitest';
import { firstDifference } from './firstDifference.ts';

describe('firstDifference', () => {
  it('is null for equal values, whatever the order of keys', () => {
    expect(firstDifference({ a: 1, b: [1, 'x'] }, { b: [1, 'x'], a: 1 })).toBeNull();
  });

  it('names the first differing place and both values', () => {
    const floor = { totalCount: 3, items: [['e1', 5, 2]] };
    expect(firstDifference(floor, { totalCount: 3, items: [['e1', 5, 1]] })).toBe(
      'items[0][2]: 2 ≠ 1',
    );
    expect(firstDifference(floor, { totalCount: 3, items: [] })).toBe('items: 1 items ≠ 0 items');
    expect(firstDifference(floor, { items: [['e1', 5, 2]] })).toBe('totalCount: 3 ≠ undefined');
    expect(firstDifference(1, '1')).toBe('(whole): 1 ≠ "1"');
  });
});
