import {
  ENTITY_KINDS,
  MATCH_QUALITIES,
  RELATIONSHIP_TYPES,
  STATUSES,
  toEnumCase,
  type EntityKind,
  type MatchQuality,
  type RelationshipType,
  type Status,
} from '@detour/domain';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ApiError } from './client.ts';
import {
  kindFromApi,
  kindToApi,
  qualityFromApi,
  statusFromApi,
  statusToApi,
  typeFromApi,
  type EnumCase,
} from './enums.ts';
import type {
  EntityKind as ApiEntityKind,
  MatchQuality as ApiMatchQuality,
  RelationshipType as ApiRelationshipType,
  Status as ApiStatus,
} from './generated/graphql.ts';

describe('enums', () => {
  it('reads every GraphQL kind, status and type back into the domain spelling', () => {
    for (const kind of ENTITY_KINDS) expect(kindFromApi(kindToApi(kind))).toBe(kind);
    for (const status of STATUSES) expect(statusFromApi(statusToApi(status))).toBe(status);
    for (const type of RELATIONSHIP_TYPES) expect(typeFromApi(type)).toBe(type);
    for (const quality of MATCH_QUALITIES)
      expect(qualityFromApi(toEnumCase(quality))).toBe(quality);
    expect(qualityFromApi('SOME_WORDS')).toBe('some-words');
    expect(kindToApi('EndUser')).toBe('END_USER');
    expect(kindFromApi(toEnumCase('ControlList'))).toBe('ControlList');
  });

  it('rejects a value the explorer does not know with BAD_RESPONSE, naming it', () => {
    expect(() => kindFromApi('SPACESHIP')).toThrow(ApiError);
    expect(() => kindFromApi('SPACESHIP')).toThrow('Unknown entity kind SPACESHIP.');
    expect(() => statusFromApi('rumoured')).toThrow('Unknown status rumoured.');
    expect(() => typeFromApi('OWNS')).toThrow('Unknown relationship type OWNS.');
    expect(() => qualityFromApi('PHONETIC')).toThrow('Unknown match quality PHONETIC.');
  });

  it('has the SDL enums (as generated) equal the domain lists', () => {
    expectTypeOf<EnumCase<'EndUser'>>().toEqualTypeOf<'END_USER'>();
    expectTypeOf<EnumCase<'ControlList'>>().toEqualTypeOf<'CONTROL_LIST'>();
    expectTypeOf<ApiEntityKind>().toEqualTypeOf<EnumCase<EntityKind>>();
    expectTypeOf<ApiStatus>().toEqualTypeOf<Uppercase<Status>>();
    expectTypeOf<ApiRelationshipType>().toEqualTypeOf<RelationshipType>();
    expectTypeOf<ApiMatchQuality>().toEqualTypeOf<
      Uppercase<'exact' | 'prefix' | 'fuzzy'> | 'ALL_WORDS' | 'SOME_WORDS'
    >();
    expectTypeOf<MatchQuality>().toEqualTypeOf<
      'exact' | 'all-words' | 'prefix' | 'fuzzy' | 'some-words'
    >();
  });
});
