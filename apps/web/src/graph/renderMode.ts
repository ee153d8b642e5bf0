// How to draw a graph of a given size: full styles up to a few thousand elements, then simpler
// styles, then Cytoscape's WebGL renderer (3.31+) where the browser has WebGL.

/** Past this many nodes and edges, edges go straight and unlabelled and labels wait for zoom. */
export const SIMPLE_STYLE_THRESHOLD = 2_000;
/** Past this many, the WebGL renderer draws, if the browser offers WebGL. */
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

let webglSupport: boolean | undefined;

/** Whether this browser can give Cytoscape a WebGL2 context; asked once. False outside a browser. */
export function webglAvailable(): boolean {
  if (webglSupport !== undefined) return webglSupport;
  try {
    webglSupport =
      typeof document !== 'undefined' &&
      document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    webglSupport = false;
  }
  return webglSupport;
}
