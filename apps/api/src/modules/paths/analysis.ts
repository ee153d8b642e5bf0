/**
 * What the access paths mean for control: chokepoints, the effect of cutting entities off, and a
 * provider's know-your-customer gap. Pure functions over the full set of paths, so that they are
 * tested against a brute-force enumeration without a database.
 */
import { groupBy } from '../groupBy.ts';
import type { AccessPath } from './accessPath.ts';

export interface ChokepointFigures {
  readonly entity: string;
  readonly endUsersThrough: number;
  readonly dependentEndUsers: string[];
}

/**
 * Intermediaries (every entity between an end user and its provider: resellers and affiliates)
 * ranked by how many end users have an indirect path through them, and for how many end users they
 * are on every path (direct paths included: a direct contract means no dependence).
 */
export function rankChokepoints(paths: readonly AccessPath[]): ChokepointFigures[] {
  const through = new Map<string, Set<string>>();
  const dependent = new Map<string, string[]>();
  for (const [endUser, own] of groupBy(paths, (p) => p.endUser)) {
    const sets = own.map((p) => new Set(p.intermediaries));
    for (const set of sets) {
      for (const id of set) {
        const users = through.get(id) ?? new Set<string>();
        users.add(endUser);
        through.set(id, users);
      }
    }
    const [firstSet, ...others] = sets;
    for (const id of firstSet ?? []) {
      if (others.every((set) => set.has(id)))
        dependent.set(id, [...(dependent.get(id) ?? []), endUser]);
    }
  }
  return [...through.entries()]
    .map(([entity, users]) => ({
      entity,
      endUsersThrough: users.size,
      dependentEndUsers: (dependent.get(entity) ?? []).sort(),
    }))
    .sort(
      (a, b) =>
        b.endUsersThrough - a.endUsersThrough ||
        b.dependentEndUsers.length - a.dependentEndUsers.length ||
        a.entity.localeCompare(b.entity),
    );
}

export interface AccessChangeFigures {
  readonly endUser: string;
  readonly capability: string;
  readonly pathsBefore: number;
  readonly pathsAfter: number;
  readonly remainingPath: AccessPath | null;
}

/** Per end user and capability: does access survive when `removed` entities are cut off? */
export function whatIf(
  paths: readonly AccessPath[],
  removed: ReadonlySet<string>,
): { lost: AccessChangeFigures[]; kept: AccessChangeFigures[] } {
  const lost: AccessChangeFigures[] = [];
  const kept: AccessChangeFigures[] = [];
  const pairs = groupBy(paths, (p) => `${p.endUser}\u0000${p.capability}`);
  for (const own of pairs.values()) {
    const first = own[0];
    if (!first || removed.has(first.endUser) || removed.has(first.capability)) continue;
    const remaining = own.filter((p) => !p.entities.some((id) => removed.has(id)));
    const change: AccessChangeFigures = {
      endUser: first.endUser,
      capability: first.capability,
      pathsBefore: own.length,
      pathsAfter: remaining.length,
      remainingPath: remaining[0] ?? null,
    };
    (remaining.length === 0 ? lost : kept).push(change);
  }
  const order = (a: AccessChangeFigures, b: AccessChangeFigures): number =>
    a.endUser.localeCompare(b.endUser) || a.capability.localeCompare(b.capability);
  return { lost: lost.sort(order), kept: kept.sort(order) };
}

/** End users whose every path to the provider's offers is indirect, with those paths. */
export function exposedEndUsers(
  paths: readonly AccessPath[],
  provider: string,
): Map<string, AccessPath[]> {
  const exposed = new Map<string, AccessPath[]>();
  for (const [endUser, own] of groupBy(
    paths.filter((p) => p.provider === provider),
    (p) => p.endUser,
  )) {
    if (own.every((p) => p.avoidsDirectContact)) exposed.set(endUser, own);
  }
  return exposed;
}
