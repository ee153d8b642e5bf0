import { describe, expect, it } from 'vitest';
import { toAccessPath, type PathStep } from './accessPath.ts';
import { exposedEndUsers, rankChokepoints, whatIf } from './analysis.ts';

const step = (
  id: string,
  status: PathStep['status'] = 'reported',
  validFrom: string | null = null,
  validTo: string | null = null,
): PathStep => ({
  id,
  type: 'BUYS_FROM',
  status,
  validFrom,
  validTo,
});

describe('toAccessPath', () => {
  it('reports intermediaries, indirectness, the validity window and the weakest status', () => {
    const path = toAccessPath(
      ['szu', 'yunda', 'aws', 'h100'],
      [
        step('a', 'reported', '2024-03-01'),
        step('b', 'confirmed', '2023-01-01', '2025-12-31'),
        step('c', 'alleged'),
      ],
      false,
    );
    expect(path).toMatchObject({
      endUser: 'szu',
      provider: 'aws',
      capability: 'h100',
      intermediaries: ['yunda'],
      hops: 3,
      indirect: true,
      avoidsDirectContact: true,
      validFrom: '2024-03-01',
      validTo: '2025-12-31',
      coexisted: true,
      weakestStatus: 'alleged',
    });
  });

  it('flags paths whose relationships never held at the same time, and direct contact', () => {
    const path = toAccessPath(
      ['u', 'i', 'p', 'c'],
      [step('a', 'reported', '2025-01-01'), step('b', 'reported', null, '2024-12-31'), step('c')],
      true,
    );
    expect(path.coexisted).toBe(false);
    expect(path.avoidsDirectContact).toBe(false);
  });
});

describe('analyses', () => {
  const paths = [
    toAccessPath(['u1', 'r1', 'p', 'c'], [step('1'), step('2'), step('3')], false),
    toAccessPath(['u2', 'r1', 'p', 'c'], [step('4'), step('2'), step('3')], false),
    toAccessPath(['u2', 'r2', 'p', 'c'], [step('5'), step('6'), step('3')], false),
    toAccessPath(['u3', 'p', 'c'], [step('7'), step('3')], true),
  ];

  it('ranks chokepoints by end users through them and counts who depends on them', () => {
    expect(rankChokepoints(paths)).toEqual([
      { entity: 'r1', endUsersThrough: 2, dependentEndUsers: ['u1'] },
      { entity: 'r2', endUsersThrough: 1, dependentEndUsers: [] },
    ]);
  });

  it('what-if separates the access that is lost from the access that remains', () => {
    const result = whatIf(paths, new Set(['r1']));
    expect(result.lost.map((c) => c.endUser)).toEqual(['u1']);
    expect(
      result.kept.map((c) => [
        c.endUser,
        c.pathsBefore,
        c.pathsAfter,
        c.remainingPath?.intermediaries,
      ]),
    ).toEqual([
      ['u2', 2, 1, ['r2']],
      ['u3', 1, 1, []],
    ]);
  });

  it('exposure lists end users with no direct contract with the provider', () => {
    expect([...exposedEndUsers(paths, 'p').keys()]).toEqual(['u1', 'u2']);
  });
});
