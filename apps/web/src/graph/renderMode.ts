// How to draw a graph of a given size: full styles for what an analyst reads node by node, then
// simpler styles, then Cytoscape's WebGL renderer (3.31+) where the browser has a real GPU.
// The thresholds come from the W4 benchmark (BENCHMARKS.md), not from taste.

/**
 * Past this many nodes and edges, edges go straight, solid, unlabelled and without arrows, bends
 * are not computed, and node labels wait for zoom. In W4 (headless Chromium, no GPU) Cytoscape
 * alone needs 1.0–1.3 s to add and paint 2,000 elements in the full style, 0.2–0.8 s in the
 * simple one: the 1 s first render at 2,000 is only reachable with the simple style.
 */
export const SIMPLE_STYLE_THRESHOLD = 1_000;
/**
 * Past this many, the WebGL renderer draws, if the GPU is real. Software WebGL (SwiftShader,
 * llvmpipe) is far slower than the canvas renderer: at 10,000 elements in W4 it gave 0.9 FPS and an
 * 18.6 s first render, the canvas with simple styles about 47 FPS and 4 s. So it is never chosen.
 */
export const WEBGL_THRESHOLD = 5_000;

export interface RenderMode {
  readonly simple: boolean;
  readonly webgl: boolean;
}

export function chooseRenderMode(elementCount: number, webglAvailable: boolean): RenderMode {
  return {
    simple: elementCount > SIMPLE_STYLE_THRESHOLD,
    webgl: webglAvailable && elementCount > WEBGL_THRESHOLD,
  };
}

/** True for the renderer strings of WebGL implementations that run on the CPU. */
export function isSoftwareRenderer(renderer: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|basic render driver/i.test(renderer);
}

let webglSupport: boolean | undefined;

/**
 * Whether this browser can give Cytoscape a hardware-accelerated WebGL2 context; asked once.
 * False outside a browser.
 */
export function webglAvailable(): boolean {
  if (webglSupport !== undefined) return webglSupport;
  try {
    const gl =
      typeof document === 'undefined'
        ? null
        : document.createElement('canvas').getContext('webgl2');
    webglSupport = gl !== null && !isSoftwareRenderer(rendererName(gl));
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    webglSupport = false;
  }
  return webglSupport;
}

function rendererName(gl: WebGL2RenderingContext): string {
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name: unknown = gl.getParameter(info === null ? gl.RENDERER : info.UNMASKED_RENDERER_WEBGL);
  return typeof name === 'string' ? name : '';
}
