// The selections the explorer's operations share. Operations spread them by name (...EntityFields);
// codegen appends the definitions to each document and names their result types (EntityFieldsFragment).
import { graphql } from './generated/gql.ts';

export const SOURCE_FIELDS = graphql(`
  fragment SourceFields on Source {
    id
    title
    publisher
    url
    published
  }
`);

/** The short form of an entity a search hit carries. */
export const ENTITY_SUMMARY_FIELDS = graphql(`
  fragment EntitySummaryFields on Entity {
    id
    kind
    name
    aliases
    country
  }
`);

export const ENTITY_FIELDS = graphql(`
  fragment EntityFields on Entity {
    ...EntitySummaryFields
    description
    citation
    effective
    sources {
      ...SourceFields
    }
  }
`);

export const AMOUNT_FIELDS = graphql(`
  fragment AmountFields on Amount {
    value
    currency
    unit
  }
`);

export const RELATIONSHIP_FIELDS = graphql(`
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
`);

export const SUBGRAPH_FIELDS = graphql(`
  fragment SubgraphFields on Subgraph {
    entities {
      ...EntityFields
    }
    relationships {
      ...RelationshipFields
    }
    truncated
  }
`);

export const PATH_FIELDS = graphql(`
  fragment PathFields on AccessPath {
    endUser
    provider
    capability
    entities
    relationships
    intermediaries
    hops
    indirect
    avoidsDirectContact
    validFrom
    validTo
    coexisted
    weakestStatus
  }
`);

export const PAGE_INFO_FIELDS = graphql(`
  fragment PageInfoFields on PageInfo {
    endCursor
    hasNextPage
  }
`);

export const CHOKEPOINT_FIELDS = graphql(`
  fragment ChokepointFields on Chokepoint {
    entity {
      ...EntityFields
    }
    endUsersThrough
    endUsersDependent
  }
`);

export const ACCESS_CHANGE_FIELDS = graphql(`
  fragment AccessChangeFields on AccessChange {
    endUser {
      ...EntityFields
    }
    capability {
      ...EntityFields
    }
    pathsBefore
    pathsAfter
    remainingPath {
      ...PathFields
    }
  }
`);

/** One page of what-if changes, lost or kept, with the subgraph of its remaining paths. */
export const ACCESS_CHANGE_PAGE_FIELDS = graphql(`
  fragment AccessChangePageFields on AccessChangePage {
    items {
      ...AccessChangeFields
    }
    totalCount
    endUsers
    pageInfo {
      ...PageInfoFields
    }
    subgraph {
      ...SubgraphFields
    }
  }
`);

export const EXPOSED_END_USER_FIELDS = graphql(`
  fragment ExposedEndUserFields on ExposedEndUser {
    endUser {
      ...EntityFields
    }
    controlLists {
      ...EntityFields
    }
    listed
    pathCount
    paths {
      ...PathFields
    }
  }
`);

export const EXPOSURE_CHANNEL_FIELDS = graphql(`
  fragment ExposureChannelFields on ExposureChannel {
    entity {
      ...EntityFields
    }
    endUsers
    listedEndUsers
  }
`);
