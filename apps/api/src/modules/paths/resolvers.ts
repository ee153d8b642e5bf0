import type { Entity, Status } from '@detour/domain';
import type { Context } from '../../context.ts';
import { badInput, codedError } from '../../errors.ts';
import { boundedInt } from '../args.ts';
import type { AccessPath } from './accessPath.ts';
import { exposedEndUsers, rankChokepoints, whatIf } from './analysis.ts';
import { asOfDate, clampMaxHops, expectKind, MAX_HOPS, statusList } from './pathArgs.ts';
import {
  controlListsOf,
  explainAccessPaths,
  findAccessPaths,
  findShortestPath,
  idsOf,
  subgraphOf,
  type PathList,
} from './repository.ts';

/** Analyses look at every path up to the longest allowed, with a bound on how many. */
const ANALYSIS_PATH_LIMIT = 20_000;

interface AccessPathsArgs {
  readonly from?: string | null;
  readonly to?: string | null;
  readonly provider?: string | null;
  readonly maxHops?: number | null;
  readonly indirectOnly?: boolean | null;
  readonly statuses?: readonly Status[] | null;
  readonly asOf?: string | null;
  readonly first?: number | null;
}

interface Scope {
  readonly to?: string | null;
  readonly provider?: string | null;
}

/** Loads the given ids in one batch, so the checks that follow read them from the loader's cache. */
async function prime(ctx: Context, ids: readonly (string | null | undefined)[]): Promise<void> {
  await ctx.loaders.entity.loadMany(ids.filter((id): id is string => typeof id === 'string'));
}

/** Checks the ids given, in argument order (one batched lookup), and returns the scope. */
async function scope(
  ctx: Context,
  args: Scope & { readonly from?: string | null },
): Promise<{ to: string | null; provider: string | null }> {
  await prime(ctx, [args.from, args.to, args.provider]);
  await expectKind(ctx, 'from', args.from, ['EndUser']);
  return {
    to: await expectKind(ctx, 'to', args.to, ['Chip', 'Model']),
    provider: await expectKind(ctx, 'provider', args.provider, ['CloudProvider']),
  };
}

/** Every path, direct ones included, for the analyses. */
async function allPaths(ctx: Context, args: Scope): Promise<PathList> {
  const { to, provider } = await scope(ctx, args);
  return findAccessPaths(ctx.db, {
    from: null,
    to,
    provider,
    maxHops: MAX_HOPS,
    indirectOnly: false,
    statuses: null,
    asOf: null,
    limit: ANALYSIS_PATH_LIMIT,
  });
}

async function entity(ctx: Context, id: string): Promise<Entity> {
  const found = await ctx.loaders.entity.load(id);
  if (found === null) throw new Error(`Entity ${id} vanished while answering`);
  return found;
}

function explain(ctx: Context, paths: readonly AccessPath[], truncated: boolean) {
  const ids = idsOf(paths);
  return subgraphOf(ctx.db, ids.entities, ids.relationships, truncated);
}

export const pathResolvers = {
  Query: {
    accessPaths: async (_: unknown, args: AccessPathsArgs, ctx: Context) => {
      const query = {
        from: args.from ?? null,
        to: args.to ?? null,
        provider: args.provider ?? null,
        maxHops: clampMaxHops(args.maxHops),
        indirectOnly: args.indirectOnly ?? true,
        statuses: statusList(args.statuses),
        asOf: asOfDate(args.asOf),
        limit: boundedInt('first', args.first, 50, 1, 500),
      };
      const result = await explainAccessPaths(ctx.db, query);
      // An unknown id or one of the wrong kind can only give no paths: only then look them up,
      // to say which argument is at fault (a round trip saved on every answer with paths).
      if (result.paths.length === 0) {
        await scope(ctx, query);
      }
      return result;
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

    chokepoints: async (_: unknown, args: Scope & { first?: number | null }, ctx: Context) => {
      const first = boundedInt('first', args.first, 20, 1, 100);
      const { paths } = await allPaths(ctx, args);
      const ranked = rankChokepoints(paths);
      return Promise.all(
        ranked.slice(0, first).map(async (c) => ({
          entity: await entity(ctx, c.entity),
          endUsersThrough: c.endUsersThrough,
          endUsersDependent: c.dependentEndUsers.length,
          dependentEndUsers: c.dependentEndUsers,
        })),
      );
    },

    whatIf: async (_: unknown, args: Scope & { remove: readonly string[] }, ctx: Context) => {
      if (args.remove.length < 1 || args.remove.length > 50) {
        throw badInput('remove', `give 1–50 entity ids, got ${String(args.remove.length)}`);
      }
      for (const id of args.remove) {
        if ((await ctx.loaders.entity.load(id)) === null)
          throw codedError('NOT_FOUND', `remove: no entity "${id}"`, 'remove');
      }
      const { paths, truncated } = await allPaths(ctx, args);
      const result = whatIf(paths, new Set(args.remove));
      const withEntities = (changes: typeof result.lost) =>
        Promise.all(
          changes.map(async (c) => ({
            ...c,
            endUser: await entity(ctx, c.endUser),
            capability: await entity(ctx, c.capability),
          })),
        );
      const remaining = result.kept.flatMap((c) => (c.remainingPath ? [c.remainingPath] : []));
      return {
        lost: await withEntities(result.lost),
        kept: await withEntities(result.kept),
        subgraph: await explain(ctx, remaining, truncated),
        truncated,
      };
    },

    providerExposure: async (_: unknown, args: { provider: string }, ctx: Context) => {
      const provider = await expectKind(ctx, 'provider', args.provider, ['CloudProvider']);
      if (provider === null) throw badInput('provider', 'is required');
      const { paths, truncated } = await allPaths(ctx, { provider });
      const exposed = exposedEndUsers(paths, provider);
      const lists = await controlListsOf(ctx.db, [...exposed.keys()]);
      const endUsers = await Promise.all(
        [...exposed.entries()].map(async ([id, own]) => {
          const listIds = lists.get(id) ?? [];
          return {
            endUser: await entity(ctx, id),
            controlLists: await Promise.all(listIds.map((l) => entity(ctx, l))),
            listed: listIds.length > 0,
            paths: own,
          };
        }),
      );
      endUsers.sort(
        (a, b) =>
          Number(b.listed) - Number(a.listed) || a.endUser.name.localeCompare(b.endUser.name),
      );
      return {
        provider: await entity(ctx, provider),
        endUsers,
        subgraph: await explain(ctx, [...exposed.values()].flat(), truncated),
        truncated,
      };
    },
  },
};
