/**
 * A provider's know-your-customer gap: the end users that reach its offers with no BUYS_FROM of
 * their own to it (so every path of theirs runs through someone else), listed ones first, and
 * the entities just before the provider on those paths (its own customers and affiliates).
 */
import type { AccessGraph } from './accessGraph.ts';
import type { Baseline } from './baseline.ts';

export interface ExposureChannel {
  readonly entity: number;
  readonly endUsers: number;
  readonly listedEndUsers: number;
}

export interface Exposure {
  readonly provider: number;
  /** Exposed end users (entity indices): listed ones first, then by name, then id. */
  readonly endUsers: Int32Array;
  /** Their paths to the provider's offers. */
  readonly pathCounts: Float64Array;
  readonly listedEndUsers: number;
  /** End users with any path to the provider's offers, direct or not. */
  readonly endUsersReaching: number;
  /** Most exposed end users first. */
  readonly channels: readonly ExposureChannel[];
}

const nameKeys = new WeakMap<AccessGraph, string[]>();

/** Names folded for sorting: lower case, without diacritics. */
function sortNames(graph: AccessGraph): string[] {
  const known = nameKeys.get(graph);
  if (known !== undefined) return known;
  const keys = graph.names.map((name) =>
    name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(),
  );
  nameKeys.set(graph, keys);
  return keys;
}

export function isListed(graph: AccessGraph, entity: number): boolean {
  return (graph.listStart[entity + 1] ?? 0) > (graph.listStart[entity] ?? 0);
}

export function providerExposure(
  graph: AccessGraph,
  baseline: Baseline,
  provider: number,
): Exposure {
  const exposed: number[] = [];
  const paths = new Map<number, number>();
  let reaching = 0;
  for (let position = 0; position < graph.endUsers.length; position++) {
    for (
      let i = baseline.reachStart[position] ?? 0;
      i < (baseline.reachStart[position + 1] ?? 0);
      i++
    ) {
      if (baseline.reachProvider[i] !== provider) continue;
      reaching++;
      if (baseline.reachExposed[i] === 1) {
        const u = graph.endUsers[position] ?? 0;
        exposed.push(u);
        paths.set(u, baseline.reachPaths[i] ?? 0);
      }
      break;
    }
  }
  const names = sortNames(graph);
  const listed = (u: number): number => (isListed(graph, u) ? 1 : 0);
  exposed.sort((a, b) => {
    const byList = listed(b) - listed(a);
    if (byList !== 0) return byList;
    const na = names[a] ?? '';
    const nb = names[b] ?? '';
    if (na !== nb) return na < nb ? -1 : 1;
    return (graph.idRank[a] ?? 0) - (graph.idRank[b] ?? 0);
  });

  if (baseline.scope.provider !== provider)
    throw new Error('providerExposure needs the baseline of that provider alone');
  const channels: ExposureChannel[] = [];
  for (const [entity, [endUsers, listedEndUsers]] of baseline.channels)
    channels.push({ entity, endUsers, listedEndUsers });
  channels.sort(
    (a, b) =>
      b.endUsers - a.endUsers ||
      b.listedEndUsers - a.listedEndUsers ||
      (graph.idRank[a.entity] ?? 0) - (graph.idRank[b.entity] ?? 0),
  );
  return {
    provider,
    endUsers: Int32Array.from(exposed),
    pathCounts: Float64Array.from(exposed, (u) => paths.get(u) ?? 0),
    listedEndUsers: exposed.reduce((sum, u) => sum + listed(u), 0),
    endUsersReaching: reaching,
    channels,
  };
}
