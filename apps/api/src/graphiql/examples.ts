/**
 * The operations GraphiQL opens with, one tab each, on the seed data's best-known chain
 * (Shenzhen University reaching Nvidia H100s through a reseller's cloud account). A tab whose
 * root field the schema does not have is left out. The example values are the variables'
 * defaults, so each tab runs as it opens (GraphiQL leaves a default tab's variables pane empty).
 */
import type { GraphQLSchema } from 'graphql';

export interface ExampleTab {
  /** The Query field the example is about. */
  readonly field: string;
  readonly query: string;
}

export const EXAMPLE_TABS: readonly ExampleTab[] = [
  {
    field: 'entity',
    query: `# One entity by id, with the sources that describe it.
query Entity($id: ID! = "shenzhen-university") {
  entity(id: $id) {
    id
    kind
    name
    aliases
    country
    description
    sources {
      title
      publisher
      url
      published
    }
  }
}
`,
  },
  {
    field: 'search',
    query: `# Search by name and alias as pasted: stop words, legal forms, typos, accents and CJK
# are fine (try "Yunda Technology Co., Ltd.", "Shenzen Univrsity" or "深圳"). Each hit says why.
query Search($query: String! = "Harbin Institute of Technology", $kinds: [EntityKind!]) {
  search(query: $query, kinds: $kinds, first: 10) {
    score
    match {
      quality
      name
      alias
      explanation
    }
    entity {
      id
      kind
      name
      aliases
      country
    }
  }
}
`,
  },
  {
    field: 'neighborhood',
    query: `# The entities and sourced relationships up to depth hops around one entity.
query Neighborhood($id: ID! = "shenzhen-university", $depth: Int = 2) {
  neighborhood(id: $id, depth: $depth) {
    entities {
      id
      kind
      name
    }
    relationships {
      id
      type
      from
      to
      status
      start
      end
      sources {
        publisher
        url
      }
    }
    truncated
  }
}
`,
  },
  {
    field: 'accessPaths',
    query: `# How an end user reaches a controlled chip: resellers, affiliates, cloud accounts.
query AccessPaths($from: ID = "shenzhen-university", $to: ID = "nvidia-h100") {
  accessPaths(from: $from, to: $to) {
    paths {
      entities
      relationships
      hops
      weakestStatus
      avoidsDirectContact
    }
    subgraph {
      entities {
        id
        kind
        name
      }
      relationships {
        id
        type
        from
        to
        status
        sources {
          publisher
          url
        }
      }
    }
    truncated
  }
}
`,
  },
  {
    field: 'chokepoints',
    query: `# The intermediaries most end users' access runs through, on the whole graph; page with after.
query Chokepoints($provider: ID = "aws", $first: Int = 10) {
  chokepoints(provider: $provider, first: $first) {
    totalCount
    endUsersWithAccess
    complete
    pageInfo {
      endCursor
      hasNextPage
    }
    items {
      entity {
        id
        name
      }
      endUsersThrough
      endUsersDependent
      dependentEndUsers(first: 10)
    }
  }
}
`,
  },
];

/** The example tabs whose root field exists in `schema`. */
export function exampleTabs(schema: GraphQLSchema): ExampleTab[] {
  const fields = schema.getQueryType()?.getFields() ?? {};
  return EXAMPLE_TABS.filter((tab) => tab.field in fields);
}
