// The GraphQL documents the explorer sends, each tagged with its result and variable types from
// ./types.ts. operations.test.ts validates them against the API's SDL.
import { operation } from './client.ts';
import { AMOUNT_FIELDS, ENTITY_FIELDS, RELATIONSHIP_FIELDS, SOURCE_FIELDS } from './fragments.ts';
import type {
  EntityData,
  EntityVars,
  NeighborhoodData,
  NeighborhoodVars,
  PingData,
  SearchData,
  SearchEntitiesData,
  SearchVars,
} from './types.ts';

export const SEARCH = operation<SearchData, SearchVars>(/* GraphQL */ `
  query Search($query: String!, $kinds: [EntityKind!], $first: Int) {
    search(query: $query, kinds: $kinds, first: $first) {
      entity {
        id
        kind
        name
        aliases
        country
      }
      score
    }
  }
`);

/** Search returning whole entities, e.g. regulations with their effective dates. */
export const SEARCH_ENTITIES = operation<SearchEntitiesData, SearchVars>(/* GraphQL */ `
  query SearchEntities($query: String!, $kinds: [EntityKind!], $first: Int) {
    search(query: $query, kinds: $kinds, first: $first) {
      entity {
        ...EntityFields
      }
    }
  }
  ${ENTITY_FIELDS}
  ${SOURCE_FIELDS}
`);

export const NEIGHBORHOOD = operation<NeighborhoodData, NeighborhoodVars>(/* GraphQL */ `
  query Neighborhood($id: ID!, $depth: Int, $first: Int) {
    neighborhood(id: $id, depth: $depth, first: $first) {
      entities {
        ...EntityFields
      }
      relationships {
        ...RelationshipFields
      }
      truncated
    }
  }
  ${ENTITY_FIELDS}
  ${RELATIONSHIP_FIELDS}
  ${AMOUNT_FIELDS}
  ${SOURCE_FIELDS}
`);

export const ENTITY = operation<EntityData, EntityVars>(/* GraphQL */ `
  query Entity($id: ID!) {
    entity(id: $id) {
      ...EntityFields
    }
  }
  ${ENTITY_FIELDS}
  ${SOURCE_FIELDS}
`);

export const PING = operation<PingData>(/* GraphQL */ `
  query Ping {
    __typename
  }
`);
