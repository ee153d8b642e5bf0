// The W4 page: Detour's own GraphCanvas (layered positions, toElements, styles, Cytoscape) on a
// synthetic subgraph, timed with performance marks that the bench reads through page.evaluate.
import { createRoot } from 'react-dom/client';
import { GraphCanvas } from '../../../apps/web/src/graph/GraphCanvas.tsx';
import type { CanvasLayout } from '../../../apps/web/src/graph/applyElements.ts';
import { DEFAULT_LAYOUT, layeredLayout } from '../../../apps/web/src/graph/layeredLayout.ts';
import { chooseRenderMode } from '../../../apps/web/src/graph/renderMode.ts';
import { toElements } from '../../../apps/web/src/graph/toElements.ts';
import { benchSubgraph } from './benchSubgraph.ts';
import { benchTools, type BenchTools } from './frames.ts';
import { nextFrame, waitFor, type PageTimings } from './timing.ts';

declare global {
  interface Window {
    __bench?: PageTimings | { error: string };
    __benchTools?: BenchTools;
  }
}

window.__benchTools = benchTools;

async function run(): Promise<PageTimings> {
  const params = new URLSearchParams(location.search);
  const elements = Number(params.get('elements') ?? '2000');
  const layout: CanvasLayout = params.get('layout') === 'force' ? 'force' : 'layered';
  const subgraph = benchSubgraph(elements, 42);
  // The adapter's two pure steps on their own, as GraphCanvas runs them, to split the render time.
  let t = performance.now();
  const positions = layeredLayout(subgraph.entities, DEFAULT_LAYOUT, subgraph.relationships);
  const layeredMs = performance.now() - t;
  const { simple } = chooseRenderMode(
    subgraph.entities.length + subgraph.relationships.length,
    false,
  );
  t = performance.now();
  const count = toElements(subgraph, layout === 'layered' && !simple ? positions : {}).length;
  const toElementsMs = performance.now() - t;

  const root = document.getElementById('root');
  if (root === null) throw new Error('no #root');
  await nextFrame();
  performance.mark('render-start');
  createRoot(root).render(
    <GraphCanvas
      subgraph={subgraph}
      selectedId={null}
      onSelect={() => undefined}
      layout={layout}
      label="bench"
    />,
  );
  await waitFor(() => window.__detour?.layoutDone === true);
  performance.mark('layout-done');
  await nextFrame();
  await nextFrame();
  performance.mark('first-paint');
  const measure = (from: string, to: string) =>
    performance.measure(`${from}→${to}`, from, to).duration;
  return {
    elements: count,
    layout,
    layeredMs,
    toElementsMs,
    layoutDoneMs: measure('render-start', 'layout-done'),
    firstRenderMs: measure('render-start', 'first-paint'),
    renderMode: window.__detour?.renderMode ?? { simple: false, webgl: false },
  };
}

run().then(
  (timings) => {
    window.__bench = timings;
  },
  (error: unknown) => {
    window.__bench = { error: String(error) };
  },
);
