import { describe, expect, it } from 'vitest';
import type { ExposedEndUser, ProviderExposure } from '../../model/paths.ts';
import { ENTITIES } from '../../model/subgraph.fixture.ts';
import { SZU_TO_H100 } from '../paths/paths.fixture.ts';
import { exposureMarks, rankExposed } from './exposureMarks.ts';

const entity = (id: string) => {
  const found = ENTITIES.find((e) => e.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};

const szu: ExposedEndUser = {
  endUser: entity('shenzhen-university'),
  controlLists: [entity('entity-list')],
  listed: true,
  paths: [SZU_TO_H100],
};
const other: ExposedEndUser = {
  endUser: { ...entity('shenzhen-university'), id: 'aaa', name: 'AAA Lab' },
  controlLists: [],
  listed: false,
  paths: [SZU_TO_H100, SZU_TO_H100],
};

describe('provider exposure', () => {
  it('puts listed end users first, whatever order they came in', () => {
    expect(rankExposed([other, szu]).map((e) => e.endUser.id)).toEqual([
      'shenzhen-university',
      'aaa',
    ]);
  });

  it('flags listed end users and highlights their paths', () => {
    const exposure: ProviderExposure = {
      provider: entity('aws'),
      endUsers: [szu],
      subgraph: { entities: [], relationships: [], truncated: false },
      truncated: false,
    };
    const marks = exposureMarks(exposure);
    expect(marks.get('shenzhen-university')?.has('listed')).toBe(true);
    expect(marks.get('yunda-buys-aws')?.has('avoids-contact')).toBe(true);
    expect(exposureMarks(null).size).toBe(0);
  });
});
