import fc from 'fast-check';
import { STATUSES } from '@detour/domain';
import { validateDataset } from '@detour/ingest';
import { describe, expect, it } from 'vitest';
import { bruteForcePaths, networkArbitrary } from '@detour/access-graph/testing';
import { useTestDatabase } from '../../../test/testDatabase.ts';
import { importDataset } from '../datasets/repository.ts';
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
});
