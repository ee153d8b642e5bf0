import { topPaths, userPaths } from '@detour/access-graph';
import type { Status } from '@detour/domain';
import type { Context } from '../../context.ts';
import { badInput, codedError } from '../../errors.ts';
import { analysed, analysisScope, entityArg, questionKey } from '../analyses/analysisArgs.ts';
import { accessPathOf, explainPaths } from '../analyses/foundPaths.ts';
import { boundedInt } from '../args.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import { asOfDate, clampMaxHops, expectKind, MAX_HOPS, statusList } from './pathArgs.ts';
import {
  explainAccessPaths,
  findShortestPath,
  subgraphOf,
  type AccessPathQuery,
  type ExplainedPathList,
} from './repository.ts';
import type { Subgraph } from '../neighborhood/repository.ts';
import { selectedProjection, type Projection } from '../projection.ts';
import type { SelectionInfo } from '../selection.ts';

/** How far the paths of all end users can be paged: further pages would hold too many in memory. */
const MAX_PATH_OFFSET = 10_000;

interface AccessPathsArgs {
  readonly from?: string | null;
  readonly to?: string | null;
  readonly provider?: string | null;
  readonly maxHops?: number | null;
  readonly indirectOnly?: boolean | null;
  readonly statuses?: readonly Status[] | null;
  readonly asOf?: string | null;
  readonly first?: number | null;
  readonly after?: string | null;
}

/** Loads the given ids in one batch, so the checks that follow read them from the loader's cache. */
async function prime(ctx: Context, ids: readonly (string | null | undefined)[]): Promise<void> {
  await ctx.loaders.entity.loadMany(ids.filter((id): id is string => typeof id === 'string'));
}

/** Checks the ids given, in argument order (one batched lookup). */
async function checkIds(ctx: Context, args: AccessPathsArgs): Promise<void> {
  await prime(ctx, [args.from, args.to, args.provider]);
  await expectKind(ctx, 'from', args.from, ['EndUser']);
  await expectKind(ctx, 'to', args.to, ['Chip', 'Model']);
  await expectKind(ctx, 'provider', args.provider, ['CloudProvider']);
}

/** One end user's paths: Cypher, anchored by index on the end user (a few milliseconds). */
async function pathsFromNeo4j(
  ctx: Context,
  query: AccessPathQuery,
  projection: Projection,
): Promise<ExplainedPathList> {
  const result = await explainAccessPaths(ctx.db, query, projection);
  // An unknown id or one of the wrong kind can only give no paths: only then look them up,
  // to say which argument is at fault (a round trip saved on every answer with paths).
  if (result.paths.length === 0) await checkIds(ctx, query);
  return result;
}

/**
 * Every end user's paths: the best page over the whole access graph. The subgraph is read from
 * Neo4j only when it is selected.
 */
async function pathsFromGraph(ctx: Context, args: AccessPathsArgs, query: AccessPathQuery) {
  const indexed = await ctx.accessGraph();
  const scope = analysisScope(indexed.graph, args, query.maxHops);
  const skip = query.skip ?? 0;
  const found = await analysed(
    topPaths(
      indexed.graph,
      indexed.scope(scope),
      { minSteps: query.indirectOnly ? 2 : 1, limit: skip + query.limit + 1 },
      indexed.budget(),
    ),
    scope,
  );
  const paths = found.slice(skip, skip + query.limit).map((p) => accessPathOf(indexed.graph, p));
  const truncated = found.length > skip + query.limit;
  return {
    paths,
    truncated,
    subgraph: async (): Promise<Subgraph> => ({
      ...(await explainPaths(ctx.db, paths)),
      truncated,
    }),
  };
}

/** How many end users have at least one path under these arguments. */
async function endUsersWithPaths(ctx: Context, args: AccessPathsArgs, query: AccessPathQuery) {
  const indexed = await ctx.accessGraph();
  const scope = analysisScope(indexed.graph, args, query.maxHops);
  if (query.from !== null) {
    const user = entityArg(indexed.graph, 'from', query.from, ['EndUser']);
    const options = { minSteps: query.indirectOnly ? 2 : 1, limit: 0 } as const;
    const mine = await analysed(
      () => userPaths(indexed.graph, indexed.scope(scope), user, options, indexed.budget()),
      scope,
    );
    return mine.total > 0 ? 1 : 0;
  }
  const baseline = await analysed(indexed.baseline(scope), scope);
  return query.indirectOnly ? baseline.endUsersIndirect : baseline.endUsersWithAccess;
}

export const pathResolvers = {
  Query: {
    accessPaths: async (_: unknown, args: AccessPathsArgs, ctx: Context, info: SelectionInfo) => {
      const first = boundedInt('first', args.first, 50, 1, 500);
      const question = questionKey('accessPaths', args);
      const skip = decodeCursor('after', question, args.after, MAX_PATH_OFFSET);
      const query: AccessPathQuery = {
        from: args.from ?? null,
        to: args.to ?? null,
        provider: args.provider ?? null,
        maxHops: clampMaxHops(args.maxHops),
        indirectOnly: args.indirectOnly ?? true,
        statuses: statusList(args.statuses),
        asOf: asOfDate(args.asOf),
        limit: first,
        skip,
      };
      const result =
        query.from === null
          ? await pathsFromGraph(ctx, args, query)
          : await pathsFromNeo4j(
              ctx,
              query,
              // The subgraph's entities and relationships read only the fields selected.
              selectedProjection(info, ['subgraph', 'entities'], ['subgraph', 'relationships']),
            );
      return {
        ...result,
        endCursor: result.truncated ? encodeCursor(question, skip + result.paths.length) : null,
        endUsers: () => endUsersWithPaths(ctx, args, query),
      };
    },

    shortestPath: async (
      _: unknown,
      args: { from: string; to: string; avoid?: readonly string[] | null; maxHops?: number | null },
      ctx: Context,
    ) => {
      const maxHops = boundedInt('maxHops', args.maxHops, 6, 1, MAX_HOPS);
      const avoid = [...(args.avoid ?? [])];
      if (avoid.length > 100)
        throw badInput('avoid', `at most 100 ids, got ${String(avoid.length)}`);
      if (avoid.includes(args.from) || avoid.includes(args.to))
        throw badInput('avoid', "cannot avoid the path's own ends");
      for (const [argument, id] of [
        ['from', args.from],
        ['to', args.to],
      ] as const) {
        if ((await ctx.loaders.entity.load(id)) === null)
          throw codedError('NOT_FOUND', `${argument}: no entity "${id}"`, argument);
      }
      const path = await findShortestPath(ctx.db, args.from, args.to, avoid, maxHops);
      const entities = path?.entities ?? [];
      const relationships = path?.relationships ?? [];
      return {
        entities,
        relationships,
        found: path !== null,
        subgraph: await subgraphOf(ctx.db, new Set(entities), new Set(relationships)),
      };
    },
  },
};
