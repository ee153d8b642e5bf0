import type { Page } from 'playwright-core';

/** Frames per second while the page pans and zooms for `ms` (idle when `move` is false). */
export async function measureFps(page: Page, ms: number, move: boolean): Promise<number> {
  const fps = await page.evaluate(({ ms, move }) => window.__benchTools?.fps(ms, move), {
    ms,
    move,
  });
  if (fps === undefined) throw new Error('the W4 page exposes no __benchTools');
  return fps;
}

/** Cytoscape alone re-adding the same elements: the baseline for first render. */
export async function bareCytoscapeRender(page: Page): Promise<number> {
  const ms = await page.evaluate(() => window.__benchTools?.bareRender());
  if (ms === undefined) throw new Error('the W4 page exposes no __benchTools');
  return ms;
}
