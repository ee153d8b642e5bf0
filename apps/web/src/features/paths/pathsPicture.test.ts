import { describe, expect, it } from 'vitest';
import { pathKey } from '../../model/paths.ts';
import { SUBGRAPH } from '../../model/subgraph.fixture.ts';
import { crowd, SZU_TO_H100 } from './paths.fixture.ts';
import { pathsPicture } from './pathsPicture.ts';

describe('pathsPicture', () => {
  it('draws a small answer as it is, path marks and all', () => {
    const picture = pathsPicture([SZU_TO_H100], SUBGRAPH, null);
    expect(picture.subgraph).toBe(SUBGRAPH);
    expect(picture.marks.get('szu-buys-yunda')?.has('avoids-contact')).toBe(true);
  });

  it('groups a crowd, and marks the groups whose paths avoid direct contact', () => {
    const { paths, subgraph } = crowd(40, (i) => i >= 30);
    const picture = pathsPicture(paths, subgraph, null);
    expect(picture.groups.nodes.map((g) => g.label)).toEqual(['+31 end users', '+10 end users']);
    expect(picture.marks.get('group:yunda-technology')?.has('avoids-contact')).toBe(true);
    expect(
      picture.marks.get('group:yunda-technology->yunda-technology')?.has('avoids-contact'),
    ).toBe(true);
    // Buying from AWS directly is direct contact: nothing to highlight.
    expect(picture.marks.get('group:aws')).toBeUndefined();
  });

  it('draws the focused path in full and dims the groups', () => {
    const { paths, subgraph } = crowd(40);
    const picture = pathsPicture(paths, subgraph, pathKey(SZU_TO_H100));
    expect(picture.subgraph.entities.map((e) => e.id)).toContain('shenzhen-university');
    expect(picture.marks.get('szu-buys-yunda')?.has('focus')).toBe(true);
    expect(picture.marks.get('group:yunda-technology')?.has('dimmed')).toBe(true);
    expect(picture.groups.nodes[0]?.count).toBe(40);
  });
});
