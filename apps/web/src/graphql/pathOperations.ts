// The path analyses the explorer asks for (paths.graphql), typed by codegen like operations.ts.
import { graphql } from './generated/gql.ts';

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
    ) {
      paths {
        ...PathFields
      }
      subgraph {
        ...SubgraphFields
      }
      truncated
    }
  }
`);

export const CHOKEPOINTS = graphql(`
  query Chokepoints($to: ID, $provider: ID, $first: Int) {
    chokepoints(to: $to, provider: $provider, first: $first) {
      ...ChokepointFields
    }
  }
`);

export const WHAT_IF = graphql(`
  query WhatIf($remove: [ID!]!, $to: ID, $provider: ID) {
    whatIf(remove: $remove, to: $to, provider: $provider) {
      lost {
        ...AccessChangeFields
      }
      kept {
        ...AccessChangeFields
      }
      subgraph {
        ...SubgraphFields
      }
      truncated
    }
  }
`);

export const PROVIDER_EXPOSURE = graphql(`
  query ProviderExposure($provider: ID!) {
    providerExposure(provider: $provider) {
      provider {
        ...EntityFields
      }
      endUsers {
        endUser {
          ...EntityFields
        }
        controlLists {
          ...EntityFields
        }
        listed
        paths {
          ...PathFields
        }
      }
      subgraph {
        ...SubgraphFields
      }
      truncated
    }
  }
`);
