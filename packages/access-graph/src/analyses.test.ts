import fc from 'fast-check';
import { STATUSES, type Dataset } from '@detour/domain';
import { describe, expect, it } from 'vitest';
import {
  bruteChokepoints,
  bruteExposure,
  bruteForcePaths,
  brutePairs,
  endUserOf,
  networkArbitrary,
  sortLikeApi,
  type BrutePath,
} from './testing/index.ts';
import {
  accessGraphFromRecords,
  chokepointAt,
  computeBaseline,
  dependentEndUsers,
  prepareScope,
  providerExposure,
  rankChokepoints,
  topPaths,
  unlimited,
  userPaths,
  whatIf,
  whatIfFresh,
  type AccessGraph,
  type FoundPath,
} from './index.ts';

const filters = fc.record({
  maxHops: fc.integer({ min: 2, max: 8 }),
  statuses: fc.option(fc.subarray([...STATUSES], { minLength: 1 }), { nil: null }),
  asOf: fc.option(
    fc
      .tuple(fc.integer({ min: 2019, max: 2026 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${String(y)}-${String(m).padStart(2, '0')}-15`),
    { nil: null },
  ),
});

type Filters = {
  maxHops: number;
  statuses: (typeof STATUSES)[number][] | null;
  asOf: string | null;
};

interface Case {
  readonly network: Dataset;
  readonly graph: AccessGraph;
  readonly filters: Filters;
  /** Capability and provider ids, or null for all. */
  readonly to: string | null;
  readonly provider: string | null;
}

const caseArbitrary = fc
  .tuple(networkArbitrary, filters, fc.nat(), fc.nat(), fc.boolean(), fc.boolean())
  .map(([network, f, capPick, provPick, scopeCap, scopeProv]): Case => {
    const caps = network.entities.filter((e) => e.kind === 'Chip').map((e) => e.id);
    const provs = network.entities.filter((e) => e.kind === 'CloudProvider').map((e) => e.id);
    return {
      network,
      graph: accessGraphFromRecords(network.entities, network.relationships),
      filters: f,
      to: scopeCap ? (caps[capPick % caps.length] ?? null) : null,
      provider: scopeProv ? (provs[provPick % provs.length] ?? null) : null,
    };
  });

function scopeOf(c: Case) {
  const index = (id: string | null) => (id === null ? -1 : (c.graph.indexOf.get(id) ?? -1));
  return prepareScope(c.graph, {
    capability: index(c.to),
    provider: index(c.provider),
    ...c.filters,
  });
}

/** The brute-force paths in the case's scope. */
function brutePaths(c: Case, removed?: ReadonlySet<string>): BrutePath[] {
  return bruteForcePaths(c.network, {
    ...c.filters,
    indirectOnly: false,
    ...(removed === undefined ? {} : { removed }),
  }).filter(
    (p) =>
      (c.to === null || p.entities.at(-1) === c.to) &&
      (c.provider === null || p.entities.at(-2) === c.provider),
  );
}

describe('the access-graph analyses against a brute-force enumeration of paths', () => {
  it('rank chokepoints: end users through each intermediary and dependent on it', async () => {
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (c) => {
        const baseline = await computeBaseline(c.graph, scopeOf(c), unlimited());
        const brute = brutePaths(c);
        const expected = bruteChokepoints(brute);
        const ranked = [...rankChokepoints(c.graph, baseline)].map((x) => {
          const figures = chokepointAt(baseline, x);
          return [
            c.graph.ids[x],
            {
              through: figures.endUsersThrough,
              dependent: dependentEndUsers(c.graph, baseline, x, 1000).map((u) => c.graph.ids[u]),
            },
          ] as const;
        });
        expect(Object.fromEntries(ranked)).toEqual(Object.fromEntries(expected));
        expect(baseline.endUsersWithAccess).toBe(new Set(brute.map(endUserOf)).size);
        expect(baseline.endUsersIndirect).toBe(
          new Set(brute.filter((p) => p.indirect).map(endUserOf)).size,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('what-if: the pairs that lose every path, and the paths left for the others', async () => {
    await fc.assert(
      fc.asyncProperty(caseArbitrary, fc.nat(), fc.nat(), async (c, pickA, pickB) => {
        const baseline = await computeBaseline(c.graph, scopeOf(c), unlimited());
        const candidates = c.network.entities.map((e) => e.id);
        const removed = new Set([
          candidates[pickA % candidates.length] ?? '',
          candidates[pickB % candidates.length] ?? '',
        ]);
        const outcome = await whatIf(
          c.graph,
          baseline,
          [...removed].map((id) => c.graph.indexOf.get(id) ?? -1),
          unlimited(),
        );
        const inScope = (pair: string) => !pair.split('>').some((id) => removed.has(id));
        const before = brutePairs(brutePaths(c));
        const after = brutePairs(brutePaths(c, removed));
        const name = (x: { endUser: number; capability: number }) =>
          `${c.graph.ids[x.endUser] ?? ''}>${c.graph.ids[x.capability] ?? ''}`;
        expect(outcome.lost.map(name).sort()).toEqual(
          [...before.keys()].filter((p) => inScope(p) && !after.has(p)).sort(),
        );
        for (const change of outcome.lost)
          expect(change.pathsBefore).toBe(before.get(name(change)));
        const kept = outcome.kept(0, 1_000_000);
        expect(outcome.keptTotal).toBe(kept.length);
        expect(
          Object.fromEntries(kept.map((k) => [name(k), [k.pathsBefore, k.pathsAfter]])),
        ).toEqual(
          Object.fromEntries(
            [...after].filter(([p]) => inScope(p)).map(([p, n]) => [p, [before.get(p), n]]),
          ),
        );
        // Pages are slices of the whole list.
        expect(outcome.kept(1, 2)).toEqual(kept.slice(1, 3));
        // Without a baseline, in one pass: the same outcome.
        const fresh = await whatIfFresh(
          c.graph,
          scopeOf(c),
          [...removed].map((id) => c.graph.indexOf.get(id) ?? -1),
          unlimited(),
        );
        expect(fresh.lost).toEqual(outcome.lost);
        expect(fresh.kept(0, 1_000_000)).toEqual(kept);
        expect(fresh.lostByCapability).toEqual(outcome.lostByCapability);
      }),
      { numRuns: 300 },
    );
  });

  it('exposure: end users with no contract of their own, their paths and the channels', async () => {
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (c) => {
        for (const provider of c.network.entities.filter((e) => e.kind === 'CloudProvider')) {
          const scoped = { ...c, provider: provider.id };
          const baseline = await computeBaseline(c.graph, scopeOf(scoped), unlimited());
          const expected = bruteExposure(brutePaths(scoped), provider.id);
          const exposure = providerExposure(
            c.graph,
            baseline,
            c.graph.indexOf.get(provider.id) ?? -1,
          );
          const ids = [...exposure.endUsers].map((u) => c.graph.ids[u] ?? '');
          expect([...ids].sort()).toEqual([...expected.endUsers.keys()].sort());
          expect(exposure.endUsersReaching).toBe(expected.reaching.size);
          expect([...exposure.pathCounts]).toEqual(ids.map((u) => expected.endUsers.get(u)));
          const listed = new Set(
            c.network.relationships.filter((r) => r.type === 'LISTED_ON').map((r) => r.from),
          );
          const firstUnlisted = ids.findIndex((u) => !listed.has(u));
          if (firstUnlisted >= 0)
            expect(ids.slice(firstUnlisted).some((u) => listed.has(u))).toBe(false);
          expect(
            Object.fromEntries(
              exposure.channels.map((ch) => [c.graph.ids[ch.entity], ch.endUsers]),
            ),
          ).toEqual(
            Object.fromEntries([...expected.channels].map(([hop, users]) => [hop, users.size])),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lists paths in the API order, for all end users and for one', async () => {
    await fc.assert(
      fc.asyncProperty(
        caseArbitrary,
        fc.boolean(),
        fc.integer({ min: 1, max: 6 }),
        async (c, indirectOnly, limit) => {
          const scope = scopeOf(c);
          const status = new Map(c.network.relationships.map((r) => [r.id, r.status]));
          const expected = sortLikeApi(brutePaths(c), status)
            .filter((p) => !indirectOnly || p.indirect)
            .map((p) => ({
              entities: p.entities,
              relationships: p.relationships,
              direct: !p.avoidsDirectContact,
            }));
          const shown = (p: FoundPath) => ({
            entities: [...p.nodes].map((n) => c.graph.ids[n]),
            relationships: [...p.rels].map((r) => c.graph.relIds[r]),
            direct: p.nodes.length === 3 || p.directContact,
          });
          const options = { minSteps: indirectOnly ? 2 : 1, limit } as const;
          const top = await topPaths(c.graph, scope, options, unlimited());
          expect(top.map(shown)).toEqual(expected.slice(0, limit));
          const user = expected[0]?.entities[0];
          if (user !== undefined) {
            const mine = expected.filter((p) => p.entities[0] === user);
            const one = userPaths(
              c.graph,
              scope,
              c.graph.indexOf.get(user) ?? -1,
              options,
              unlimited(),
            );
            expect(one.total).toBe(mine.length);
            expect(one.paths.map(shown)).toEqual(mine.slice(0, limit));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
