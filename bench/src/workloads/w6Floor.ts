/**
 * W6's floor: the same four answers computed in the bench process, directly over the access
 * graph's typed arrays with the package the API uses, from nothing cached (scope, baseline and
 * all). Each returns a digest of its answer, to check the API's against.
 */
import {
  chokepointAt,
  computeBaseline,
  isListed,
  prepareScope,
  providerExposure,
  rankChokepoints,
  topPaths,
  unlimited,
  userPaths,
  whatIf,
  type AccessGraph,
  type AnalysisScope,
  type FoundPath,
} from '@detour/access-graph';
import { ANALYSIS_MAX_HOPS } from '../../../apps/api/src/modules/analyses/analysisArgs.ts';
import { DEFAULT_MAX_HOPS } from '../../../apps/api/src/modules/paths/pathArgs.ts';
import type { Digest } from './w6Digests.ts';
import { W6_PAGE } from './w6Queries.ts';

/** The analyses' scope when no argument narrows it (maxHops 8, as the API defaults). */
export const UNSCOPED: AnalysisScope = {
  capability: -1,
  provider: -1,
  statuses: null,
  asOf: null,
  maxHops: ANALYSIS_MAX_HOPS,
};

/** What W6 asks about, as entity indices in the access graph. */
export interface W6Inputs {
  readonly topChokepoint: number;
  readonly provider: number;
  readonly chip: number;
}

const idOf = (graph: AccessGraph, n: number): string => graph.ids[n] ?? '';

/** A path as the API lists its relationships (steps, then the OFFERS), space-separated. */
export function pathKey(graph: AccessGraph, path: FoundPath): string {
  return [...path.rels].map((r) => graph.relIds[r] ?? '').join(' ');
}

export async function chokepointsFloor(graph: AccessGraph): Promise<Digest> {
  const baseline = await computeBaseline(graph, prepareScope(graph, UNSCOPED), unlimited());
  const ranked = rankChokepoints(graph, baseline);
  return {
    totalCount: ranked.length,
    endUsersWithAccess: baseline.endUsersWithAccess,
    items: [...ranked.subarray(0, W6_PAGE.chokepoints)].map((x) => {
      const figures = chokepointAt(baseline, x);
      return [idOf(graph, x), figures.endUsersThrough, figures.endUsersDependent];
    }),
  };
}

export async function whatIfFloor(graph: AccessGraph, inputs: W6Inputs): Promise<Digest> {
  const prepared = prepareScope(graph, UNSCOPED);
  const baseline = await computeBaseline(graph, prepared, unlimited());
  const outcome = await whatIf(graph, baseline, [inputs.topChokepoint], unlimited());
  const lost = outcome.lost.slice(0, W6_PAGE.changes);
  // Each kept pair's first remaining path, as the API adds to its page.
  const kept = outcome.kept(0, W6_PAGE.changes).map((change) => {
    const options = {
      minSteps: 1,
      limit: 1,
      removed: outcome.removed,
      capability: change.capability,
    } as const;
    const path = userPaths(graph, prepared, change.endUser, options, unlimited()).paths[0];
    return [
      idOf(graph, change.endUser),
      idOf(graph, change.capability),
      change.pathsBefore,
      change.pathsAfter,
      path === undefined ? null : pathKey(graph, path),
    ];
  });
  return {
    lost: {
      totalCount: outcome.lost.length,
      endUsers: outcome.lostEndUsers,
      items: lost.map((c) => [
        idOf(graph, c.endUser),
        idOf(graph, c.capability),
        c.pathsBefore,
        c.pathsAfter,
        null,
      ]),
    },
    kept: { totalCount: outcome.keptTotal, endUsers: outcome.keptEndUsers, items: kept },
    lostByCapability: outcome.lostByCapability.map(([c, n]) => [idOf(graph, c), n]),
  };
}

export async function exposureFloor(graph: AccessGraph, inputs: W6Inputs): Promise<Digest> {
  const { provider } = inputs;
  const prepared = prepareScope(graph, { ...UNSCOPED, provider });
  const baseline = await computeBaseline(graph, prepared, unlimited());
  const exposure = providerExposure(graph, baseline, provider);
  const users = [...exposure.endUsers.subarray(0, W6_PAGE.exposed)];
  const options = { minSteps: 1, limit: W6_PAGE.pathsEach, provider } as const;
  return {
    totalCount: exposure.endUsers.length,
    endUsersReaching: exposure.endUsersReaching,
    listedEndUsers: exposure.listedEndUsers,
    items: users.map((u, i) => [
      idOf(graph, u),
      isListed(graph, u),
      exposure.pathCounts[i] ?? 0,
      userPaths(graph, prepared, u, options, unlimited()).paths.map((p) => pathKey(graph, p)),
    ]),
    channels: exposure.channels
      .slice(0, W6_PAGE.channels)
      .map((c) => [idOf(graph, c.entity), c.endUsers, c.listedEndUsers]),
  };
}

export async function topPathsFloor(graph: AccessGraph, inputs: W6Inputs): Promise<Digest> {
  const scope = { ...UNSCOPED, capability: inputs.chip, maxHops: DEFAULT_MAX_HOPS };
  // One more than the page, as the API asks, to know whether more follow.
  const options = { minSteps: 2, limit: W6_PAGE.paths + 1 } as const;
  const found = await topPaths(graph, prepareScope(graph, scope), options, unlimited());
  return {
    truncated: found.length > W6_PAGE.paths,
    paths: found.slice(0, W6_PAGE.paths).map((p) => pathKey(graph, p)),
  };
}
