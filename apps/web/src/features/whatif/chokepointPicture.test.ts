import { describe, expect, it } from 'vitest';
import type { ChokepointRanking } from '../../model/paths.ts';
import { ENTITIES } from '../../model/subgraph.fixture.ts';
import { chokepointLabel, chokepointPicture } from './chokepointPicture.ts';
import { RESULT } from './whatif.fixture.ts';

const entity = (id: string) => {
  const found = ENTITIES.find((e) => e.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};

const RESELLER = { ...entity('yunda-technology'), id: 'x-reseller', name: 'X Reseller' };

const RANKING: ChokepointRanking = {
  items: [
    { entity: entity('yunda-technology'), endUsersThrough: 2649, endUsersDependent: 85 },
    { entity: RESELLER, endUsersThrough: 120, endUsersDependent: 0 },
  ],
  totalCount: 966,
  endUsersWithAccess: 4161,
  pageInfo: { endCursor: 'c2', hasNextPage: true },
  complete: true,
};

describe('chokepointPicture', () => {
  it('draws each ranked intermediary with one node for the end users through it', () => {
    const picture = chokepointPicture(RANKING, null, [], []);
    expect(picture.subgraph.entities.map((e) => e.id)).toEqual(['yunda-technology', 'x-reseller']);
    expect(picture.groups.nodes.map((g) => [g.label, g.count])).toEqual([
      ['+2,649 end users', 2649],
      ['+120 end users', 120],
    ]);
    expect(picture.groups.links.map((l) => [l.source, l.target])).toEqual([
      ['group:yunda-technology', 'yunda-technology'],
      ['group:x-reseller', 'x-reseller'],
    ]);
    expect(picture.marks.size).toBe(0);
  });

  it('joins them to the provider and the chip the scope reaches', () => {
    const picture = chokepointPicture(RANKING, null, [], [entity('aws'), entity('h100')]);
    expect(picture.subgraph.entities.map((e) => e.id)).toContain('h100');
    expect(picture.groups.links.slice(2).map((l) => [l.source, l.target])).toEqual([
      ['yunda-technology', 'aws'],
      ['x-reseller', 'aws'],
      ['aws', 'h100'],
    ]);
  });

  it('dims what is cut off, and says how many depend on it and lose all access', () => {
    const picture = chokepointPicture(RANKING, RESULT, ['yunda-technology'], [entity('aws')]);
    expect(picture.marks.get('yunda-technology')?.has('removed')).toBe(true);
    expect(picture.marks.get('group:yunda-technology->yunda-technology')?.has('removed')).toBe(
      true,
    );
    expect(picture.marks.get('group:yunda-technology->aws')?.has('removed')).toBe(true);
    expect(picture.marks.get('group:yunda-technology')?.has('loses-access')).toBe(true);
    expect(picture.groups.nodes[0]?.label).toBe('+2,649 end users · 85 lose all access');
    expect(picture.marks.get('group:x-reseller')).toBeUndefined();
  });

  it('keeps what is cut off on the canvas when it is on another page of the ranking', () => {
    const other = { ...RANKING, items: RANKING.items.slice(1) };
    const picture = chokepointPicture(other, RESULT, ['yunda-technology'], []);
    expect(picture.subgraph.entities.map((e) => e.id)).toEqual(['x-reseller', 'yunda-technology']);
    expect(chokepointLabel(10, 1, true)).toBe('+10 end users · 1 loses all access');
    expect(chokepointLabel(10, 1, false)).toBe('+10 end users');
  });
});
