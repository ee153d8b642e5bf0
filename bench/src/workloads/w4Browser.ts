import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../apps/web/e2e/browser.ts';
import type { BenchOptions } from '../options.ts';
import type { Results } from '../report/results.ts';
import { median, p95 } from '../stats/stats.ts';
import type { PageTimings } from '../w4page/timing.ts';
import { bareCytoscapeRender, measureFps, measureGestureFps } from './w4Frames.ts';
import { buildPage, servePage } from './w4Page.ts';

const CONFIGS = [
  { elements: 2_000, layout: 'layered' },
  { elements: 10_000, layout: 'layered' },
  { elements: 2_000, layout: 'force' },
] as const;

interface Run {
  readonly timings: PageTimings;
  readonly fps: number;
  readonly gestureFps: number;
  readonly idleFps: number;
  readonly bareMs: number;
}

async function runOnce(browser: Browser, url: string, fpsMs: number): Promise<Run> {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
  });
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 180_000 });
    const result = await page.evaluate(() => window.__bench);
    if (result === undefined || 'error' in result) {
      throw new Error(`W4 page failed: ${result === undefined ? 'no result' : result.error}`);
    }
    const fps = await measureFps(page, fpsMs, true);
    const gestureFps = await measureGestureFps(page, fpsMs);
    const idleFps = await measureFps(page, Math.min(fpsMs, 1000), false);
    const bareMs = await bareCytoscapeRender(page);
    return { timings: result, fps, gestureFps, idleFps, bareMs };
  } finally {
    await page.close();
  }
}

/**
 * W4: Detour's GraphCanvas in Debian's chromium (headless, no GPU): time to first render and to
 * layoutstop for 2k and 10k elements, and frames per second during a scripted pan and zoom
 * (viewport set every frame) and during mouse drags and wheel turns.
 */
export async function runW4(
  options: BenchOptions,
  results: Results,
  log: (line: string) => void,
): Promise<void> {
  log('  W4: building the page with Vite …');
  const dist = await buildPage();
  const { origin, server } = await servePage(dist);
  const browser = await launchChromium();
  try {
    for (const config of CONFIGS) {
      const repeats = options.quick ? 2 : 5;
      const runs: Run[] = [];
      for (let r = 0; r < repeats; r++) {
        const url = `${origin}/index.html?elements=${String(config.elements)}&layout=${config.layout}`;
        runs.push(await runOnce(browser, url, options.quick ? 1500 : 3000));
      }
      const last = runs[runs.length - 1]?.timings;
      const label = `${config.elements.toLocaleString('en-US')} elements, ${config.layout}`;
      const first = runs.map((r) => r.timings.firstRenderMs);
      const mode = last
        ? `${last.renderMode.webgl ? 'WebGL' : 'canvas'}${last.renderMode.simple ? ', simple styles' : ''}`
        : '';
      results.add({
        workload: 'W4',
        size: '-',
        figure: `first render, ${label} (GraphCanvas)`,
        unit: 'ms',
        median: median(first),
        p95: p95(first),
        baseline: {
          label: 'bare cytoscape add + paint',
          median: median(runs.map((r) => r.bareMs)),
        },
        ...(config.elements === 2_000 && config.layout === 'layered'
          ? { target: { text: '≤ 1 s', met: median(first) <= 1000 } }
          : {}),
        note: `${String(repeats)} page loads, ${mode}; layeredLayout ${median(runs.map((r) => r.timings.layeredMs)).toFixed(0)} ms, toElements ${median(runs.map((r) => r.timings.toElementsMs)).toFixed(0)} ms`,
      });
      const layout = runs.map((r) => r.timings.layoutDoneMs);
      results.add({
        workload: 'W4',
        size: '-',
        figure: `render → layoutstop, ${label}`,
        unit: 'ms',
        median: median(layout),
        p95: p95(layout),
      });
      const fps = runs.map((r) => r.fps);
      results.add({
        workload: 'W4',
        size: '-',
        figure: `pan + zoom frame rate, ${label}`,
        unit: 'FPS',
        median: median(fps),
        p95: null,
        baseline: { label: 'idle frame rate', median: median(runs.map((r) => r.idleFps)) },
      });
      results.add({
        workload: 'W4',
        size: '-',
        figure: `mouse drag + wheel frame rate, ${label}`,
        unit: 'FPS',
        median: median(runs.map((r) => r.gestureFps)),
        p95: null,
        baseline: { label: 'idle frame rate', median: median(runs.map((r) => r.idleFps)) },
      });
    }
  } finally {
    await browser.close();
    server.close();
  }
}
