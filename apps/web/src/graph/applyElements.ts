// Patches a Cytoscape instance to show the given elements, and lays it out when needed.
import type { Core } from 'cytoscape';
import { NODE_ATTACHMENT, diffElements, edgeAttachment } from './diffElements.ts';
import type { Position } from './layeredLayout.ts';
import type { CanvasSnapshot } from './snapshot.ts';
import type { EdgeData, GraphElement, NodeData } from './toElements.ts';

const ORIGIN: Position = { x: 0, y: 0 };

/** The layouts analysts can pick: layered reads left to right; force spreads clusters apart. */
export type CanvasLayout = 'layered' | 'force';

/**
 * Adds, removes and updates elements to match `elements`. Returns true when nodes or edges came
 * or went, which is when the layout has to run again.
 */
export function applyElements(
  cy: Core,
  elements: readonly GraphElement[],
  positions: Readonly<Record<string, Position>>,
): boolean {
  const current = new Map<string, string>();
  cy.nodes().forEach((node) => {
    current.set(node.id(), NODE_ATTACHMENT);
  });
  cy.edges().forEach((edge) => {
    current.set(edge.id(), edgeAttachment(edge.source().id(), edge.target().id()));
  });
  const diff = diffElements(current, elements);
  cy.batch(() => {
    for (const id of diff.remove) cy.getElementById(id).remove();
    cy.add(
      diff.add.map((element) =>
        element.group === 'nodes'
          ? {
              ...element,
              data: { ...element.data },
              position: { ...(positions[element.data.id] ?? ORIGIN) },
            }
          : { ...element, data: { ...element.data } },
      ),
    );
    for (const element of diff.update) {
      const ele = cy.getElementById(element.data.id);
      ele.data({ ...element.data });
      ele.classes(element.classes ?? '');
    }
  });
  return diff.topologyChanged;
}

/**
 * Runs the layout and calls `done` once nodes are in place. "layered" moves only the nodes that are
 * not yet where `positions` puts them (new ones were added there), so Cytoscape recomputes
 * nothing for the rest; "force" starts from the layered positions, so it settles the same way
 * each time. A `large` graph cools faster: each cose iteration costs nodes², and at 2,000
 * elements a cooling factor of 0.95 settles to much the same picture as 0.99 in a sixth of the time.
 */
export function runLayout(
  cy: Core,
  layout: CanvasLayout,
  positions: Readonly<Record<string, Position>>,
  done: () => void,
  large = false,
): void {
  if (layout === 'force' && cy.nodes().length > 1) {
    cy.nodes().positions((node) => ({ ...(positions[node.id()] ?? ORIGIN) }));
    const force = cy.layout({
      name: 'cose',
      animate: false,
      randomize: false,
      fit: false,
      nodeRepulsion: () => 400_000,
      idealEdgeLength: () => 140,
      nodeDimensionsIncludeLabels: true,
      coolingFactor: large ? 0.95 : 0.99,
    });
    force.one('layoutstop', done);
    force.run();
    return;
  }
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const to = positions[node.id()] ?? ORIGIN;
      const at = node.position();
      if (at.x !== to.x || at.y !== to.y) node.position({ ...to });
    });
  });
  done();
}

/** The elements on the canvas now, where they are, with their classes. */
export function snapshotOf(cy: Core): CanvasSnapshot {
  return {
    nodes: cy.nodes().map((node) => ({
      data: node.data() as NodeData,
      position: { ...node.position() },
      classes: node.classes(),
    })),
    edges: cy.edges().map((edge) => ({
      data: edge.data() as EdgeData,
      classes: edge.classes(),
    })),
  };
}
