/**
 * An investigator opens /graphql in a browser: GraphiQL loads with no request leaving the server's
 * origin (no CDN), under the production CSP, opens on the example tabs, and runs one.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshotPath } from '../../web/e2e/browser.ts';
import { runDetour, type RunningDetour } from './runDetour.ts';

type Browser = Awaited<ReturnType<typeof launchChromium>>;

let dataDir: string;
let detour: RunningDetour;
let browser: Browser;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'detour-graphiql-'));
  detour = await runDetour(dataDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await detour.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('GraphiQL in a browser', () => {
  it('loads from this server alone, opens on the examples and runs the entity query', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));

    const response = await page.goto(`${detour.url}/graphql`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.locator('.graphiql-container').first().waitFor({ timeout: 60_000 });

    const tabs = page.locator('.graphiql-tab');
    await expect.poll(() => tabs.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    const tabNames = (await tabs.allInnerTexts()).join(' ');
    for (const name of ['Entity', 'Search', 'Neighborhood']) expect(tabNames).toContain(name);

    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await expect
      // Monaco draws spaces as no-break spaces.
      .poll(async () => (await result.innerText()).replace(/\u00a0/g, ' '), { timeout: 30_000 })
      .toContain('Shenzhen University');
    await page.screenshot({ path: await screenshotPath('graphiql') });
    await copyFile(await screenshotPath('graphiql'), '/tmp/detour-graphiql.png');

    const outside = requests.filter(
      (url) => !url.startsWith(detour.url) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
    expect(outside).toEqual([]);
    expect(requests.some((url) => url.includes('/graphiql/') && url.endsWith('.worker.js'))).toBe(
      true,
    );
    expect(problems).toEqual([]);
  });
});
