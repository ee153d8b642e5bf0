/**
 * Chokepoints, what-if and provider exposure on the access graph: exact for the whole graph, a
 * page at a time. Lists, entities and subgraphs are fields resolved only when asked for.
 */
import {
  chokepointAt,
  dependentEndUsers,
  isListed,
  providerExposure,
  rankChokepoints,
  userPaths,
  type AccessChange,
} from '@detour/access-graph';
import type { Status } from '@detour/domain';
import type { Context } from '../../context.ts';
import { badInput } from '../../errors.ts';
import { boundedInt } from '../args.ts';
import { decodeCursor, pageInfo } from '../cursor.ts';
import type { IndexedGraph } from './accessIndex.ts';
import { analysed, analysisScope, entityArg, questionKey, type ScopeArgs } from './analysisArgs.ts';
import { accessPathOf, explainPaths } from './foundPaths.ts';
import { loadEntity } from '../entities/loadEntity.ts';

interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
}

const EMPTY_SUBGRAPH = { entities: [], relationships: [], truncated: false };

/** A page of access changes; kept ones carry their first remaining path. */
async function changePage(
  ctx: Context,
  indexed: IndexedGraph,
  scope: ReturnType<typeof analysisScope>,
  removed: Uint8Array,
  list: 'lost' | 'kept',
  question: string,
  items: (offset: number, first: number) => AccessChange[],
  totals: { readonly count: number; readonly endUsers: number },
  args: PageArgs,
) {
  const { graph } = indexed;
  const first = boundedInt(`${list}.first`, args.first, 50, 0, 100);
  const offset = decodeCursor(`${list}.after`, `${question}:${list}`, args.after);
  const prepared = indexed.scope(scope);
  const budget = indexed.budget();
  const page = items(offset, first);
  // One step budget for the whole page's remaining paths.
  const remainingPaths = await analysed(
    () =>
      page.map((change) =>
        list === 'lost'
          ? undefined
          : userPaths(
              graph,
              prepared,
              change.endUser,
              { minSteps: 1, limit: 1, removed, capability: change.capability },
              budget,
            ).paths[0],
      ),
    scope,
  );
  const changes = page.map((change, i) => {
    const found = remainingPaths[i];
    return {
      endUser: () => loadEntity(ctx, graph.ids[change.endUser] ?? ''),
      capability: () => loadEntity(ctx, graph.ids[change.capability] ?? ''),
      pathsBefore: change.pathsBefore,
      pathsAfter: change.pathsAfter,
      remainingPath: found === undefined ? null : accessPathOf(graph, found),
    };
  });
  const remaining = changes.flatMap((c) => (c.remainingPath === null ? [] : [c.remainingPath]));
  return {
    items: changes,
    totalCount: totals.count,
    endUsers: totals.endUsers,
    pageInfo: pageInfo(`${question}:${list}`, offset, changes.length, totals.count),
    subgraph: () => (remaining.length === 0 ? EMPTY_SUBGRAPH : explainPaths(ctx.db, remaining)),
  };
}

export const analysisResolvers = {
  Query: {
    chokepoints: async (_: unknown, args: ScopeArgs & PageArgs, ctx: Context) => {
      const first = boundedInt('first', args.first, 20, 1, 100);
      const indexed = await ctx.accessGraph();
      const { graph } = indexed;
      const scope = analysisScope(graph, args);
      const question = questionKey('chokepoints', args);
      const offset = decodeCursor('after', question, args.after);
      const baseline = await analysed(indexed.baseline(scope), scope);
      const ranked = rankChokepoints(graph, baseline);
      const items = [...ranked.subarray(offset, offset + first)].map((x) => {
        const figures = chokepointAt(baseline, x);
        return {
          entity: () => loadEntity(ctx, graph.ids[x] ?? ''),
          endUsersThrough: figures.endUsersThrough,
          endUsersDependent: figures.endUsersDependent,
          dependentEndUsers: ({ first: n }: { first?: number | null }) =>
            dependentEndUsers(
              graph,
              baseline,
              x,
              boundedInt('dependentEndUsers.first', n, 100, 0, 1000),
            ).map((u) => graph.ids[u]),
        };
      });
      return {
        items,
        totalCount: ranked.length,
        endUsersWithAccess: baseline.endUsersWithAccess,
        pageInfo: pageInfo(question, offset, items.length, ranked.length),
        complete: graph.complete,
      };
    },

    whatIf: async (
      _: unknown,
      args: ScopeArgs & { readonly remove: readonly string[] },
      ctx: Context,
    ) => {
      if (args.remove.length < 1 || args.remove.length > 50)
        throw badInput('remove', `give 1–50 entity ids, got ${String(args.remove.length)}`);
      const indexed = await ctx.accessGraph();
      const { graph } = indexed;
      const removed = args.remove.map((id) => entityArg(graph, 'remove', id, null));
      const scope = analysisScope(graph, args);
      const question = questionKey('whatIf', args);
      const outcome = await analysed(indexed.whatIf(scope, removed), scope);
      const page = (list: 'lost' | 'kept') => (pageArgs: PageArgs) =>
        changePage(
          ctx,
          indexed,
          scope,
          outcome.removed,
          list,
          question,
          list === 'lost'
            ? (offset, first) => outcome.lost.slice(offset, offset + first)
            : outcome.kept,
          list === 'lost'
            ? { count: outcome.lost.length, endUsers: outcome.lostEndUsers }
            : { count: outcome.keptTotal, endUsers: outcome.keptEndUsers },
          pageArgs,
        );
      return {
        removed: () => Promise.all(args.remove.map((id) => loadEntity(ctx, id))),
        lost: page('lost'),
        kept: page('kept'),
        lostByCapability: outcome.lostByCapability.map(([capability, endUsers]) => ({
          capability: () => loadEntity(ctx, graph.ids[capability] ?? ''),
          endUsers,
        })),
        complete: graph.complete,
      };
    },

    providerExposure: async (
      _: unknown,
      args: {
        readonly provider: string;
        readonly statuses?: readonly Status[] | null;
        readonly asOf?: string | null;
        readonly maxHops?: number | null;
      },
      ctx: Context,
    ) => {
      const indexed = await ctx.accessGraph();
      const { graph } = indexed;
      const scope = analysisScope(graph, args);
      const question = questionKey('providerExposure', args);
      const exposure = providerExposure(
        graph,
        await analysed(indexed.baseline(scope), scope),
        scope.provider,
      );
      const prepared = indexed.scope(scope);
      return {
        provider: () => loadEntity(ctx, args.provider),
        endUsersReaching: exposure.endUsersReaching,
        listedEndUsers: exposure.listedEndUsers,
        complete: graph.complete,
        channels: ({ first }: { first?: number | null }) =>
          exposure.channels
            .slice(0, boundedInt('channels.first', first, 20, 0, 100))
            .map((channel) => ({
              entity: () => loadEntity(ctx, graph.ids[channel.entity] ?? ''),
              endUsers: channel.endUsers,
              listedEndUsers: channel.listedEndUsers,
            })),
        endUsers: async (pageArgs: PageArgs & { pathsEach?: number | null }) => {
          const first = boundedInt('endUsers.first', pageArgs.first, 50, 0, 200);
          const pathsEach = boundedInt('endUsers.pathsEach', pageArgs.pathsEach, 5, 0, 20);
          const offset = decodeCursor('endUsers.after', question, pageArgs.after);
          const users = [...exposure.endUsers.subarray(offset, offset + first)];
          const budget = indexed.budget();
          const found = await analysed(
            () =>
              users.map((u) =>
                userPaths(
                  graph,
                  prepared,
                  u,
                  { minSteps: 1, limit: pathsEach, provider: scope.provider },
                  budget,
                ).paths.map((p) => accessPathOf(graph, p)),
              ),
            scope,
          );
          const items = users.map((u, i) => {
            const lists: number[] = [];
            for (let l = graph.listStart[u] ?? 0; l < (graph.listStart[u + 1] ?? 0); l++)
              lists.push(graph.listTarget[l] ?? 0);
            return {
              endUser: () => loadEntity(ctx, graph.ids[u] ?? ''),
              controlLists: () =>
                Promise.all(lists.map((l) => loadEntity(ctx, graph.ids[l] ?? ''))),
              listed: isListed(graph, u),
              pathCount: exposure.pathCounts[offset + i] ?? 0,
              paths: found[i] ?? [],
            };
          });
          const paths = items.flatMap((item) => item.paths);
          return {
            items,
            totalCount: exposure.endUsers.length,
            pageInfo: pageInfo(question, offset, items.length, exposure.endUsers.length),
            subgraph: () => (paths.length === 0 ? EMPTY_SUBGRAPH : explainPaths(ctx.db, paths)),
          };
        },
      };
    },
  },
};
