// The GraphQL documents the explorer sends, each tagged with its result and variable types from
// ./types.ts. operations.test.ts validates them against the API's SDL.
import { operation } from './client.ts';
import type {
  EntityData,
  EntityVars,
  NeighborhoodData,
  NeighborhoodVars,
  PingData,
  SearchData,
  SearchVars,
} from './types.ts';

const SOURCE_FIELDS = /* GraphQL */ `
  fragment SourceFields on Source {
    id
    title
    publisher
    url
    published
  }
`;

const ENTITY_FIELDS = /* GraphQL */ `
  fragment EntityFields on Entity {
    id
    kind
    name
    aliases
    country
    description
    citation
    effective
    sources {
      ...SourceFields
    }
  }
`;

const AMOUNT_FIELDS = /* GraphQL */ `
  fragment AmountFields on Amount {
    value
    currency
    unit
  }
`;

const RELATIONSHIP_FIELDS = /* GraphQL */ `
  fragment RelationshipFields on Relationship {
    id
    type
    from
    to
    status
    start
    end
    amount {
      ...AmountFields
    }
    quantity {
      ...AmountFields
    }
    note
    covers
    service
    share
    citation
    score
    explanation
    sources {
      ...SourceFields
    }
  }
`;

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
