import fc from 'fast-check';
import { STATUSES } from '@detour/domain';
import { validateDataset } from '@detour/ingest';
import { describe, expect, it } from 'vitest';
import { bruteForcePaths, networkArbitrary, type BrutePath } from '@detour/access-graph/testing';
import { useTestDatabase } from '../../../test/testDatabase.ts';
import { importDataset } from '../datasets/repository.ts';
import { exposedEndUsers, rankChokepoints, whatIf } from './analysis.ts';
import { explainAccessPaths, findAccessPaths } from './repository.ts';

const database = useTestDatabase();

const key = (p: {
  readonly relationships: readonly string[];
  readonly indirect: boolean;
  readonly avoidsDirectContact: boolean;
}): string => `${p.relationships.join('>')}|${String(p.indirect)}|${String(p.avoidsDirectContact)}`;

const queryArbitrary = fc.record({
  maxHops: fc.integer({ min: 2, max: 7 }),
  indirectOnly: fc.boolean(),
  statuses: fc.option(fc.subarray([...STATUSES], { minLength: 1 }), { nil: null }),
  asOf: fc.option(
    fc
      .tuple(fc.integer({ min: 2019, max: 2026 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${String(y)}-${String(m).padStart(2, '0')}-15`),
    { nil: null },
  ),
});

async function load(dataset: Parameters<typeof importDataset>[1]): Promise<void> {
  const checked = validateDataset(JSON.parse(JSON.stringify(dataset)), 'random.json');
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  await database.reset();
  await importDataset(database.db, dataset);
}

const everything = { from: null, to: null, provider: null, limit: 100_000 } as const;

describe('accessPaths against a brute-force enumeration', () => {
  it('finds exactly the brute-force paths, with the same flags, on random networks', async () => {
    await fc.assert(
      fc.asyncProperty(networkArbitrary, queryArbitrary, async (network, query) => {
        await load(network);
        const { paths, truncated } = await findAccessPaths(database.db, {
          ...everything,
          ...query,
        });
        expect(truncated).toBe(false);
        const expected = bruteForcePaths(network, query).map(key).sort();
        expect(paths.map(key).sort()).toEqual(expected);
      }),
      { numRuns: 120 },
    );
  }, 600_000);

  it('anchored on an end user (and a capability), finds its brute-force paths and explains them', async () => {
    await fc.assert(
      fc.asyncProperty(
        networkArbitrary,
        queryArbitrary,
        fc.nat(),
        fc.option(fc.nat(), { nil: null }),
        async (network, query, userPick, capabilityPick) => {
          await load(network);
          const users = network.entities.filter((e) => e.kind === 'EndUser').map((e) => e.id);
          const capabilities = network.entities.filter((e) => e.kind === 'Chip').map((e) => e.id);
          const from = users[userPick % users.length] ?? null;
          const to =
            capabilityPick === null
              ? null
              : (capabilities[capabilityPick % capabilities.length] ?? null);
          const { paths, truncated, subgraph } = await explainAccessPaths(database.db, {
            ...everything,
            ...query,
            from,
            to,
          });
          expect(truncated).toBe(false);
          const expected = bruteForcePaths(network, query)
            .filter((p) => p.entities[0] === from && (to === null || p.entities.at(-1) === to))
            .map(key)
            .sort();
          expect(paths.map(key).sort()).toEqual(expected);
          expect(subgraph.entities.map((e) => e.id).sort()).toEqual(
            [...new Set(paths.flatMap((p) => p.entities))].sort(),
          );
          expect(subgraph.relationships.map((r) => r.id).sort()).toEqual(
            [...new Set(paths.flatMap((p) => p.relationships))].sort(),
          );
        },
      ),
      { numRuns: 80 },
    );
  }, 600_000);

  it('orders paths by hops, then weakest status, then ids, and cuts at the limit', async () => {
    await fc.assert(
      fc.asyncProperty(networkArbitrary, fc.integer({ min: 1, max: 4 }), async (network, limit) => {
        await load(network);
        const all = { maxHops: 6, indirectOnly: false, statuses: null, asOf: null } as const;
        const full = await findAccessPaths(database.db, { ...everything, ...all });
        const cut = await findAccessPaths(database.db, { ...everything, ...all, limit });
        expect(cut.paths).toEqual(full.paths.slice(0, limit));
        expect(cut.truncated).toBe(full.paths.length > limit);
        const rank = (p: (typeof full.paths)[number]) => STATUSES.indexOf(p.weakestStatus);
        for (const [a, b] of full.paths.slice(1).map((p, i) => [full.paths[i], p] as const)) {
          if (a === undefined) continue;
          expect(a.hops < b.hops || (a.hops === b.hops && rank(a) <= rank(b))).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  }, 600_000);

  it('agrees with brute force on chokepoints, what-if and provider exposure', async () => {
    const all = { maxHops: 8, indirectOnly: false, statuses: null, asOf: null } as const;
    await fc.assert(
      fc.asyncProperty(networkArbitrary, fc.nat(), async (network, pick) => {
        await load(network);
        const { paths } = await findAccessPaths(database.db, { ...everything, ...all });
        const brute = bruteForcePaths(network, all);
        const endUsers = [...new Set(brute.map((p) => p.entities[0] ?? ''))];

        // Chokepoints: X is through for u if some path of u has X between u and its provider;
        // dependent if every path of u contains X.
        const between = (p: BrutePath): string[] => p.entities.slice(1, -2);
        const expected = new Map<string, { through: Set<string>; dependent: string[] }>();
        for (const u of endUsers) {
          const own = brute.filter((p) => p.entities[0] === u);
          for (const x of new Set(own.flatMap(between))) {
            const entry = expected.get(x) ?? { through: new Set<string>(), dependent: [] };
            entry.through.add(u);
            if (own.every((p) => between(p).includes(x))) entry.dependent.push(u);
            expected.set(x, entry);
          }
        }
        const ranked = rankChokepoints(paths);
        expect(
          Object.fromEntries(
            ranked.map((c) => [c.entity, [c.endUsersThrough, c.dependentEndUsers]]),
          ),
        ).toEqual(
          Object.fromEntries(
            [...expected].map(([x, e]) => [x, [e.through.size, e.dependent.sort()]]),
          ),
        );

        // What-if: re-enumerate without the removed entity instead of filtering paths.
        const candidates = network.entities.filter(
          (e) => e.kind === 'Intermediary' || e.kind === 'CloudProvider',
        );
        const removed = candidates[pick % Math.max(candidates.length, 1)]?.id;
        if (removed !== undefined) {
          const pairs = (list: readonly { entities: readonly string[] }[]): Set<string> =>
            new Set(list.map((p) => `${p.entities[0] ?? ''}>${p.entities.at(-1) ?? ''}`));
          const before = pairs(brute);
          const after = pairs(bruteForcePaths(network, { ...all, removed: new Set([removed]) }));
          const result = whatIf(paths, new Set([removed]));
          expect(result.lost.map((c) => `${c.endUser}>${c.capability}`).sort()).toEqual(
            [...before].filter((p) => !after.has(p)).sort(),
          );
          expect(result.kept.map((c) => `${c.endUser}>${c.capability}`).sort()).toEqual(
            [...after].sort(),
          );
        }

        // Exposure: end users reaching the provider's offers with no BUYS_FROM of their own to it.
        for (const provider of network.entities
          .filter((e) => e.kind === 'CloudProvider')
          .map((e) => e.id)) {
          const reaching = new Set(
            brute.filter((p) => p.entities.at(-2) === provider).map((p) => p.entities[0] ?? ''),
          );
          const contracted = new Set(
            network.relationships
              .filter((r) => r.type === 'BUYS_FROM' && r.to === provider)
              .map((r) => r.from),
          );
          const exposedIds = [...exposedEndUsers(paths, provider).keys()].sort();
          expect(exposedIds).toEqual([...reaching].filter((u) => !contracted.has(u)).sort());
        }
      }),
      { numRuns: 100 },
    );
  }, 600_000);
});
