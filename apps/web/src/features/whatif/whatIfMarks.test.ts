import { describe, expect, it } from 'vitest';
import { SUBGRAPH } from '../../model/subgraph.fixture.ts';
import { SZU_TO_H100, YUNDA_DIRECT } from '../paths/paths.fixture.ts';
import { RESULT } from './whatif.fixture.ts';
import { groupLost, lostPairs, whatIfMarks } from './whatIfMarks.ts';

describe('whatIfMarks', () => {
  it('dims what is cut off with its relationships and marks who loses access', () => {
    const marks = whatIfMarks([SZU_TO_H100, YUNDA_DIRECT], SUBGRAPH, ['yunda-technology'], RESULT);
    expect(marks.get('yunda-technology')?.has('removed')).toBe(true);
    expect(marks.get('szu-buys-yunda')?.has('removed')).toBe(true);
    expect(marks.get('yunda-buys-aws')?.has('removed')).toBe(true);
    expect(marks.get('aws-offers-h100')?.has('removed')).toBeUndefined();
    expect(marks.get('shenzhen-university')?.has('loses-access')).toBe(true);
    // The cut path no longer shows as a way around the provider.
    expect(marks.get('szu-buys-yunda')?.has('avoids-contact')).toBe(false);
  });

  it('keeps highlighting paths that survive the cut', () => {
    const marks = whatIfMarks([SZU_TO_H100], SUBGRAPH, ['nvidia'], null);
    expect(marks.get('szu-buys-yunda')?.has('avoids-contact')).toBe(true);
  });
});

describe('groupLost', () => {
  it('groups the lost capabilities of a page by end user', () => {
    expect(
      groupLost(RESULT.lost.items).map((g) => [g.endUser.id, g.capabilities.map((c) => c.id)]),
    ).toEqual([['shenzhen-university', ['a100', 'h100']]]);
    expect(lostPairs(RESULT)).toEqual(['shenzhen-university→a100', 'shenzhen-university→h100']);
    expect(lostPairs(null)).toEqual([]);
  });
});
