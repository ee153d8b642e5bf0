import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { javaProcessesMentioning, runDetour } from './runDetour.ts';

const dataDir = await mkdtemp(join(tmpdir(), 'detour-start-'));

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function graphql(url: string, query: string): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

describe('pnpm start on the embedded database', () => {
  it('loads the seed data on the first start, serves page and API on one port, and leaves no JVM after Ctrl-C', async () => {
    const detour = await runDetour(dataDir);
    try {
      expect(detour.output.some((line) => line.startsWith('Loaded seed dataset'))).toBe(true);
      const page = await fetch(detour.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      expect(
        await graphql(detour.url, '{ entity(id: "shenzhen-university") { name aliases } }'),
      ).toMatchObject({
        data: {
          entity: {
            name: 'Shenzhen University',
            aliases: expect.arrayContaining(['深圳大学']) as string[],
          },
        },
      });
      expect((await fetch(`${detour.url}/ready`)).status).toBe(200);
    } finally {
      expect(await detour.stop()).toBe(0);
    }
    expect(await javaProcessesMentioning(dataDir)).toEqual([]);
  });

  it('reuses the stored database on the second start and loads nothing twice', async () => {
    const detour = await runDetour(dataDir);
    try {
      expect(detour.output.filter((line) => line.startsWith('Loaded seed dataset'))).toEqual([]);
      const result = (await graphql(
        detour.url,
        '{ search(query: "Shenzhen University", first: 5) { entity { id } } }',
      )) as {
        data: { search: { entity: { id: string } }[] };
      };
      expect(
        result.data.search.filter((hit) => hit.entity.id === 'shenzhen-university'),
      ).toHaveLength(1);
    } finally {
      expect(await detour.stop()).toBe(0);
    }
    expect(await javaProcessesMentioning(dataDir)).toEqual([]);
  });

  it('fails fast, naming the URI, when NEO4J_URI points at no server', async () => {
    await expect(runDetour(dataDir, { NEO4J_URI: 'bolt://127.0.0.1:1' })).rejects.toThrow(
      /Cannot connect to Neo4j at bolt:\/\/127\.0\.0\.1:1/,
    );
  });
});
