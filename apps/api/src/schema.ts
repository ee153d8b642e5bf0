import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import {
  ENTITY_KINDS,
  MATCH_QUALITIES,
  RELATIONSHIP_TYPES,
  STATUSES,
  toEnumCase,
} from '@detour/domain';
import { analysisResolvers } from './modules/analyses/resolvers.ts';
import { curationResolvers } from './modules/curation/resolvers.ts';
import { entityResolvers } from './modules/entities/resolvers.ts';
import { neighborhoodResolvers } from './modules/neighborhood/resolvers.ts';
import { pathResolvers } from './modules/paths/resolvers.ts';
import { statsResolvers } from './modules/stats/resolvers.ts';

const SCHEMA_DIR = fileURLToPath(new URL('./schema', import.meta.url));

/** The SDL, read from the .graphql files in src/schema. */
export function loadTypeDefs(): string[] {
  return readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => readFileSync(join(SCHEMA_DIR, file), 'utf8'));
}

/** GraphQL enum value (END_USER) ↔ domain value (EndUser): resolvers speak the domain's words. */
function enumMap(values: readonly string[]): Record<string, string> {
  return Object.fromEntries(values.map((value) => [toEnumCase(value), value]));
}

export const enumResolvers = {
  EntityKind: enumMap(ENTITY_KINDS),
  RelationshipType: enumMap(RELATIONSHIP_TYPES),
  Status: enumMap(STATUSES),
  MatchQuality: enumMap(MATCH_QUALITIES),
};

export function createSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: [
      enumResolvers,
      entityResolvers,
      neighborhoodResolvers,
      pathResolvers,
      analysisResolvers,
      statsResolvers,
      curationResolvers,
    ],
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
