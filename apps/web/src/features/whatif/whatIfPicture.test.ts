import { describe, expect, it } from 'vitest';
import type { WhatIfResult } from '../../model/paths.ts';
import { SUBGRAPH } from '../../model/subgraph.fixture.ts';
import { crowd, SZU_TO_H100 } from '../paths/paths.fixture.ts';
import { RESULT, changePage } from './whatif.fixture.ts';
import { whatIfPicture } from './whatIfPicture.ts';

describe('whatIfPicture', () => {
  it('draws a small scope as it is, with the what-if marks', () => {
    const picture = whatIfPicture([SZU_TO_H100], SUBGRAPH, ['yunda-technology'], RESULT);
    expect(picture.subgraph).toBe(SUBGRAPH);
    expect(picture.groups.nodes).toEqual([]);
    expect(picture.marks.get('shenzhen-university')?.has('loses-access')).toBe(true);
  });

  it('groups a crowd by way in: cutting the entry cuts the link, and losers mark their group', () => {
    const { paths, subgraph } = crowd(40, (i) => i >= 30);
    const picture = whatIfPicture(paths, subgraph, ['yunda-technology'], RESULT);
    const yunda = 'group:yunda-technology';
    expect(picture.groups.nodes.map((g) => g.id)).toEqual([yunda, 'group:aws']);
    expect(picture.marks.get('yunda-technology')?.has('removed')).toBe(true);
    expect(picture.marks.get(`${yunda}->yunda-technology`)?.has('removed')).toBe(true);
    // Shenzhen University, on the lost page, is in the Yunda group.
    expect(picture.marks.get(yunda)?.has('loses-access')).toBe(true);
    expect(picture.marks.get('group:aws')?.has('loses-access') ?? false).toBe(false);
    // Every path through Yunda is cut: none survives as a way around the provider.
    expect(picture.marks.get(yunda)?.has('avoids-contact') ?? false).toBe(false);
  });

  it('keeps showing ways around the provider that survive', () => {
    const { paths, subgraph } = crowd(40);
    const nobody: WhatIfResult = { ...RESULT, lost: changePage([]) };
    const picture = whatIfPicture(paths, subgraph, ['nvidia'], nobody);
    expect(picture.marks.get('group:yunda-technology')?.has('avoids-contact')).toBe(true);
    expect(picture.marks.get('group:yunda-technology')?.has('loses-access') ?? false).toBe(false);
  });
});
