import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetour, type RunningDetour } from '../../api/e2e/runDetour.ts';
import { launchChromium, screenshotPath } from './browser.ts';

let dataDir: string;
let detour: RunningDetour;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'detour-e2e-'));
  detour = await runDetour(dataDir);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
});

afterAll(async () => {
  await browser.close();
  await detour.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/** What the canvas holds, read from the Cytoscape instance itself. */
function canvasState(p: Page) {
  return p.evaluate(() => {
    const cy = window.cy;
    if (!cy) return null;
    return {
      nodes: cy
        .nodes()
        .map((n) => ({ id: n.id(), kind: String(n.data('kind')), x: n.position('x') })),
      edges: cy
        .edges()
        .map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
      layoutDone: window.__detour?.layoutDone ?? false,
    };
  });
}

describe('an analyst explores from the search box', () => {
  it('searches for Shenzhen University and sees its chain to the H100 drawn, every edge sourced', async () => {
    await page.goto(detour.url);
    const search = page.getByRole('combobox', { name: /search/i });
    await search.fill('Shenzhen');
    const option = page.getByRole('option', { name: /Shenzhen University/ });
    await option.first().waitFor();
    await page.screenshot({ path: await screenshotPath('1-search') });
    await search.press('Enter');

    await page.waitForFunction(
      () =>
        window.__detour?.layoutDone === true &&
        window.cy?.getElementById('nvidia-h100').nonempty() === true,
    );
    const state = await canvasState(page);
    expect(state).not.toBeNull();
    const ids = state?.nodes.map((n) => n.id) ?? [];
    expect(ids).toEqual(expect.arrayContaining(['shenzhen-university', 'yunda-technology', 'aws']));
    const edge = (source: string, target: string): boolean =>
      state?.edges.some((e) => e.source === source && e.target === target) ?? false;
    expect(edge('shenzhen-university', 'yunda-technology')).toBe(true);
    expect(edge('yunda-technology', 'aws')).toBe(true);
    expect(edge('aws', 'nvidia-h100')).toBe(true);

    // Layered left to right: end user, then intermediary, then provider.
    const x = (id: string): number => state?.nodes.find((n) => n.id === id)?.x ?? Number.NaN;
    expect(x('shenzhen-university')).toBeLessThan(x('yunda-technology'));
    expect(x('yunda-technology')).toBeLessThan(x('aws'));
    expect(x('aws')).toBeLessThan(x('nvidia-h100'));
    await page.screenshot({ path: await screenshotPath('2-chain-to-h100') });
  });

  it('opens an edge and sees its status and sources with links', async () => {
    await page.evaluate(() => {
      const edge = window.cy
        ?.edges()
        .filter(
          (e) =>
            e.source().id() === 'shenzhen-university' && e.target().id() === 'yunda-technology',
        );
      edge?.first().emit('tap');
    });
    const details = page.getByRole('complementary');
    await details
      .getByText(/reported/i)
      .first()
      .waitFor();
    const links = details.getByRole('link');
    expect(await links.count()).toBeGreaterThan(0);
    expect(await links.first().getAttribute('href')).toMatch(/^https?:\/\//);
    await page.screenshot({ path: await screenshotPath('3-edge-sources') });
  });

  it('draws a smaller neighbourhood at one hop', async () => {
    await page.getByRole('combobox', { name: /hops/i }).selectOption('1');
    await page.waitForFunction(
      () => window.__detour?.layoutDone === true && window.cy?.nodes().length === 2,
    );
    const state = await canvasState(page);
    expect(state?.nodes.map((n) => n.id).sort()).toEqual([
      'shenzhen-university',
      'yunda-technology',
    ]);
  });
});

describe('an analyst pastes names as screening lists and articles print them', () => {
  it('finds each name first and says why it matched', async () => {
    await page.goto(detour.url);
    const search = page.getByRole('combobox', { name: /search/i });
    const firstOption = page.getByRole('option').first();
    const expectFirst = async (query: string, name: RegExp, reason: RegExp): Promise<void> => {
      await search.fill(query);
      await page.getByRole('option', { name }).first().waitFor();
      // Wait for the answer to this query, not the previous one's hits.
      await page.waitForFunction(() => document.querySelector('.search-option.is-stale') === null);
      const text = (await firstOption.textContent()) ?? '';
      expect(text, query).toMatch(name);
      expect(text, query).toMatch(reason);
    };
    await expectFirst('Harbin Institute of Technology', /^Harbin Institute of Technology/, /exact/);
    await expectFirst('Shenzen Univrsity', /^Shenzhen University/, /close spelling/);
    await expectFirst('Yunda Technology Co., Ltd.', /^Yunda Technology Ltd Co/, /exact/);
    await expectFirst(
      '成都运达科技股份有限公司',
      /^Yunda Technology/,
      /exact · alias 成都运达科技/,
    );
    await page.screenshot({ path: await screenshotPath('4-search-pasted-name') });

    await search.fill('of the');
    await page
      .getByText(/No matching entities/)
      .first()
      .waitFor();
  });
});
