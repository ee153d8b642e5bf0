import { describe, expect, it } from 'vitest';
import type { GraphQLEnumType, GraphQLNamedType, GraphQLObjectType } from 'graphql';
import {
  ENTITY_KINDS,
  MATCH_QUALITIES,
  RELATIONSHIP_TYPES,
  STATUSES,
  toEnumCase,
} from '@detour/domain';
import { createSchema, enumResolvers } from './schema.ts';

const schema = createSchema();

// Structural checks rather than graphql's instanceof helpers, which vitest can load from a second
// copy of the graphql module ("from another module or realm").
const isEnumType = (type: GraphQLNamedType | undefined): type is GraphQLEnumType =>
  type !== undefined && 'getValues' in type;
const hasFields = (type: GraphQLNamedType): type is GraphQLObjectType => 'getFields' in type;

function enumValues(name: string): string[] {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
  return type.getValues().map((value) => value.name);
}

describe('the SDL', () => {
  it('declares exactly the domain vocabulary in its enums', () => {
    expect(enumValues('EntityKind')).toEqual(ENTITY_KINDS.map(toEnumCase));
    expect(enumValues('RelationshipType')).toEqual(RELATIONSHIP_TYPES.map(toEnumCase));
    expect(enumValues('Status')).toEqual(STATUSES.map(toEnumCase));
    expect(enumValues('MatchQuality')).toEqual(MATCH_QUALITIES.map(toEnumCase));
    expect(enumResolvers.MatchQuality['ALL_WORDS']).toBe('all-words');
    expect(enumResolvers.EntityKind['CLOUD_PROVIDER']).toBe('CloudProvider');
  });

  it('describes every type, field and argument', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        type.name.startsWith('__') ||
        ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)
      )
        continue;
      if (!type.description && type.name !== 'Query' && type.name !== 'Mutation')
        missing.push(type.name);
      if (hasFields(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          if ('args' in field)
            for (const arg of field.args)
              if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type))
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});
