// The one component that owns the Cytoscape instance: created on mount, patched with element
// diffs on update, destroyed on unmount (so React StrictMode's double mount is harmless).
import cytoscape, {
  type Core,
  type EventObject,
  type EventObjectEdge,
  type EventObjectNode,
} from 'cytoscape';
import {
  useEffect,
  useEffectEvent,
  useImperativeHandle,
  useMemo,
  useRef,
  type JSX,
  type Ref,
} from 'react';
import type { Selection, Subgraph } from '../model/subgraph.ts';
import { applyElements, runLayout, snapshotOf, type CanvasLayout } from './applyElements.ts';
import { fitViewport } from './fitViewport.ts';
import { NO_GROUPS, isGroupId, type CanvasGroups } from './groups.ts';
import { DEFAULT_LAYOUT, GROUPED_LAYOUT, layeredLayout } from './layeredLayout.ts';
import { NO_MARKS, type ElementMarks } from './marks.ts';
import { chooseRenderMode, webglAvailable } from './renderMode.ts';
import type { CanvasSnapshot } from './snapshot.ts';
import { graphStylesheet } from './styles.ts';
import { exposeCy, reportGraph } from './testHooks.ts';
import { toElements } from './toElements.ts';
import './graph.css';

/** Fitting a handful of nodes would zoom in too far; stop here. */
const MAX_FIT_ZOOM = 1.3;
/** Room around the fitted graph; more on top, where the status line sits over the canvas. */
const FIT_INSETS = { top: 64, right: 32, bottom: 32, left: 32 } as const;

/** What features may ask of the canvas (exports), without touching Cytoscape. */
export interface GraphCanvasHandle {
  readonly png: () => Promise<Blob>;
  readonly snapshot: () => CanvasSnapshot;
}

export interface GraphCanvasProps {
  readonly subgraph: Subgraph;
  /** Analysis marks (highlighted paths, cut-off entities …), drawn as classes. */
  readonly marks?: ElementMarks;
  /** Nodes standing for many entities, with their links (drawn beside the subgraph). */
  readonly groups?: CanvasGroups;
  /** The selected entity or relationship id, or null. */
  readonly selectedId: string | null;
  readonly onSelect: (selection: Selection | null) => void;
  readonly layout?: CanvasLayout;
  /** A summary for screen readers, e.g. "Network around Shenzhen University". */
  readonly label: string;
  readonly handleRef?: Ref<GraphCanvasHandle>;
}

export function GraphCanvas({
  subgraph,
  marks = NO_MARKS,
  groups = NO_GROUPS,
  selectedId,
  onSelect,
  layout = 'layered',
  label,
  handleRef,
}: GraphCanvasProps): JSX.Element {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const laidOut = useRef<CanvasLayout | null>(null);
  const positions = useMemo(
    () =>
      layeredLayout(
        groups.nodes.length === 0
          ? subgraph.entities
          : [
              ...subgraph.entities,
              ...groups.nodes.map((g) => ({ ...g, name: g.sortKey ?? g.label })),
            ],
        groups.nodes.length === 0 ? DEFAULT_LAYOUT : GROUPED_LAYOUT,
        groups.links.length === 0
          ? subgraph.relationships
          : [
              ...subgraph.relationships,
              ...groups.links.map((l) => ({ from: l.source, to: l.target })),
            ],
      ),
    [subgraph.entities, subgraph.relationships, groups],
  );
  const { simple, webgl } = chooseRenderMode(
    subgraph.entities.length +
      subgraph.relationships.length +
      groups.nodes.length +
      groups.links.length,
    webglAvailable(),
  );
  // Simple styles draw no bends, so their positions are not even looked at.
  const elements = useMemo(
    () => toElements(subgraph, layout === 'layered' && !simple ? positions : {}, marks, groups),
    [subgraph, positions, marks, groups, layout, simple],
  );
  const select = useEffectEvent((selection: Selection | null) => {
    onSelect(selection);
  });

  useImperativeHandle(
    handleRef,
    () => ({
      png: () => {
        const cy = cyRef.current;
        if (cy === null) return Promise.reject(new Error('The canvas is not ready.'));
        return cy.png({ full: true, output: 'blob-promise', bg: '#FFFFFF', scale: 2 });
      },
      snapshot: () =>
        cyRef.current === null ? { nodes: [], edges: [] } : snapshotOf(cyRef.current),
    }),
    [],
  );

  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    const cy = cytoscape({
      container,
      style: graphStylesheet({ simple }),
      pixelRatio: 1,
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
      webgl,
      // Large graphs pan and zoom a snapshot of the canvas, redrawn when the gesture ends.
      textureOnViewport: simple && !webgl,
      hideEdgesOnViewport: simple,
    });
    cyRef.current = cy;
    laidOut.current = null;
    // Groups stand for many entities or relationships: nothing to show details of.
    cy.on('tap', 'node', (event: EventObjectNode) => {
      if (!isGroupId(event.target.id())) select({ type: 'entity', id: event.target.id() });
    });
    cy.on('tap', 'edge', (event: EventObjectEdge) => {
      if (!isGroupId(event.target.id())) select({ type: 'relationship', id: event.target.id() });
    });
    cy.on('tap', (event: EventObject) => {
      const target: unknown = event.target;
      if (target === cy) select(null);
    });
    const resize = new ResizeObserver(() => {
      cy.resize();
    });
    resize.observe(container);
    exposeCy(cy);
    reportGraph({ renderMode: { simple, webgl } });
    return () => {
      resize.disconnect();
      cy.destroy();
      cyRef.current = null;
      exposeCy(undefined);
    };
  }, [simple, webgl]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy === null) return;
    const changed = applyElements(cy, elements, positions);
    if (changed || laidOut.current !== layout) {
      laidOut.current = layout;
      reportGraph({ layoutDone: false });
      runLayout(
        cy,
        layout,
        positions,
        () => {
          fit(cy);
          reportGraph({ layoutDone: true });
        },
        simple,
      );
    }
    reportGraph({
      subgraph: { entities: cy.nodes().length, relationships: cy.edges().length },
    });
  }, [elements, positions, layout, simple, webgl]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy === null) return;
    cy.batch(() => {
      cy.elements(':selected').unselect();
      if (selectedId !== null) cy.getElementById(selectedId).select();
    });
    reportGraph({ selected: selectedId });
  }, [selectedId, elements, simple, webgl]);

  return <div ref={containerRef} className="graph-canvas" role="img" aria-label={label} />;
}

/** Shows the whole graph, clear of the status line. */
function fit(cy: Core): void {
  if (cy.elements().length === 0) return;
  cy.viewport(
    fitViewport(
      cy.elements().boundingBox(),
      { width: cy.width(), height: cy.height() },
      FIT_INSETS,
      { min: cy.minZoom(), max: MAX_FIT_ZOOM },
    ),
  );
}
