import { describe, expect, it } from 'vitest';
import { pathKey, type ExposedEndUser, type ProviderExposure } from '../../model/paths.ts';
import { ENTITIES, SUBGRAPH } from '../../model/subgraph.fixture.ts';
import { SZU_TO_H100 } from '../paths/paths.fixture.ts';
import { channelLabel, exposurePaths, exposurePicture } from './exposurePicture.ts';

const entity = (id: string) => {
  const found = ENTITIES.find((e) => e.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};

const szu: ExposedEndUser = {
  endUser: entity('shenzhen-university'),
  controlLists: [entity('entity-list')],
  listed: true,
  pathCount: 2,
  paths: [SZU_TO_H100],
};

const RESELLER = { ...entity('yunda-technology'), id: 'x-reseller', name: 'X Reseller' };

function exposure(totalCount: number): ProviderExposure {
  return {
    provider: entity('aws'),
    endUsers: {
      items: [szu],
      totalCount,
      pageInfo: { endCursor: totalCount > 1 ? 'c1' : null, hasNextPage: totalCount > 1 },
      subgraph: SUBGRAPH,
    },
    endUsersReaching: totalCount + 10,
    listedEndUsers: 7,
    channels: [
      { entity: entity('yunda-technology'), endUsers: 420, listedEndUsers: 7 },
      { entity: RESELLER, endUsers: 80, listedEndUsers: 0 },
    ],
    complete: true,
  };
}

describe('exposurePicture', () => {
  it('draws a small answer path by path: listed end users flagged, their paths highlighted', () => {
    const picture = exposurePicture(exposure(1));
    expect(picture.subgraph).toBe(SUBGRAPH);
    expect(picture.groups.nodes).toEqual([]);
    expect(picture.marks.get('shenzhen-university')?.has('listed')).toBe(true);
    expect(picture.marks.get('yunda-buys-aws')?.has('avoids-contact')).toBe(true);
    expect(exposurePicture(null).subgraph.entities).toEqual([]);
  });

  it('draws a large one by channel, with the API’s exact counts', () => {
    const picture = exposurePicture(exposure(500));
    expect(picture.subgraph.entities.map((e) => e.id).sort()).toEqual(
      ['a100', 'aws', 'h100', 'x-reseller', 'yunda-technology'].sort(),
    );
    // Yunda's purchase from AWS is loaded; X Reseller's is not, so a plain link stands for it.
    expect(picture.subgraph.relationships.map((r) => r.id).sort()).toEqual(
      ['aws-offers-a100', 'aws-offers-h100', 'yunda-buys-aws'].sort(),
    );
    expect(picture.groups.nodes.map((g) => [g.label, g.count])).toEqual([
      ['+420 end users · 7 listed', 420],
      ['+80 end users', 80],
    ]);
    expect(picture.groups.links.map((l) => [l.source, l.target])).toEqual([
      ['group:channel:yunda-technology', 'yunda-technology'],
      ['x-reseller', 'aws'],
      ['group:channel:x-reseller', 'x-reseller'],
    ]);
    expect(picture.marks.get('group:channel:yunda-technology')?.has('listed')).toBe(true);
    expect(picture.marks.get('group:channel:x-reseller')?.has('listed')).toBe(false);
    expect(picture.marks.get('yunda-buys-aws')?.has('avoids-contact')).toBe(true);
  });

  it('draws the focused path in full over the channels', () => {
    const picture = exposurePicture(exposure(500), pathKey(SZU_TO_H100));
    expect(picture.subgraph.entities.map((e) => e.id)).toContain('shenzhen-university');
    expect(picture.marks.get('szu-buys-yunda')?.has('focus')).toBe(true);
    expect(picture.marks.get('group:channel:x-reseller')?.has('dimmed')).toBe(true);
    expect(exposurePaths(exposure(500))).toEqual([SZU_TO_H100]);
  });

  it('labels a channel with its listed end users only when there are some', () => {
    expect(channelLabel(12, 0)).toBe('+12 end users');
    expect(channelLabel(1, 1)).toBe('+1 end user · 1 listed');
  });
});
