// The path analyses the explorer asks for (paths.graphql), tagged with their types from
// ./pathTypes.ts. operations.test.ts validates them against the API's SDL.
import { operation } from './client.ts';
import { AMOUNT_FIELDS, ENTITY_FIELDS, RELATIONSHIP_FIELDS, SOURCE_FIELDS } from './fragments.ts';
import type {
  AccessPathsData,
  AccessPathsVars,
  ChokepointsData,
  ChokepointsVars,
  ProviderExposureData,
  ProviderExposureVars,
  WhatIfData,
  WhatIfVars,
} from './pathTypes.ts';

const PATH_FIELDS = /* GraphQL */ `
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
`;

const SUBGRAPH_FIELDS = /* GraphQL */ `
  fragment SubgraphFields on Subgraph {
    entities {
      ...EntityFields
    }
    relationships {
      ...RelationshipFields
    }
    truncated
  }
  ${ENTITY_FIELDS}
  ${RELATIONSHIP_FIELDS}
  ${AMOUNT_FIELDS}
  ${SOURCE_FIELDS}
`;

export const ACCESS_PATHS = operation<AccessPathsData, AccessPathsVars>(/* GraphQL */ `
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
  ${PATH_FIELDS}
  ${SUBGRAPH_FIELDS}
`);

export const CHOKEPOINTS = operation<ChokepointsData, ChokepointsVars>(/* GraphQL */ `
  query Chokepoints($to: ID, $provider: ID, $first: Int) {
    chokepoints(to: $to, provider: $provider, first: $first) {
      entity {
        ...EntityFields
      }
      endUsersThrough
      endUsersDependent
      dependentEndUsers
    }
  }
  ${ENTITY_FIELDS}
  ${SOURCE_FIELDS}
`);

export const WHAT_IF = operation<WhatIfData, WhatIfVars>(/* GraphQL */ `
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
  ${PATH_FIELDS}
  ${SUBGRAPH_FIELDS}
`);

export const PROVIDER_EXPOSURE = operation<ProviderExposureData, ProviderExposureVars>(
  /* GraphQL */ `
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
    ${PATH_FIELDS}
    ${SUBGRAPH_FIELDS}
  `,
);
