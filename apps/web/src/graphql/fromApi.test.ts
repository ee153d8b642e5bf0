import { ENTITY_KINDS, STATUSES, toEnumCase } from '@detour/domain';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ApiError } from './client.ts';
import { kindFromApi, relationshipFromApi, statusFromApi, subgraphFromApi } from './fromApi.ts';
import type { ApiEntityKind, ApiRelationship, EnumCase } from './types.ts';

const relationship: ApiRelationship = {
  id: 'szu-buys-yunda',
  type: 'BUYS_FROM',
  from: 'shenzhen-university',
  to: 'yunda-technology',
  status: 'REPORTED',
  start: '2023-11',
  end: null,
  amount: { value: 200000, currency: 'CNY', unit: null },
  quantity: null,
  note: null,
  covers: [],
  service: null,
  share: null,
  citation: null,
  score: null,
  explanation: null,
  sources: [{ id: 's', title: 'T', publisher: 'P', url: 'https://example.org', published: null }],
};

describe('fromApi', () => {
  it('reads every GraphQL kind and status back into the domain spelling', () => {
    for (const kind of ENTITY_KINDS) expect(kindFromApi(toEnumCase(kind))).toBe(kind);
    for (const status of STATUSES) expect(statusFromApi(status.toUpperCase())).toBe(status);
    expect(kindFromApi('END_USER')).toBe('EndUser');
    expect(() => kindFromApi('SPACESHIP')).toThrow(ApiError);
  });

  it('drops nulls and an empty covers list instead of keeping them as values', () => {
    const r = relationshipFromApi(relationship);
    expect(r).toEqual({
      id: 'szu-buys-yunda',
      type: 'BUYS_FROM',
      from: 'shenzhen-university',
      to: 'yunda-technology',
      status: 'reported',
      start: '2023-11',
      amount: { value: 200000, currency: 'CNY' },
      sources: [{ id: 's', title: 'T', publisher: 'P', url: 'https://example.org' }],
    });
    expect(relationshipFromApi({ ...relationship, covers: ['a100'] }).covers).toEqual(['a100']);
  });

  it('converts a whole subgraph', () => {
    const subgraph = subgraphFromApi({
      entities: [
        {
          id: 'shenzhen-university',
          kind: 'END_USER',
          name: 'Shenzhen University',
          aliases: ['深圳大学'],
          country: 'CN',
          description: null,
          citation: null,
          effective: null,
          sources: [],
        },
      ],
      relationships: [relationship],
      truncated: true,
    });
    expect(subgraph.entities[0]).toEqual({
      id: 'shenzhen-university',
      kind: 'EndUser',
      name: 'Shenzhen University',
      aliases: ['深圳大学'],
      country: 'CN',
      sources: [],
    });
    expect(subgraph.truncated).toBe(true);
  });

  it('derives the GraphQL enum types from the domain lists', () => {
    expectTypeOf<EnumCase<'EndUser'>>().toEqualTypeOf<'END_USER'>();
    expectTypeOf<EnumCase<'ControlList'>>().toEqualTypeOf<'CONTROL_LIST'>();
    expectTypeOf<ApiEntityKind>().toEqualTypeOf<
      | 'END_USER'
      | 'INTERMEDIARY'
      | 'CLOUD_PROVIDER'
      | 'VENDOR'
      | 'CHIP'
      | 'MODEL'
      | 'PERSON'
      | 'CONTROL_LIST'
      | 'REGULATION'
    >();
  });
});
