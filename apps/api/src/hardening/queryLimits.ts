/**
 * GraphQL Armor's limits for a public endpoint. Each is sized from the schema: every query the
 * explorer and the GraphiQL examples send passes with room to spare, and abuse is rejected before
 * execution with QUERY_TOO_COMPLEX (HTTP 400). The numbers are documented in
 * docs/graphql-over-http.md; `exposeLimits: false` keeps them out of error messages.
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { CostLimitOptions } from '@escape.tech/graphql-armor-cost-limit';
import type { GraphQLError } from 'graphql';
import { codedError } from '../errors.ts';

export const QUERY_LIMITS = {
  /**
   * The deepest selection the schema allows is 5 (providerExposure → subgraph → relationships →
   * amount → value); fragments count as the fields they contain. Introspection under __schema is
   * exempt (GraphiQL's query nests ofType deeply; graphql-js bounds its cycles itself).
   */
  maxDepth: 6,
  /**
   * Armor's cost: fields weighted by depth, multiplied by `first`. The largest documented query,
   * the explorer's accessPaths at first 500 with every field, costs about 161,000; its
   * neighborhood at first 200 about 37,000. 200,000 admits one maximal query but not two, nor a
   * search(first: 5000).
   */
  maxCost: 200_000,
  /** Enough to look up a dozen entities side by side; aliases are the only way to repeat a field. */
  maxAliases: 15,
  /** The explorer uses none; @include/@skip on a few fields stay possible. */
  maxDirectives: 10,
  /**
   * The largest real documents (GraphiQL's introspection, a full whatIf) have under 200 tokens;
   * checked before parsing by tokenLimit.ts.
   */
  maxTokens: 1_000,
} as const;

export type QueryLimit = 'depth' | 'cost' | 'aliases' | 'directives' | 'tokens';

const REASONS: Readonly<Record<QueryLimit, string>> = {
  depth: 'its selections are nested too deeply',
  cost: 'it asks for too much at once (the cost counts fields, multiplied by `first`)',
  aliases: 'it uses too many aliases',
  directives: 'it uses too many directives',
  tokens: 'the document is too long',
};

/** The error a client sees for an operation over a limit. */
export function tooComplex(limit: QueryLimit): GraphQLError {
  return codedError(
    'QUERY_TOO_COMPLEX',
    `Query too complex: ${REASONS[limit]}. Split it into smaller operations.`,
  );
}

/** Armor's callbacks: reject by throwing our coded error, which stops validation at once. */
export function rejectAs(limit: QueryLimit) {
  return {
    exposeLimits: false,
    propagateOnRejection: false,
    onReject: [
      (): never => {
        throw tooComplex(limit);
      },
    ],
  };
}

/** The cost model, shared with the execution-time check that sees variables (variableCost.ts). */
export const COST_MODEL = {
  maxCost: QUERY_LIMITS.maxCost,
  objectCost: 2,
  scalarCost: 1,
  depthCostFactor: 1.5,
  flattenFragments: true,
  ignoreIntrospection: true,
} as const satisfies CostLimitOptions;

/**
 * Armor with Detour's limits, coded rejections and no field suggestions in error messages; the
 * token limit runs in tokenLimitPlugin.
 */
export function queryLimitsPlugin() {
  return EnvelopArmorPlugin({
    blockFieldSuggestion: { enabled: true },
    maxDepth: {
      n: QUERY_LIMITS.maxDepth,
      flattenFragments: true,
      ignoreIntrospection: true,
      ...rejectAs('depth'),
    },
    costLimit: { ...COST_MODEL, ...rejectAs('cost') },
    maxAliases: { n: QUERY_LIMITS.maxAliases, ...rejectAs('aliases') },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...rejectAs('directives') },
    // Checked before parsing instead, so that it answers 400 too (tokenLimit.ts).
    maxTokens: { enabled: false },
  });
}
