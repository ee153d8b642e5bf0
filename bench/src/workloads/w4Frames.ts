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

/**
 * Frames per second over about `ms` while the mouse drags the background and turns the wheel, as
 * an analyst pans and zooms (unlike `measureFps`, this goes through Cytoscape's gesture handling,
 * where large graphs pan a snapshot of the canvas).
 */
export async function measureGestureFps(page: Page, ms: number): Promise<number> {
  const counting = measureFps(page, ms, false);
  const started = Date.now();
  // The band above the fitted graph is empty (the status line's inset), so a drag there pans.
  const x = 640;
  const y = 30;
  while (Date.now() - started < ms - 400) {
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let step = 1; step <= 20; step++) {
      const angle = (step / 20) * 2 * Math.PI;
      await page.mouse.move(x + 150 * Math.sin(angle), y + 80 * (1 - Math.cos(angle)));
    }
    await page.mouse.up();
    for (let turn = 0; turn < 6; turn++) {
      await page.mouse.wheel(0, turn < 3 ? -120 : 120);
      await page.waitForTimeout(30);
    }
  }
  return counting;
}
