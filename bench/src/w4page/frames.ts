// What the bench runs inside the page after the first render (exposed as window.__benchTools):
// kept here, in the page bundle, rather than sent through page.evaluate.

type Cy = NonNullable<Window['cy']>;
type Definition = Extract<Parameters<Cy['add']>[0], readonly unknown[]>[number];

export interface BenchTools {
  /** Frames per second over `ms` while panning and zooming every frame (or idle, to compare). */
  fps(ms: number, move: boolean): Promise<number>;
  /** The same elements removed and added back in one call, fitted, two frames: Cytoscape alone. */
  bareRender(): Promise<number>;
}

function cyOrThrow(): Cy {
  const cy = window.cy;
  if (cy === undefined) throw new Error('no window.cy');
  return cy;
}

function frame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

async function fps(ms: number, move: boolean): Promise<number> {
  const cy = cyOrThrow();
  const zoom = cy.zoom();
  const pan = cy.pan();
  const start = performance.now();
  let frames = 0;
  for (let now = await frame(); now - start < ms; now = await frame()) {
    frames++;
    if (!move) continue;
    const t = (now - start) / 1000;
    cy.viewport({
      zoom: zoom * (1 + 0.4 * Math.sin(2 * t)),
      pan: { x: pan.x + 150 * Math.sin(t), y: pan.y + 100 * Math.cos(t) },
    });
  }
  return frames / ((performance.now() - start) / 1000);
}

async function bareRender(): Promise<number> {
  const cy = cyOrThrow();
  const definitions: Definition[] = cy.elements().map((ele) => ({
    group: ele.isNode() ? 'nodes' : 'edges',
    data: { ...(ele.data() as Definition['data']) },
    ...(ele.isNode() ? { position: { ...ele.position() } } : {}),
    classes: ele.classes().join(' '),
  }));
  cy.elements().remove();
  await frame();
  const started = performance.now();
  cy.add(definitions);
  cy.fit();
  await frame();
  await frame();
  return performance.now() - started;
}

export const benchTools: BenchTools = { fps, bareRender };
