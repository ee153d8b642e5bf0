// The one component that owns the Cytoscape instance: created on mount, patched with element
// diffs on update, destroyed on unmount (so React StrictMode's double mount is harmless).
import cytoscape, {
  type Core,
  type EventObject,
  type EventObjectEdge,
  type EventObjectNode,
} from 'cytoscape';
import { useEffect, useEffectEvent, useMemo, useRef, type JSX } from 'react';
import type { Selection, Subgraph } from '../model/subgraph.ts';
import { NODE_ATTACHMENT, diffElements, edgeAttachment } from './diffElements.ts';
import { fitViewport } from './fitViewport.ts';
import { layeredLayout, type Position } from './layeredLayout.ts';
import { graphStylesheet } from './styles.ts';
import { exposeCy, reportGraph } from './testHooks.ts';
import { toElements, type GraphElement } from './toElements.ts';
import './graph.css';

/** Fitting a handful of nodes would zoom in too far; stop here. */
const MAX_FIT_ZOOM = 1.3;
/** Room around the fitted graph; more on top, where the status line sits over the canvas. */
const FIT_INSETS = { top: 64, right: 32, bottom: 32, left: 32 } as const;
const ORIGIN: Position = { x: 0, y: 0 };

export interface GraphCanvasProps {
  readonly subgraph: Subgraph;
  /** The selected entity or relationship id, or null. */
  readonly selectedId: string | null;
  readonly onSelect: (selection: Selection | null) => void;
  /** A summary for screen readers, e.g. "Network around Shenzhen University". */
  readonly label: string;
}

export function GraphCanvas({
  subgraph,
  selectedId,
  onSelect,
  label,
}: GraphCanvasProps): JSX.Element {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const positions = useMemo(() => layeredLayout(subgraph.entities), [subgraph.entities]);
  const elements = useMemo(() => toElements(subgraph, positions), [subgraph, positions]);
  const select = useEffectEvent((selection: Selection | null) => {
    onSelect(selection);
  });

  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    const cy = cytoscape({
      container,
      style: graphStylesheet(),
      pixelRatio: 1,
      minZoom: 0.1,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    cyRef.current = cy;
    cy.on('tap', 'node', (event: EventObjectNode) => {
      select({ type: 'entity', id: event.target.id() });
    });
    cy.on('tap', 'edge', (event: EventObjectEdge) => {
      select({ type: 'relationship', id: event.target.id() });
    });
    cy.on('tap', (event: EventObject) => {
      const target: unknown = event.target;
      if (target === cy) select(null);
    });
    cy.on('layoutstart', () => {
      reportGraph({ layoutDone: false });
    });
    cy.on('layoutstop', () => {
      if (cy.elements().length > 0) {
        cy.viewport(
          fitViewport(
            cy.elements().boundingBox(),
            { width: cy.width(), height: cy.height() },
            FIT_INSETS,
            { min: cy.minZoom(), max: MAX_FIT_ZOOM },
          ),
        );
      }
      reportGraph({ layoutDone: true });
    });
    const resize = new ResizeObserver(() => {
      cy.resize();
    });
    resize.observe(container);
    exposeCy(cy);
    return () => {
      resize.disconnect();
      cy.destroy();
      cyRef.current = null;
      exposeCy(undefined);
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy === null) return;
    applyElements(cy, elements, positions);
    reportGraph({
      subgraph: { entities: cy.nodes().length, relationships: cy.edges().length },
    });
  }, [elements, positions]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy === null) return;
    cy.batch(() => {
      cy.elements(':selected').unselect();
      if (selectedId !== null) cy.getElementById(selectedId).select();
    });
    reportGraph({ selected: selectedId });
  }, [selectedId, elements]);

  return <div ref={containerRef} className="graph-canvas" role="img" aria-label={label} />;
}

/** Patches Cytoscape to show `elements`; lays out again only when nodes or edges came or went. */
function applyElements(
  cy: Core,
  elements: readonly GraphElement[],
  positions: Record<string, Position>,
): void {
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
      ele.classes(element.group === 'edges' ? (element.classes ?? '') : '');
    }
  });
  if (diff.topologyChanged) {
    cy.layout({ name: 'preset', positions, fit: false, animate: false }).run();
  }
}
