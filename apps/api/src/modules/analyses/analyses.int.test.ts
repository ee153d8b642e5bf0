/**
 * Every analysis through GraphQL, on hundreds of small random networks loaded side by side into
 * the real embedded Neo4j (more than the 20,000 paths the analyses used to stop at), against the
 * brute-force enumeration of each network's paths.
 */
import fc from 'fast-check';
import type { Dataset } from '@detour/domain';
import {
  bruteChokepoints,
  bruteExposure,
  bruteForcePaths,
  brutePairs,
  combineNetworks,
  DENSE,
  networksWithin,
  sortLikeApi,
  type BrutePath,
  type BruteQuery,
} from '@detour/access-graph/testing';
import { validateDataset } from '@detour/ingest';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/testDatabase.ts';
import { createSchema } from '../../schema.ts';
import { createDetourYoga } from '../../yoga.ts';
import { importDataset } from '../datasets/repository.ts';
import { AccessIndex } from './accessIndex.ts';

const database = useTestDatabase();
const yoga = () => createDetourYoga({ schema: createSchema(), db: database.db, production: true });
let server: ReturnType<typeof yoga>;

interface Answer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function ask<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await server.fetch('http://detour.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as Answer<T>;
  expect(answer.errors).toBeUndefined();
  if (answer.data === undefined) throw new Error('no data');
  return answer.data;
}

/** Every page of a paged list, following endCursor. */
async function allPages<T>(
  fetch: (after: string | null) => Promise<{ items: T[]; pageInfo: { endCursor: string | null } }>,
  atMost = Number.POSITIVE_INFINITY,
): Promise<T[]> {
  const items: T[] = [];
  let after: string | null = null;
  do {
    const page = await fetch(after);
    items.push(...page.items);
    after = page.pageInfo.endCursor;
  } while (after !== null && items.length < atMost);
  return items;
}

const prefix = (k: number, id: string) => `n${String(k)}-${id}`;
const ALL: BruteQuery = { maxHops: 8, indirectOnly: false, statuses: null, asOf: null };
const FILTERED: BruteQuery = {
  maxHops: 5,
  indirectOnly: false,
  statuses: ['confirmed', 'reported', 'alleged'],
  asOf: '2023-06-15',
};

let networks: Dataset[] = [];
let combined: Dataset;

/** The brute-force paths of every network, with the combined dataset's ids. */
function brute(query: BruteQuery, removed: ReadonlySet<string> = new Set()): BrutePath[] {
  return networks.flatMap((network, k) => {
    const own = new Set([...removed].filter((id) => id.startsWith(`n${String(k)}-`)));
    const local = new Set([...own].map((id) => id.slice(`n${String(k)}-`.length)));
    return bruteForcePaths(network, { ...query, removed: local }).map((p) => ({
      ...p,
      entities: p.entities.map((id) => prefix(k, id)),
      relationships: p.relationships.map((id) => prefix(k, id)),
    }));
  });
}

beforeAll(async () => {
  // Deterministic networks, added until their paths are well past the old 20,000 bound.
  const pool = fc.sample(networksWithin(DENSE), { seed: 20261202, numRuns: 2000 });
  let paths = 0;
  for (const network of pool) {
    networks.push(network);
    paths += bruteForcePaths(network, ALL).length;
    if (networks.length >= 200 && paths > 25_000) break;
  }
  networks = networks.slice();
  combined = combineNetworks(networks);
  const checked = validateDataset(JSON.parse(JSON.stringify(combined)), 'random-many.json');
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems.slice(0, 3)));
  await database.reset();
  await importDataset(database.db, combined);
  server = yoga();
}, 600_000);

describe('analyses on hundreds of networks, against brute force', () => {
  it('covers more paths than the old bound of 20,000', () => {
    expect(networks.length).toBeGreaterThanOrEqual(200);
    expect(brute(ALL).length).toBeGreaterThan(20_000);
  });

  it.each([
    ['every path', ALL, {}],
    ['statuses, asOf and maxHops', FILTERED, FILTERED],
  ] as const)('chokepoints: %s', async (_, query, args) => {
    const items = await allPages(async (after) => {
      const data = await ask<{
        chokepoints: {
          items: { entity: { id: string }; endUsersThrough: number; dependentEndUsers: string[] }[];
          pageInfo: { endCursor: string | null };
          totalCount: number;
        };
      }>(
        `query ($after: String, $statuses: [Status!], $asOf: String, $maxHops: Int) {
          chokepoints(first: 100, after: $after, statuses: $statuses, asOf: $asOf, maxHops: $maxHops) {
            items { entity { id } endUsersThrough dependentEndUsers(first: 1000) }
            pageInfo { endCursor }
            totalCount
          }
        }`,
        {
          after,
          ...('statuses' in args
            ? { statuses: (args.statuses ?? []).map((s) => s.toUpperCase()) }
            : {}),
          ...('asOf' in args ? { asOf: args.asOf, maxHops: args.maxHops } : {}),
        },
      );
      return data.chokepoints;
    });
    const expected = bruteChokepoints(brute(query));
    expect(items.length).toBe(expected.size);
    expect(
      Object.fromEntries(
        items.map((c) => [
          c.entity.id,
          { through: c.endUsersThrough, dependent: c.dependentEndUsers },
        ]),
      ),
    ).toEqual(Object.fromEntries(expected));
    const through = items.map((c) => c.endUsersThrough);
    expect(through).toEqual([...through].sort((a, b) => b - a));
  });

  it('what-if: lost and kept pairs, with their path counts', async () => {
    const { chokepoints } = await ask<{ chokepoints: { items: { entity: { id: string } }[] } }>(
      '{ chokepoints(first: 3) { items { entity { id } } } }',
    );
    const remove = [...chokepoints.items.map((c) => c.entity.id), prefix(7, 'p0')];
    const query = `query ($remove: [ID!]!, $after: String) {
      whatIf(remove: $remove) {
        lost(first: 100, after: $after) { items { endUser { id } capability { id } pathsBefore pathsAfter } pageInfo { endCursor } totalCount }
      }
    }`;
    const lost = await allPages(async (after) => {
      const data = await ask<{
        whatIf: {
          lost: {
            items: { endUser: { id: string }; capability: { id: string }; pathsBefore: number }[];
            pageInfo: { endCursor: string | null };
          };
        };
      }>(query, { remove, after });
      return data.whatIf.lost;
    });
    const removed = new Set(remove);
    const before = brutePairs(brute(ALL));
    const after = brutePairs(brute(ALL, removed));
    const inScope = (pair: string) => !pair.split('>').some((id) => removed.has(id));
    const expectedLost = [...before.keys()].filter((p) => inScope(p) && !after.has(p)).sort();
    expect(lost.length).toBeGreaterThan(0);
    expect(lost.map((c) => `${c.endUser.id}>${c.capability.id}`).sort()).toEqual(expectedLost);
    for (const c of lost)
      expect(c.pathsBefore).toBe(before.get(`${c.endUser.id}>${c.capability.id}`));

    // A server with nothing cached answers the same from its one-pass what-if.
    const fresh = yoga();
    const freshAnswer = (await (
      await fresh.fetch('http://detour.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `query ($remove: [ID!]!) { whatIf(remove: $remove) { lost(first: 100) { totalCount items { endUser { id } capability { id } pathsBefore pathsAfter } } kept { totalCount } } }`,
          variables: { remove },
        }),
      })
    ).json()) as Answer<{
      whatIf: {
        lost: { totalCount: number; items: { endUser: { id: string } }[] };
        kept: { totalCount: number };
      };
    }>;
    expect(freshAnswer.errors).toBeUndefined();
    expect(freshAnswer.data?.whatIf.lost.totalCount).toBe(expectedLost.length);
    expect(freshAnswer.data?.whatIf.lost.items).toEqual(lost.slice(0, 100));

    const kept = await ask<{
      whatIf: {
        kept: {
          totalCount: number;
          items: {
            endUser: { id: string };
            capability: { id: string };
            pathsAfter: number;
            remainingPath: { entities: string[] } | null;
          }[];
        };
      };
    }>(
      `query ($remove: [ID!]!) { whatIf(remove: $remove) { kept(first: 100) { totalCount items { endUser { id } capability { id } pathsAfter remainingPath { entities } } } } }`,
      { remove },
    );
    const expectedKept = [...after].filter(([p]) => inScope(p));
    expect(kept.whatIf.kept.totalCount).toBe(expectedKept.length);
    expect(freshAnswer.data?.whatIf.kept.totalCount).toBe(expectedKept.length);
    for (const c of kept.whatIf.kept.items) {
      expect(c.pathsAfter).toBe(after.get(`${c.endUser.id}>${c.capability.id}`));
      expect(c.remainingPath?.entities.some((id) => removed.has(id))).toBe(false);
    }
  });

  it('provider exposure: every page, with path counts and channels', async () => {
    const paths = brute(ALL);
    const providers = combined.entities.filter((e) => e.kind === 'CloudProvider').slice(0, 25);
    for (const provider of providers) {
      const items = await allPages(async (after) => {
        const data = await ask<{
          providerExposure: {
            endUsers: {
              items: {
                endUser: { id: string };
                pathCount: number;
                paths: { entities: string[] }[];
              }[];
              pageInfo: { endCursor: string | null };
            };
          };
        }>(
          `query ($provider: ID!, $after: String) {
            providerExposure(provider: $provider) {
              endUsers(first: 2, after: $after, pathsEach: 3) { items { endUser { id } pathCount paths { entities } } pageInfo { endCursor } }
            }
          }`,
          { provider: provider.id, after },
        );
        return data.providerExposure.endUsers;
      });
      const expected = bruteExposure(paths, provider.id);
      expect(Object.fromEntries(items.map((i) => [i.endUser.id, i.pathCount]))).toEqual(
        Object.fromEntries(expected.endUsers),
      );
      for (const item of items) {
        expect(item.paths.length).toBe(Math.min(3, item.pathCount));
        expect(item.paths.every((p) => p.entities.at(-2) === provider.id)).toBe(true);
      }
    }
  });

  it('accessPaths for all end users: the same paths, in the same order, page after page', async () => {
    const status = new Map(combined.relationships.map((r) => [r.id, r.status]));
    const capability = combined.entities.find((e) => e.kind === 'Chip')?.id ?? '';
    for (const [args, filter] of [
      [{}, () => true],
      [{ to: capability }, (p: BrutePath) => p.entities.at(-1) === capability],
    ] as const) {
      const all = brute({ ...ALL, maxHops: 5, indirectOnly: true }).filter(filter);
      const expected = sortLikeApi(all, status).slice(0, 120);
      let endUsers = 0;
      const got = await allPages(async (after) => {
        const data = await ask<{
          accessPaths: {
            paths: { entities: string[]; relationships: string[] }[];
            endCursor: string | null;
            endUsers: number;
          };
        }>(
          `query ($to: ID, $after: String) { accessPaths(to: $to, first: 40, after: $after) { paths { entities relationships } endCursor endUsers } }`,
          { ...args, after },
        );
        endUsers = data.accessPaths.endUsers;
        return {
          items: data.accessPaths.paths,
          pageInfo: { endCursor: data.accessPaths.endCursor },
        };
      }, expected.length);
      expect(got.slice(0, expected.length)).toEqual(
        expected.map((p) => ({ entities: p.entities, relationships: p.relationships })),
      );
      expect(endUsers).toBe(new Set(all.map((p) => p.entities[0])).size);
    }
  });

  it('refuses a question with more paths than it may walk, saying how to narrow it', async () => {
    const small = createDetourYoga({
      schema: createSchema(),
      db: database.db,
      production: true,
      accessIndex: new AccessIndex(database.db, { maxSteps: 2_000, cacheMiB: 16, warm: false }),
    });
    const response = await small.fetch('http://detour.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ chokepoints { totalCount } }' }),
    });
    const answer = (await response.json()) as Answer<unknown>;
    expect(response.status).toBe(422);
    expect(answer.errors?.[0]?.extensions?.code).toBe('ANALYSIS_TOO_LARGE');
    expect(answer.errors?.[0]?.message).toMatch(/Narrow it with `to`.*`provider`.*`maxHops`/);
  });

  it('never answers from a graph read before a write: a new import shows at the next question', async () => {
    const extra = fc.sample(networksWithin(DENSE), { seed: 7, numRuns: 1 })[0];
    if (extra === undefined) throw new Error('no network');
    const k = networks.length;
    const before = await ask<{ chokepoints: { endUsersWithAccess: number } }>(
      '{ chokepoints { endUsersWithAccess } }',
    );
    networks.push(extra);
    const all = combineNetworks(networks);
    const mine = (id: string) => id.startsWith(`n${String(k)}-`);
    await importDataset(database.db, {
      ...all,
      dataset: { ...combined.dataset, id: 'random-extra', title: 'One more network' },
      entities: all.entities.filter((e) => mine(e.id)),
      relationships: all.relationships.filter((r) => mine(r.id)),
    });
    const after = await ask<{ chokepoints: { endUsersWithAccess: number } }>(
      '{ chokepoints { endUsersWithAccess } }',
    );
    const users = new Set(brute(ALL).map((p) => p.entities[0]));
    expect(after.chokepoints.endUsersWithAccess).toBe(users.size);
    expect(after.chokepoints.endUsersWithAccess).toBeGreaterThan(
      before.chokepoints.endUsersWithAccess,
    );
  });
});
