// Frame helpers for the W4 page and what it reports.

export interface PageTimings {
  readonly elements: number;
  readonly layout: string;
  /** layeredLayout alone (positions for every entity). */
  readonly layeredMs: number;
  /** toElements alone (elements, bend classes). */
  readonly toElementsMs: number;
  /** From React render to the graph laid out and fitted (`__detour.layoutDone`). */
  readonly layoutDoneMs: number;
  /** From React render to the second frame after that: the graph is on screen. */
  readonly firstRenderMs: number;
  readonly renderMode: { readonly simple: boolean; readonly webgl: boolean };
}

export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Resolves on the first frame at which `done` holds. */
export async function waitFor(done: () => boolean, timeoutMs = 120_000): Promise<void> {
  const started = performance.now();
  while (!done()) {
    if (performance.now() - started > timeoutMs) throw new Error('timed out');
    await nextFrame();
  }
}
