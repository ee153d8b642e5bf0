// The path analyses the explorer asks for (paths.graphql, analyses.graphql), typed by codegen like
// operations.ts. Every analysis takes the same filters (statuses, asOf, maxHops) as accessPaths.
import { graphql } from './generated/gql.ts';

/** `withEndUsers`: count the end users with a path (worked out on the whole graph: only when shown). */
export const ACCESS_PATHS = graphql(`
  query AccessPaths(
    $from: ID
    $to: ID
    $provider: ID
    $maxHops: Int
    $indirectOnly: Boolean
    $statuses: [Status!]
    $asOf: String
    $first: Int
    $after: String
    $withEndUsers: Boolean!
  ) {
    accessPaths(
      from: $from
      to: $to
      provider: $provider
      maxHops: $maxHops
      indirectOnly: $indirectOnly
      statuses: $statuses
      asOf: $asOf
      first: $first
      after: $after
    ) {
      paths {
        ...PathFields
      }
      subgraph {
        ...SubgraphFields
      }
      truncated
      endCursor
      endUsers @include(if: $withEndUsers)
    }
  }
`);

export const CHOKEPOINTS = graphql(`
  query Chokepoints(
    $to: ID
    $provider: ID
    $statuses: [Status!]
    $asOf: String
    $maxHops: Int
    $first: Int
    $after: String
  ) {
    chokepoints(
      to: $to
      provider: $provider
      statuses: $statuses
      asOf: $asOf
      maxHops: $maxHops
      first: $first
      after: $after
    ) {
      items {
        ...ChokepointFields
      }
      totalCount
      endUsersWithAccess
      pageInfo {
        ...PageInfoFields
      }
      complete
    }
  }
`);

export const WHAT_IF = graphql(`
  query WhatIf(
    $remove: [ID!]!
    $to: ID
    $provider: ID
    $statuses: [Status!]
    $asOf: String
    $maxHops: Int
    $lostFirst: Int
    $lostAfter: String
    $keptFirst: Int
    $keptAfter: String
  ) {
    whatIf(
      remove: $remove
      to: $to
      provider: $provider
      statuses: $statuses
      asOf: $asOf
      maxHops: $maxHops
    ) {
      removed {
        ...EntityFields
      }
      lost(first: $lostFirst, after: $lostAfter) {
        ...AccessChangePageFields
      }
      kept(first: $keptFirst, after: $keptAfter) {
        ...AccessChangePageFields
      }
      lostByCapability {
        capability {
          ...EntityFields
        }
        endUsers
      }
      complete
    }
  }
`);

export const PROVIDER_EXPOSURE = graphql(`
  query ProviderExposure(
    $provider: ID!
    $statuses: [Status!]
    $asOf: String
    $maxHops: Int
    $first: Int
    $after: String
    $pathsEach: Int
    $channels: Int
  ) {
    providerExposure(provider: $provider, statuses: $statuses, asOf: $asOf, maxHops: $maxHops) {
      provider {
        ...EntityFields
      }
      endUsers(first: $first, after: $after, pathsEach: $pathsEach) {
        items {
          ...ExposedEndUserFields
        }
        totalCount
        pageInfo {
          ...PageInfoFields
        }
        subgraph {
          ...SubgraphFields
        }
      }
      endUsersReaching
      listedEndUsers
      channels(first: $channels) {
        ...ExposureChannelFields
      }
      complete
    }
  }
`);
