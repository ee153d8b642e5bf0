import { describe, expect, it } from 'vitest';
import { SUBGRAPH } from '../../model/subgraph.fixture.ts';
import { groupEndUsers, groupLabel } from './groupEndUsers.ts';
import { SZU_TO_H100, crowd } from './paths.fixture.ts';

describe('groupEndUsers', () => {
  it('leaves a small answer as it is', () => {
    const grouped = groupEndUsers([SZU_TO_H100], SUBGRAPH);
    expect(grouped.subgraph).toBe(SUBGRAPH);
    expect(grouped.groups.nodes).toEqual([]);
  });

  it('draws many end users as one node per entity they enter through, with exact counts', () => {
    // Shenzhen University and 30 more through Yunda, 10 straight to AWS.
    const { paths, subgraph } = crowd(40, (i) => i >= 30);
    const grouped = groupEndUsers(paths, subgraph);
    expect(grouped.groups.nodes).toEqual([
      { id: 'group:yunda-technology', kind: 'EndUser', label: '+31 end users', count: 31 },
      { id: 'group:aws', kind: 'EndUser', label: '+10 end users', count: 10 },
    ]);
    expect(grouped.groups.links.map((l) => [l.source, l.target])).toEqual([
      ['group:yunda-technology', 'yunda-technology'],
      ['group:aws', 'aws'],
    ]);
    // No end user, and none of their relationships, is drawn as itself any more.
    expect(grouped.subgraph.entities.some((e) => e.kind === 'EndUser')).toBe(false);
    const drawn = grouped.subgraph.relationships.map((r) => r.id);
    expect(drawn).toEqual([
      'yunda-buys-aws',
      'aws-offers-a100',
      'aws-offers-h100',
      'nvidia-makes-a100',
    ]);
    expect(grouped.byGroup.get('group:aws')?.endUsers).toHaveLength(10);
  });

  it('gives a link the strongest status among its end users’ first hops', () => {
    const { paths, subgraph } = crowd(40, (i) => i >= 30);
    const grouped = groupEndUsers(paths, subgraph);
    const status = new Map(grouped.groups.links.map((l) => [l.target, l.status]));
    // Even-numbered end users buy on confirmed records.
    expect(status.get('yunda-technology')).toBe('confirmed');
    const alleged = groupEndUsers(
      paths.filter((p) => p.endUser === 'shenzhen-university' || /[13579]$/.test(p.endUser)),
      subgraph,
      { above: 3 },
    );
    // Shenzhen University's purchase is reported, the odd ones alleged: reported is stronger.
    expect(alleged.groups.links.find((l) => l.target === 'yunda-technology')?.status).toBe(
      'reported',
    );
  });

  it('keeps the end users asked for, and groups affiliates with the end user they serve', () => {
    const { paths, subgraph } = crowd(40);
    const kept = groupEndUsers(paths, subgraph, { keep: new Set(['shenzhen-university']) });
    expect(kept.subgraph.entities.map((e) => e.id)).toContain('shenzhen-university');
    expect(kept.subgraph.relationships.map((r) => r.id)).toContain('szu-buys-yunda');
    expect(kept.groups.nodes[0]?.count).toBe(40);

    const affiliate = {
      ...SZU_TO_H100,
      endUser: 'eu-0',
      entities: ['eu-0', 'eu-1', 'yunda-technology', 'aws', 'h100'],
      relationships: ['eu-0-owns-eu-1', 'eu-1-buys-yunda', 'yunda-buys-aws', 'aws-offers-h100'],
    };
    const viaAffiliate = groupEndUsers([...paths, affiliate], subgraph);
    expect(viaAffiliate.groups.nodes.map((g) => g.id)).toEqual(['group:yunda-technology']);
  });

  it('says how many a group holds', () => {
    expect(groupLabel(1)).toBe('+1 end user');
    expect(groupLabel(1204)).toBe('+1,204 end users');
  });
});
