/**
 * Intermediaries ranked as chokepoints: by how many end users have a path through them, then by
 * how many end users have them on every path (a direct contract means no dependence), then id.
 */
import type { AccessGraph } from './accessGraph.ts';
import type { Baseline } from './baseline.ts';

export interface Chokepoint {
  readonly entity: number;
  readonly endUsersThrough: number;
  readonly endUsersDependent: number;
}

const rankings = new WeakMap<Baseline, Int32Array>();

export function dependentCount(baseline: Baseline, entity: number): number {
  return (baseline.dependentStart[entity + 1] ?? 0) - (baseline.dependentStart[entity] ?? 0);
}

/** Every entity with at least one end user through it, best ranked first (computed once). */
export function rankChokepoints(graph: AccessGraph, baseline: Baseline): Int32Array {
  const known = rankings.get(baseline);
  if (known !== undefined) return known;
  const entities: number[] = [];
  baseline.through.forEach((users, entity) => {
    if (users > 0) entities.push(entity);
  });
  entities.sort(
    (a, b) =>
      (baseline.through[b] ?? 0) - (baseline.through[a] ?? 0) ||
      dependentCount(baseline, b) - dependentCount(baseline, a) ||
      (graph.idRank[a] ?? 0) - (graph.idRank[b] ?? 0),
  );
  const ranked = Int32Array.from(entities);
  rankings.set(baseline, ranked);
  return ranked;
}

export function chokepointAt(baseline: Baseline, entity: number): Chokepoint {
  return {
    entity,
    endUsersThrough: baseline.through[entity] ?? 0,
    endUsersDependent: dependentCount(baseline, entity),
  };
}

/** The first `first` end users (entity indices, in id order) with the entity on every path. */
export function dependentEndUsers(
  graph: AccessGraph,
  baseline: Baseline,
  entity: number,
  first: number,
): number[] {
  const start = baseline.dependentStart[entity] ?? 0;
  const end = Math.min(baseline.dependentStart[entity + 1] ?? 0, start + first);
  const users: number[] = [];
  for (let i = start; i < end; i++)
    users.push(graph.endUsers[baseline.dependentUsers[i] ?? 0] ?? 0);
  return users;
}
