import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../test/testDatabase.ts';
import { loadConfig, REPO_ROOT } from './config.ts';
import { loadSeed } from './modules/datasets/loadSeed.ts';
import { createSchema } from './schema.ts';
import { createDetourYoga } from './yoga.ts';

const database = useTestDatabase();
const dir = join(REPO_ROOT, 'docs', 'cookbook');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.graphql'))
  .sort();

beforeAll(async () => {
  await loadSeed(database.db, loadConfig({}).seedDir, () => undefined);
});

/** What each recipe must show on the seed data, beyond answering without errors. */
const expectations: Record<string, (data: unknown) => void> = {
  '01-paths-avoiding-the-provider.graphql': (data) => {
    expect(data).toMatchObject({
      accessPaths: { paths: [{ intermediaries: ['yunda-technology'], avoidsDirectContact: true }] },
    });
  },
  '03-provider-exposure.graphql': (data) => {
    const { endUsers } = (data as { providerExposure: { endUsers: { items: unknown[] } } })
      .providerExposure;
    expect(endUsers.items[0]).toMatchObject({
      endUser: { name: 'Sichuan University' },
      listed: true,
    });
  },
  '04-chokepoints.graphql': (data) => {
    const { chokepoints } = data as {
      chokepoints: { complete: boolean; items: { dependentEndUsers: string[] }[] };
    };
    expect(chokepoints.complete).toBe(true);
    expect(chokepoints.items.flatMap((c) => c.dependentEndUsers)).toContain('shenzhen-university');
  },
  '05-what-if.graphql': (data) => {
    expect(JSON.stringify(data)).toContain('Shenzhen University');
  },
  '06-cjk-search.graphql': (data) => {
    expect(JSON.stringify(data)).toContain('四川大学');
  },
  '07-hub-neighbourhood.graphql': (data) => {
    expect(data).toMatchObject({ neighborhood: { truncated: true } });
  },
  '08-shortest-path-avoiding.graphql': (data) => {
    expect(data).toMatchObject({ shortestPath: { found: false } });
  },
  '09-stats-and-sources.graphql': (data) => {
    expect(data).toMatchObject({ stats: { datasets: ['detour-seed'], incomplete: [] } });
  },
  '10-pasted-name-search.graphql': (data) => {
    expect(data).toMatchObject({
      listed: [{ entity: { id: 'yunda-technology' }, match: { quality: 'EXACT', alias: false } }],
      withStopWords: [{ entity: { id: 'uestc' }, match: { quality: 'EXACT' } }],
      withTypos: [{ entity: { id: 'shenzhen-university' }, match: { quality: 'FUZZY' } }],
      chineseLegalName: [
        {
          entity: { id: 'yunda-technology' },
          match: { quality: 'EXACT', alias: true, name: '成都运达科技' },
        },
      ],
    });
  },
};

describe('docs/cookbook', () => {
  it('has recipes', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s answers on the seed data', async (file) => {
    const yoga = createDetourYoga({ schema: createSchema(), db: database.db, production: true });
    const response = await yoga.fetch('http://detour.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: readFileSync(join(dir, file), 'utf8') }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data).toBeTruthy();
    expectations[file]?.(body.data);
  });
});
