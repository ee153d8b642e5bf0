// The analyst's journeys, each from its own fresh page so a failure names the broken step:
// search, access paths, the highlighted indirect path and its sources, the date filter, what-if,
// a shared link that reproduces the view, and a PNG export.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runDetour, type RunningDetour } from '../../api/e2e/runDetour.ts';
import { launchChromium, screenshotPath } from './browser.ts';

const SZU_H100 = 'view=paths&from=shenzhen-university&to=nvidia-h100';
const PATH_EDGES = [
  'shenzhen-university-buys-from-yunda',
  'yunda-buys-from-aws',
  'aws-offers-h100',
];

let dataDir: string;
let detour: RunningDetour;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'detour-analyst-e2e-'));
  detour = await runDetour(dataDir);
  browser = await launchChromium();
});

afterEach(async () => {
  await context.close();
});

afterAll(async () => {
  await browser.close();
  await detour.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function open(query = ''): Promise<Page> {
  context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  await page.goto(`${detour.url}/${query === '' ? '' : `?${query}`}`);
  return page;
}

/** Waits until the view's requests are done and the canvas is laid out. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => window.__detour?.layoutDone === true && !window.__detour.analysis.loading,
  );
}

function listedPaths(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__detour?.analysis.paths ?? []);
}

function classesOf(page: Page, ids: readonly string[]): Promise<string[][]> {
  return page.evaluate(
    (list) => list.map((id) => window.cy?.getElementById(id).classes() ?? []),
    [...ids],
  );
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: await screenshotPath(name) });
}

describe('an analyst follows the routes to restricted compute', () => {
  it('1. searches for Shenzhen University and sees its network', async () => {
    const page = await open();
    const search = page.getByRole('combobox', { name: 'Search entities' });
    await search.fill('Shenzhen');
    await page
      .getByRole('option', { name: /Shenzhen University/ })
      .first()
      .waitFor();
    await search.press('Enter');
    await page.waitForFunction(
      () => window.cy?.getElementById('yunda-technology').nonempty() === true,
    );
    await settled(page);
    expect(new URL(page.url()).searchParams.get('centre')).toBe('shenzhen-university');
    await shot(page, 'analyst-1-search');
  });

  it('2. finds the access paths from Shenzhen University to the H100', async () => {
    const page = await open('centre=shenzhen-university');
    await settled(page);
    await page.getByRole('tab', { name: 'Access paths' }).click();
    const capability = page.getByRole('combobox', { name: 'Chip or model' });
    await capability.fill('H100');
    await page
      .getByRole('option', { name: /Nvidia H100/ })
      .first()
      .waitFor();
    await capability.press('Enter');
    await page.waitForFunction(() => window.__detour?.analysis.paths.length === 1);
    await settled(page);
    const url = new URL(page.url()).searchParams;
    expect([url.get('view'), url.get('from'), url.get('to')]).toEqual([
      'paths',
      'shenzhen-university',
      'nvidia-h100',
    ]);
    expect(await listedPaths(page)).toEqual([PATH_EDGES.join(',')]);
    await shot(page, 'analyst-2-paths');

    // Back steps through the choices: first the capability, then the view itself.
    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('to'));
    await page.goBack();
    await page.waitForFunction(() => window.__detour?.analysis.view === 'network');
    await page.goForward();
    await page.goForward();
    await page.waitForFunction(() => window.__detour?.analysis.paths.length === 1);
  });

  it('3. sees the indirect path highlighted and opens its sources', async () => {
    const page = await open(SZU_H100);
    await page.waitForFunction(() => window.__detour?.analysis.paths.length === 1);
    await settled(page);
    for (const classes of await classesOf(page, [...PATH_EDGES, 'yunda-technology'])) {
      expect(classes).toContain('avoids-contact');
    }
    await page.getByRole('button', { name: /Shenzhen University → Yunda/ }).click();
    const details = page.getByRole('complementary');
    await details.getByText(/stands between Shenzhen University and Amazon Web Services/).waitFor();
    await details.getByText(/has no contract of its own with Amazon Web Services/).waitFor();
    const source = details.getByRole('link', { name: /Chinese entities turn to Amazon cloud/ });
    expect(await source.count()).toBe(PATH_EDGES.length);
    expect(await source.first().getAttribute('href')).toMatch(/^https:\/\//);
    await details.getByText('Reuters', { exact: false }).first().waitFor();
    expect(new URL(page.url()).searchParams.get('sel')).toBe(`p:${PATH_EDGES.join(',')}`);
    await shot(page, 'analyst-3-path-sources');
  });

  it('4. filters by date: no path before the purchase, the path after', async () => {
    const page = await open(SZU_H100);
    await page.waitForFunction(() => window.__detour?.analysis.paths.length === 1);
    const date = page.getByLabel('As of');
    await date.fill('2023-06-30');
    await page
      .getByRole('region', { name: 'Analysis' })
      .getByText('No access path', { exact: true })
      .waitFor();
    await settled(page);
    expect(await listedPaths(page)).toEqual([]);
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('2023-06-30');
    await shot(page, 'analyst-4a-before');
    await date.fill('2024-06-30');
    await page.waitForFunction(() => window.__detour?.analysis.paths.length === 1);
    await settled(page);
    expect(await listedPaths(page)).toEqual([PATH_EDGES.join(',')]);
    await shot(page, 'analyst-4b-after');
  });

  it('5. cuts Yunda Technology off and sees Shenzhen University lose the H100', async () => {
    const page = await open('view=whatif&to=nvidia-h100');
    const yunda = page.getByRole('checkbox', { name: /Yunda Technology/ });
    await yunda.check();
    await page.waitForFunction(() =>
      window.__detour?.analysis.lost.includes('shenzhen-university→nvidia-h100'),
    );
    await settled(page);
    const [university, cut] = await classesOf(page, ['shenzhen-university', 'yunda-technology']);
    expect(university).toContain('loses-access');
    expect(cut).toContain('removed');
    expect(new URL(page.url()).searchParams.get('removed')).toBe('yunda-technology');
    await page
      .getByRole('list', { name: 'End users that lose access' })
      .getByText(/loses Nvidia H100/)
      .waitFor();
    await shot(page, 'analyst-5-what-if');
  });

  it('6. copies the link and gets the same view in a new page', async () => {
    const page = await open(SZU_H100);
    await page.waitForFunction(() => window.__detour?.analysis.paths.length === 1);
    await page.getByRole('button', { name: /Shenzhen University → Yunda/ }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Link copied').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    await settled(page);
    const view = (p: Page) =>
      p.evaluate(() => ({
        nodes: (window.cy?.nodes().map((n) => n.id()) ?? []).sort(),
        focused: (window.cy?.elements('.focus').map((e) => e.id()) ?? []).sort(),
      }));
    const before = await view(page);
    const copy = await context.newPage();
    await copy.goto(link);
    await copy.waitForFunction(() => window.__detour?.analysis.paths.length === 1);
    await settled(copy);
    expect(await view(copy)).toEqual(before);
    expect(before.focused).toEqual(expect.arrayContaining(PATH_EDGES));
    await copy.getByText(/stands between Shenzhen University/).waitFor();
    await shot(copy, 'analyst-6-shared-link');
  });

  it('7. exports the canvas as a PNG', async () => {
    const page = await open(SZU_H100);
    await page.waitForFunction(() => window.__detour?.analysis.paths.length === 1);
    await settled(page);
    await page.getByText('Export', { exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG image' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(5_000);
    await shot(page, 'analyst-7-export');
  });
});
