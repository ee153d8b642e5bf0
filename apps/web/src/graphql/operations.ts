// The GraphQL documents the explorer sends. `pnpm --filter @detour/web codegen` types each one from
// the API's SDL (result and variables); operations.test.ts validates them against that SDL.
import { graphql } from './generated/gql.ts';

export const SEARCH = graphql(`
  query Search($query: String!, $kinds: [EntityKind!], $first: Int) {
    search(query: $query, kinds: $kinds, first: $first) {
      entity {
        ...EntitySummaryFields
      }
      score
      match {
        quality
        name
        alias
        explanation
      }
    }
  }
`);

/** Search returning whole entities, e.g. regulations with their effective dates. */
export const SEARCH_ENTITIES = graphql(`
  query SearchEntities($query: String!, $kinds: [EntityKind!], $first: Int) {
    search(query: $query, kinds: $kinds, first: $first) {
      entity {
        ...EntityFields
      }
    }
  }
`);

export const NEIGHBORHOOD = graphql(`
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
`);

export const ENTITY = graphql(`
  query Entity($id: ID!) {
    entity(id: $id) {
      ...EntityFields
    }
  }
`);

/** `{ __typename }`: the cheapest question that tells whether the API answers. */
export const PING = graphql(`
  query Ping {
    __typename
  }
`);
