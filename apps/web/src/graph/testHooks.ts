// What browser tests read: `window.cy` (the instance) and `window.__detour` (plain facts).
import type { Core } from 'cytoscape';
import { config } from '../config.ts';

export interface DetourTestHooks {
  /** False while the graph is being laid out, true once its nodes are placed and fitted. */
  layoutDone: boolean;
  /** The selected entity or relationship id. */
  selected: string | null;
  /** How many entities and relationships the canvas holds. */
  subgraph: { entities: number; relationships: number };
  /** Simpler styles and the WebGL renderer, chosen by graph size (renderMode.ts). */
  renderMode: { simple: boolean; webgl: boolean };
  /** Facts about the analysis in view, reported by the features. */
  analysis: {
    view: string;
    /** True while any request for the view is running. */
    loading: boolean;
    /** pathKey of every access path listed, in order. */
    paths: string[];
    /** "endUser→capability" pairs that lose access in the what-if. */
    lost: string[];
  };
}

declare global {
  interface Window {
    cy?: Core;
    __detour?: DetourTestHooks;
  }
}

function hooks(): DetourTestHooks {
  window.__detour ??= {
    layoutDone: false,
    selected: null,
    subgraph: { entities: 0, relationships: 0 },
    renderMode: { simple: false, webgl: false },
    analysis: { view: 'network', loading: false, paths: [], lost: [] },
  };
  return window.__detour;
}

export function reportGraph(patch: Partial<DetourTestHooks>): void {
  if (!config.exposeTestHooks) return;
  Object.assign(hooks(), patch);
}

export function exposeCy(cy: Core | undefined): void {
  if (!config.exposeTestHooks) return;
  if (cy === undefined) delete window.cy;
  else window.cy = cy;
  hooks();
}
