// The explorer on a synthetic network of several thousand entities (`pnpm detour generate` with a
// custom size): What-if, Exposure and every end user's access paths answer with the API's totals
// and ranked pages, the canvas draws groups instead of every end user, and a cut gives lost and
// kept counts that agree with the figures of what was cut.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runDetour, type RunningDetour } from '../../api/e2e/runDetour.ts';
import { launchChromium, screenshotPath } from './browser.ts';

const API_DIR = fileURLToPath(new URL('../../api/', import.meta.url));
const SIZE = '5000x50000';

let dataDir: string;
let detour: RunningDetour;
let browser: Browser;
let context: BrowserContext;

/** `pnpm detour generate` into the data directory, on its own embedded Neo4j. */
function generate(dir: string): Promise<void> {
  const env: Record<string, string | undefined> = { ...process.env, DETOUR_DATA_DIR: dir };
  delete env['NEO4J_URI'];
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'generate', '--size', SIZE, '--seed', '7'],
    { cwd: API_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output: string[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => output.push(line));
  createInterface({ input: child.stderr }).on('line', (line) => output.push(line));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`generate exited with ${String(code)}:\n${output.join('\n')}`));
    });
  });
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'detour-scale-e2e-'));
  await generate(dataDir);
  detour = await runDetour(dataDir);
  browser = await launchChromium();
}, 600_000);

afterEach(async () => {
  await context.close();
});

afterAll(async () => {
  await browser.close();
  await detour.stop();
  await rm(dataDir, { recursive: true, force: true });
});

async function open(query: string): Promise<Page> {
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${detour.url}/?${query}`);
  return page;
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => window.__detour?.layoutDone === true && !window.__detour.analysis.loading,
    undefined,
    { timeout: 60_000 },
  );
}

/** The numbers in a text, in order: "4,161 end users reach … 966" → [4161, 966]. */
async function numbers(locator: Locator): Promise<number[]> {
  const text = await locator.innerText();
  return [...text.matchAll(/\d[\d,]*/g)].map((m) => Number(m[0].replace(/,/g, '')));
}

/** Nodes on the canvas, and how many of them are groups with their labels. */
function canvas(page: Page) {
  return page.evaluate(() => {
    const cy = window.cy;
    return {
      nodes: cy?.nodes().length ?? 0,
      groups: cy?.nodes('[count]').map((n) => String(n.data('label'))) ?? [],
    };
  });
}

async function noErrors(page: Page): Promise<void> {
  expect(await page.getByRole('alert').allInnerTexts()).toEqual([]);
}

describe(`the explorer on a ${SIZE} synthetic network`, () => {
  it('ranks chokepoints with totals, pages through them, and answers a cut', async () => {
    const page = await open('view=whatif');
    const analysis = page.getByRole('region', { name: 'Analysis' });
    const summary = analysis.getByRole('status').filter({ hasText: /reach a controlled/ });
    await summary.waitFor({ timeout: 60_000 });
    const [withAccess = 0, intermediaries = 0] = await numbers(summary);
    expect(withAccess).toBeGreaterThan(1_000);
    expect(intermediaries).toBeGreaterThan(10);

    const ranked = analysis.getByRole('group', { name: /^Cut off/ }).getByRole('checkbox');
    expect(await ranked.count()).toBe(10);
    const pager = analysis.getByRole('navigation', { name: 'Pages of chokepoints' });
    expect(await pager.innerText()).toContain(`1–10 of ${intermediaries.toLocaleString('en')}`);
    await settled(page);
    await noErrors(page);
    // One node per ranked intermediary and one for the end users through each: no hairball.
    const drawn = await canvas(page);
    expect(drawn.nodes).toBeLessThanOrEqual(25);
    expect(drawn.groups).toHaveLength(10);
    for (const label of drawn.groups) expect(label).toMatch(/^\+[\d,]+ end users?/);

    // The top chokepoint: how many go through it, how many depend on it alone.
    const top = analysis.locator('.chokepoint').first();
    const name = await top.locator('.chokepoint-name').innerText();
    const [through = 0, dependent = 0] = await numbers(top.locator('.chokepoint-counts'));
    await top.getByRole('checkbox').check();
    const lostHeading = analysis.getByRole('heading', { name: /^Lose access/ });
    const keptHeading = analysis.getByRole('heading', { name: /^Keep access/ });
    await lostHeading.waitFor();
    await settled(page);
    const [lost = -1] = await numbers(lostHeading);
    const [kept = -1] = await numbers(keptHeading);
    // Those who depend on it lose everything; only those whose paths pass through it lose anything;
    // every end user with access keeps or loses each chip or model.
    expect(lost).toBeGreaterThanOrEqual(dependent);
    expect(lost).toBeLessThanOrEqual(through);
    expect(kept).toBeLessThanOrEqual(withAccess);
    expect(lost + kept).toBeGreaterThanOrEqual(withAccess);
    expect(
      await analysis
        .getByRole('list', { name: 'End users that lose access' })
        .getByRole('listitem')
        .count(),
    ).toBeGreaterThan(0);
    expect(
      await analysis
        .getByRole('list', { name: 'End users that keep access' })
        .getByRole('listitem')
        .count(),
    ).toBeGreaterThan(0);
    await noErrors(page);
    await page.screenshot({ path: await screenshotPath('scale-1-what-if') });

    // The next page of the ranking: the cut one is still listed, and the answer stays.
    await pager.getByRole('button', { name: /Next/ }).click();
    await page.waitForFunction(() =>
      document.querySelector('[aria-label="Pages of chokepoints"]')?.textContent.includes('11–20'),
    );
    const also = analysis.getByRole('group', { name: 'Also cut off' });
    expect(await also.getByRole('checkbox', { name }).isChecked()).toBe(true);
    expect(await numbers(lostHeading)).toEqual([lost]);
  });

  it('passes the filters to the analyses: fewer statuses, fewer end users with access', async () => {
    const page = await open('view=whatif');
    const analysis = page.getByRole('region', { name: 'Analysis' });
    const summary = analysis.getByRole('status').filter({ hasText: /reach a controlled/ });
    await summary.waitFor({ timeout: 60_000 });
    const [all = 0] = await numbers(summary);
    await analysis.getByRole('checkbox', { name: 'Confirmed', exact: true }).uncheck();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('status'));
    await page.waitForFunction(
      (before) => {
        const text = [...document.querySelectorAll('.analysis-counts')].map((e) => e.textContent);
        const shown = Number((/[\d,]+/.exec(text.join(' '))?.[0] ?? '').replace(/,/g, ''));
        return shown > 0 && shown < before;
      },
      all,
      { timeout: 60_000 },
    );
    await noErrors(page);
  });

  it('shows a provider’s exposure: totals, channels and a page of exposed end users', async () => {
    const page = await open('view=exposure');
    const analysis = page.getByRole('region', { name: 'Analysis' });
    const picker = analysis.getByRole('combobox', { name: 'Cloud provider' });
    await picker.fill('Nimbus');
    await page
      .getByRole('option', { name: /Nimbus Cloud/ })
      .first()
      .waitFor();
    await picker.press('Enter');
    const summary = analysis.getByRole('status').filter({ hasText: /only through intermediaries/ });
    await summary.waitFor({ timeout: 60_000 });
    const [exposed = 0, reaching = 0, listed = -1] = await numbers(summary);
    expect(exposed).toBeGreaterThan(25);
    expect(exposed).toBeLessThanOrEqual(reaching);
    expect(listed).toBeGreaterThanOrEqual(0);
    expect(listed).toBeLessThanOrEqual(exposed);

    const items = analysis.getByRole('list', { name: 'Exposed end users' }).locator(':scope > li');
    expect(await items.count()).toBe(25);
    const channels = analysis.getByRole('list', { name: 'Channels' }).getByRole('listitem');
    expect(await channels.count()).toBeGreaterThan(0);
    const [topChannel = 0] = await numbers(channels.first().locator('.muted'));
    expect(topChannel).toBeLessThanOrEqual(exposed);
    await settled(page);
    await noErrors(page);
    const drawn = await canvas(page);
    expect(drawn.groups.length).toBeGreaterThan(0);
    expect(drawn.nodes).toBeLessThan(60);
    await page.screenshot({ path: await screenshotPath('scale-2-exposure') });

    const first = await items.first().locator('.exposure-name').innerText();
    await analysis
      .getByRole('navigation', { name: 'Pages of exposed end users' })
      .getByRole('button', { name: /Next/ })
      .click();
    await page.waitForFunction(
      (before) =>
        document.querySelector('.exposure-list .exposure-name')?.textContent !== before &&
        document.querySelector('.exposure.is-stale') === null,
      first,
    );
    expect(await items.count()).toBeGreaterThan(0);
    await noErrors(page);
  });

  it('counts every end user’s access paths and pages through them', async () => {
    const page = await open('view=paths');
    const analysis = page.getByRole('region', { name: 'Analysis' });
    const summary = analysis.getByRole('status').filter({ hasText: /reach a controlled/ });
    await summary.waitFor({ timeout: 60_000 });
    const [endUsers = 0] = await numbers(summary);
    expect(endUsers).toBeGreaterThan(1_000);
    await page.waitForFunction(() => window.__detour?.analysis.paths.length === 100);
    const firstPage = await page.evaluate(() => window.__detour?.analysis.paths ?? []);
    await analysis
      .getByRole('navigation', { name: 'Pages of access paths' })
      .getByRole('button', { name: /Next/ })
      .click();
    await page.waitForFunction((before) => {
      const now = window.__detour?.analysis.paths ?? [];
      return now.length > 0 && now[0] !== before;
    }, firstPage[0]);
    await settled(page);
    await noErrors(page);
  });
});
