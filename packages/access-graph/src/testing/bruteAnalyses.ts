/**
 * The analyses worked out from a brute-force list of paths, straight from their definitions:
 * the expected answers the property and integration tests compare with.
 */
import { STATUSES, type Status } from '@detour/domain';
import type { BrutePath } from './bruteForce.ts';

export const endUserOf = (p: BrutePath): string => p.entities[0] ?? '';
export const providerOf = (p: BrutePath): string => p.entities.at(-2) ?? '';
export const capabilityOf = (p: BrutePath): string => p.entities.at(-1) ?? '';
/** "end user>capability" */
export const pairOf = (p: BrutePath): string => `${endUserOf(p)}>${capabilityOf(p)}`;
const between = (p: BrutePath): string[] => p.entities.slice(1, -2);

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function tally(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/**
 * Per intermediary: end users with a path that has it between end user and provider, and the
 * end users (sorted) with it on every one of their paths.
 */
export function bruteChokepoints(
  paths: readonly BrutePath[],
): Map<string, { through: number; dependent: string[] }> {
  const expected = new Map<string, { through: number; dependent: string[] }>();
  for (const [u, own] of groupBy(paths, endUserOf)) {
    for (const x of new Set(own.flatMap(between))) {
      const entry = expected.get(x) ?? { through: 0, dependent: [] };
      entry.through++;
      if (own.every((p) => between(p).includes(x))) entry.dependent.push(u);
      expected.set(x, entry);
    }
  }
  for (const entry of expected.values()) entry.dependent.sort();
  return expected;
}

/** Paths per end user and capability ("u>c" → count). */
export function brutePairs(paths: readonly BrutePath[]): Map<string, number> {
  return tally(paths.map(pairOf));
}

/**
 * A provider's exposure: end users whose paths to it all avoid direct contact (with their path
 * counts), every end user reaching it, and per entity just before it the exposed end users.
 */
export function bruteExposure(paths: readonly BrutePath[], provider: string) {
  const own = paths.filter((p) => providerOf(p) === provider);
  const exposed = own.filter((p) => p.avoidsDirectContact);
  const channels = new Map<string, Set<string>>();
  for (const p of exposed) {
    const hop = p.entities.at(-3) ?? '';
    channels.set(hop, (channels.get(hop) ?? new Set()).add(endUserOf(p)));
  }
  return {
    endUsers: tally(exposed.map(endUserOf)),
    reaching: new Set(own.map(endUserOf)),
    channels,
  };
}

function compareIds(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Paths in the API's order: hops, weakest status, entity ids, relationship ids. */
export function sortLikeApi(
  paths: readonly BrutePath[],
  statusOf: ReadonlyMap<string, Status>,
): BrutePath[] {
  const weakest = (p: BrutePath) =>
    Math.max(...p.relationships.map((r) => STATUSES.indexOf(statusOf.get(r) ?? 'unverified')));
  return [...paths].sort(
    (a, b) =>
      a.relationships.length - b.relationships.length ||
      weakest(a) - weakest(b) ||
      compareIds(a.entities, b.entities) ||
      compareIds(a.relationships, b.relationships),
  );
}
