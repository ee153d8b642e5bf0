/**
 * W6's four questions as the web app asks them (its fragments, written out here so the bench does
 * not follow the web app's work in progress), with the page sizes of the product issue.
 */

/** Page sizes: chokepoints(first: 20), what-if pages of 50, 50 exposed end users with 5 paths each. */
export const W6_PAGE = {
  chokepoints: 20,
  changes: 50,
  exposed: 50,
  pathsEach: 5,
  channels: 20,
  paths: 50,
} as const;

/** The web app's fragments; each query lists the ones it uses (GraphQL refuses unused ones). */
const FRAGMENTS = {
  source: 'fragment SourceFields on Source { id title publisher url published }',
  entity: `fragment EntityFields on Entity {
  id kind name aliases country description citation effective sources { ...SourceFields }
}`,
  amount: 'fragment AmountFields on Amount { value currency unit }',
  relationship: `fragment RelationshipFields on Relationship {
  id type from to status start end amount { ...AmountFields } quantity { ...AmountFields }
  note covers service share citation score explanation sources { ...SourceFields }
}`,
  subgraph: `fragment SubgraphFields on Subgraph {
  entities { ...EntityFields } relationships { ...RelationshipFields } truncated
}`,
  path: `fragment PathFields on AccessPath {
  endUser provider capability entities relationships intermediaries hops indirect
  avoidsDirectContact validFrom validTo coexisted weakestStatus
}`,
  pageInfo: 'fragment PageInfoFields on PageInfo { endCursor hasNextPage }',
  changePage: `fragment AccessChangePageFields on AccessChangePage {
  items {
    endUser { ...EntityFields } capability { ...EntityFields } pathsBefore pathsAfter
    remainingPath { ...PathFields }
  }
  totalCount endUsers pageInfo { ...PageInfoFields } subgraph { ...SubgraphFields }
}`,
} as const;

function withFragments(operation: string, names: readonly (keyof typeof FRAGMENTS)[]): string {
  return [operation, ...names.map((name) => FRAGMENTS[name])].join('\n');
}

const ENTITY = ['entity', 'source'] as const;
const SUBGRAPH = [...ENTITY, 'subgraph', 'relationship', 'amount'] as const;

export const CHOKEPOINTS_QUERY = withFragments(
  `query Chokepoints($first: Int) {
  chokepoints(first: $first) {
    items { entity { ...EntityFields } endUsersThrough endUsersDependent }
    totalCount endUsersWithAccess pageInfo { ...PageInfoFields } complete
  }
}`,
  [...ENTITY, 'pageInfo'],
);

export const WHAT_IF_QUERY = withFragments(
  `query WhatIf($remove: [ID!]!, $first: Int) {
  whatIf(remove: $remove) {
    removed { ...EntityFields }
    lost(first: $first) { ...AccessChangePageFields }
    kept(first: $first) { ...AccessChangePageFields }
    lostByCapability { capability { ...EntityFields } endUsers }
    complete
  }
}`,
  [...SUBGRAPH, 'path', 'pageInfo', 'changePage'],
);

export const EXPOSURE_QUERY = withFragments(
  `query ProviderExposure($provider: ID!, $first: Int, $pathsEach: Int, $channels: Int) {
  providerExposure(provider: $provider) {
    provider { ...EntityFields }
    endUsers(first: $first, pathsEach: $pathsEach) {
      items {
        endUser { ...EntityFields } controlLists { ...EntityFields } listed pathCount
        paths { ...PathFields }
      }
      totalCount pageInfo { ...PageInfoFields } subgraph { ...SubgraphFields }
    }
    endUsersReaching listedEndUsers
    channels(first: $channels) { entity { ...EntityFields } endUsers listedEndUsers }
    complete
  }
}`,
  [...SUBGRAPH, 'path', 'pageInfo'],
);

/** Every end user's paths to one chip (no `from`); the web app leaves `endUsers` out by default. */
export const TOP_PATHS_QUERY = withFragments(
  `query AccessPaths($to: ID!, $first: Int) {
  accessPaths(to: $to, first: $first) {
    paths { ...PathFields } subgraph { ...SubgraphFields } truncated endCursor
  }
}`,
  [...SUBGRAPH, 'path'],
);

/**
 * The same questions asking only for the figures the floor computes (ids, counts, paths'
 * relationships): no entity properties and no subgraph, so the time Neo4j spends explaining an
 * answer can be told apart from the analysis. Ids still go through the entity loader.
 */
export const FIGURES_ONLY_QUERIES = {
  chokepoints: `query Chokepoints($first: Int) {
  chokepoints(first: $first) {
    items { entity { id } endUsersThrough endUsersDependent } totalCount endUsersWithAccess
  }
}`,
  whatIf: `query WhatIf($remove: [ID!]!, $first: Int) {
  whatIf(remove: $remove) {
    lost(first: $first) { ...Changes }
    kept(first: $first) { ...Changes }
    lostByCapability { capability { id } endUsers }
  }
}
fragment Changes on AccessChangePage {
  items { endUser { id } capability { id } pathsBefore pathsAfter remainingPath { relationships } }
  totalCount endUsers
}`,
  providerExposure: `query ProviderExposure($provider: ID!, $first: Int, $pathsEach: Int, $channels: Int) {
  providerExposure(provider: $provider) {
    endUsers(first: $first, pathsEach: $pathsEach) {
      items { endUser { id } listed pathCount paths { relationships } } totalCount
    }
    endUsersReaching listedEndUsers
    channels(first: $channels) { entity { id } endUsers listedEndUsers }
  }
}`,
  accessPaths: `query AccessPaths($to: ID!, $first: Int) {
  accessPaths(to: $to, first: $first) { paths { relationships } truncated }
}`,
} as const;
