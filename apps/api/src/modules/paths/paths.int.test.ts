import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../../test/testDatabase.ts';
import { loadConfig } from '../../config.ts';
import { createSchema } from '../../schema.ts';
import { createDetourYoga } from '../../yoga.ts';
import { loadSeed } from '../datasets/loadSeed.ts';
import { FULL_PROJECTION } from '../projection.ts';
import { accessPathsCypher } from './accessPathsCypher.ts';
import { shortestPathCypher } from './shortestPathCypher.ts';

const database = useTestDatabase();

interface Response<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; argument?: string } }[];
}

async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Response<T>> {
  const yoga = createDetourYoga({ schema: createSchema(), db: database.db, production: true });
  const response = await yoga.fetch('http://detour.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Response<T>;
}

interface Path {
  entities: string[];
  relationships: string[];
  intermediaries: string[];
  hops: number;
  indirect: boolean;
  avoidsDirectContact: boolean;
  coexisted: boolean;
  validFrom: string | null;
  weakestStatus: string;
  provider: string;
}

const ACCESS = `query ($from: ID, $to: ID, $provider: ID, $asOf: String, $statuses: [Status!], $indirectOnly: Boolean) {
  accessPaths(from: $from, to: $to, provider: $provider, asOf: $asOf, statuses: $statuses, indirectOnly: $indirectOnly) {
    paths { entities relationships intermediaries hops indirect avoidsDirectContact coexisted validFrom weakestStatus provider }
    subgraph { entities { id } relationships { id status sources { url } } }
    truncated
  }
}`;

async function access(variables: Record<string, unknown>) {
  const result = await graphql<{
    accessPaths: {
      paths: Path[];
      subgraph: {
        entities: { id: string }[];
        relationships: { id: string; sources: { url: string }[] }[];
      };
      truncated: boolean;
    };
  }>(ACCESS, variables);
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error('no data');
  return result.data.accessPaths;
}

beforeAll(async () => {
  await loadSeed(database.db, loadConfig({}).seedDir, () => undefined);
});

describe('accessPaths on the seed data', () => {
  it('Shenzhen University reaches the H100 only through Yunda Technology → AWS, avoiding direct contact', async () => {
    const result = await access({ from: 'shenzhen-university', to: 'nvidia-h100' });
    expect(result.paths).toEqual([
      {
        entities: ['shenzhen-university', 'yunda-technology', 'aws', 'nvidia-h100'],
        relationships: expect.any(Array) as string[],
        intermediaries: ['yunda-technology'],
        hops: 3,
        indirect: true,
        avoidsDirectContact: true,
        coexisted: true,
        validFrom: '2024-03-01',
        weakestStatus: 'REPORTED',
        provider: 'aws',
      },
    ]);
    expect(result.truncated).toBe(false);
    const relIds = new Set(result.subgraph.relationships.map((r) => r.id));
    expect(result.paths[0]?.relationships.every((id) => relIds.has(id))).toBe(true);
    expect(result.subgraph.relationships.every((r) => r.sources.length > 0)).toBe(true);
  });

  it('reaches the A100 the same way, and no capability its purchase does not cover', async () => {
    const all = await access({ from: 'shenzhen-university' });
    expect(all.paths.map((p) => p.entities.at(-1)).sort()).toEqual(['nvidia-a100', 'nvidia-h100']);
  });

  it('honours the date and status filters', async () => {
    expect(
      (await access({ from: 'shenzhen-university', to: 'nvidia-h100', asOf: '2023-06-30' })).paths,
    ).toEqual([]);
    expect(
      (await access({ from: 'shenzhen-university', to: 'nvidia-h100', asOf: '2024-06-30' })).paths,
    ).toHaveLength(1);
    expect((await access({ from: 'shenzhen-university', statuses: ['CONFIRMED'] })).paths).toEqual(
      [],
    );
  });

  it('reports direct contact only when asked for direct paths too', async () => {
    expect((await access({ from: 'bytedance' })).paths).toEqual([]);
    const direct = await access({ from: 'bytedance', indirectOnly: false });
    expect(direct.paths.map((p) => [p.entities, p.indirect, p.avoidsDirectContact])).toEqual([
      [['bytedance', 'oracle-cloud', 'nvidia-a100'], false, false],
      [['bytedance', 'oracle-cloud', 'nvidia-h100'], false, false],
    ]);
  });

  it('finds Sichuan University’s route to the OpenAI models through Xuedong and Azure', async () => {
    const result = await access({ to: 'openai-gpt-models', provider: 'microsoft-azure' });
    expect(result.paths.map((p) => p.entities)).toEqual(
      expect.arrayContaining([
        ['sichuan-university', 'xuedong-technology', 'microsoft-azure', 'openai-gpt-models'],
      ]),
    );
  });

  it('names the argument at fault', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ from: 'aws' }, 'BAD_USER_INPUT', 'from'],
      [{ from: 'nobody' }, 'NOT_FOUND', 'from'],
      [{ to: 'aws' }, 'BAD_USER_INPUT', 'to'],
      [{ provider: 'nvidia-h100' }, 'BAD_USER_INPUT', 'provider'],
      [{ asOf: '2024-13-01' }, 'BAD_USER_INPUT', 'asOf'],
    ];
    for (const [variables, code, argument] of cases) {
      const result = await graphql(ACCESS, variables);
      expect(result.errors?.[0]?.extensions, JSON.stringify(variables)).toMatchObject({
        code,
        argument,
      });
    }
    const first = await graphql('{ accessPaths(first: 501) { truncated } }');
    expect(first.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'first',
    });
  });

  it('clamps maxHops to 8 and sets truncated when first cuts the list', async () => {
    const clamped = await graphql<{ accessPaths: { paths: unknown[] } }>(
      '{ accessPaths(maxHops: 100) { paths { hops } } }',
    );
    expect(clamped.errors).toBeUndefined();
    const cut = await graphql<{ accessPaths: { paths: unknown[]; truncated: boolean } }>(
      '{ accessPaths(first: 1) { paths { hops } truncated } }',
    );
    expect(cut.data?.accessPaths).toMatchObject({ paths: [expect.anything()], truncated: true });
  });
});

describe('analyses on the seed data', () => {
  it('ranks Yunda Technology as a chokepoint Shenzhen University depends on', async () => {
    const result = await graphql<{
      chokepoints: {
        items: { entity: { id: string }; endUsersThrough: number; dependentEndUsers: string[] }[];
        complete: boolean;
      };
    }>(
      '{ chokepoints(provider: "aws") { items { entity { id } endUsersThrough endUsersDependent dependentEndUsers } complete } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.chokepoints.complete).toBe(true);
    expect(result.data?.chokepoints.items).toContainEqual(
      expect.objectContaining({
        entity: { id: 'yunda-technology' },
        endUsersThrough: 1,
        dependentEndUsers: ['shenzhen-university'],
      }),
    );
  });

  it('what-if: cutting Yunda Technology off cuts Shenzhen University off from the A100 and H100', async () => {
    const result = await graphql<{
      whatIf: {
        lost: {
          items: { endUser: { id: string }; capability: { id: string }; pathsAfter: number }[];
          totalCount: number;
        };
        kept: {
          items: { endUser: { id: string }; remainingPath: { entities: string[] } | null }[];
          subgraph: { entities: { id: string }[] };
        };
      };
    }>(
      '{ whatIf(remove: ["yunda-technology"]) { lost { items { endUser { id } capability { id } pathsAfter } totalCount } kept(first: 100) { items { endUser { id } remainingPath { entities } } subgraph { entities { id } } } } }',
    );
    expect(result.errors).toBeUndefined();
    const lost = result.data?.whatIf.lost.items.map((c) => `${c.endUser.id}→${c.capability.id}`);
    expect(lost?.sort()).toEqual([
      'shenzhen-university→nvidia-a100',
      'shenzhen-university→nvidia-h100',
    ]);
    expect(result.data?.whatIf.lost.totalCount).toBe(2);
    const kept = result.data?.whatIf.kept;
    const sichuan = kept?.items.find((c) => c.endUser.id === 'sichuan-university');
    expect(sichuan?.remainingPath?.entities).toContain('xuedong-technology');
    // The subgraph explains every remaining path.
    const ids = new Set(kept?.subgraph.entities.map((e) => e.id));
    expect(
      kept?.items.flatMap((c) => c.remainingPath?.entities ?? []).every((id) => ids.has(id)),
    ).toBe(true);
  });

  it('provider exposure: Azure reaches Sichuan University only through a reseller, and it is Entity-Listed', async () => {
    const result = await graphql<{
      providerExposure: {
        endUsers: {
          items: { endUser: { id: string }; listed: boolean; controlLists: { id: string }[] }[];
        };
        channels: { entity: { id: string }; endUsers: number; listedEndUsers: number }[];
      };
    }>(
      '{ providerExposure(provider: "microsoft-azure") { endUsers { items { endUser { id } listed controlLists { id } } } channels { entity { id } endUsers listedEndUsers } } }',
    );
    expect(result.errors).toBeUndefined();
    const users = result.data?.providerExposure.endUsers.items ?? [];
    expect(users[0]).toEqual({
      endUser: { id: 'sichuan-university' },
      listed: true,
      controlLists: [{ id: 'bis-entity-list' }],
    });
    expect(result.data?.providerExposure.channels).toContainEqual({
      entity: { id: 'xuedong-technology' },
      endUsers: 1,
      listedEndUsers: 1,
    });
  });

  it('shortestPath avoids the given entities', async () => {
    const query = `query ($avoid: [ID!]) { shortestPath(from: "shenzhen-university", to: "nvidia-h100", avoid: $avoid) { found entities } }`;
    const direct = await graphql<{ shortestPath: { found: boolean; entities: string[] } }>(query, {
      avoid: [],
    });
    expect(direct.data?.shortestPath).toEqual({
      found: true,
      entities: ['shenzhen-university', 'yunda-technology', 'aws', 'nvidia-h100'],
    });
    const avoiding = await graphql<{ shortestPath: { found: boolean } }>(query, {
      avoid: ['yunda-technology'],
    });
    expect(avoiding.data?.shortestPath.found).toBe(false);
  });
});

describe('query plans', () => {
  async function operators(cypher: string): Promise<string[]> {
    const session = database.driver.session({ database: 'neo4j' });
    try {
      const result = await session.run(`EXPLAIN ${cypher}`, {
        from: 'a',
        to: 'b',
        avoid: [],
        provider: null,
        statuses: null,
        asOf: null,
        rank: {},
        limit: 1,
      });
      const names: string[] = [];
      const walk = (plan: { operatorType: string; children: unknown[] }): void => {
        names.push(plan.operatorType);
        for (const child of plan.children)
          walk(child as { operatorType: string; children: unknown[] });
      };
      const plan = result.summary.plan;
      if (plan === false) throw new Error('no plan');
      walk(plan);
      return names;
    } finally {
      await session.close();
    }
  }

  it('shortestPath uses the bidirectional shortest-path search, never an exhaustive fallback', async () => {
    const ops = await operators(shortestPathCypher(6));
    expect(ops.some((op) => op.startsWith('StatefulShortestPath'))).toBe(true);
    expect(ops.filter((op) => /Exhaustive|AntiConditionalApply/.test(op))).toEqual([]);
  });

  it('accessPaths seeks the end user and the capability by index, with no path-pattern operator', async () => {
    const ops = await operators(
      accessPathsCypher({
        minSteps: 2,
        maxSteps: 4,
        anchors: { from: true, to: true, provider: false },
        filters: { statuses: false, asOf: false },
        details: FULL_PROJECTION,
      }),
    );
    // Both ends by seek (the planner may seek the capability once per label, under a Union), and
    // no node found by a scan, whatever the statistics the plan was made on.
    const seeks = ops.filter((op) => op.startsWith('NodeUniqueIndexSeek'));
    expect(seeks.length, ops.join(' ')).toBeGreaterThanOrEqual(2);
    // No path-pattern operator: those would expand BUYS_FROM undirected, through every customer.
    expect(
      ops.filter((op) => /VarLengthExpand|Repeat|ShortestPath|Exhaustive|Scan/.test(op)),
      ops.join(' '),
    ).toEqual([]);
    expect(ops.some((op) => op.startsWith('Expand(Into)'))).toBe(true);
  });
});
