// What the canvas shows, read back from Cytoscape for export: elements with their classes and
// where the nodes are now (after layout and any dragging). Pure data, so exporters are testable.
import type { EdgeData, NodeData } from './toElements.ts';

export interface SnapshotNode {
  readonly data: NodeData;
  readonly position: { readonly x: number; readonly y: number };
  readonly classes: readonly string[];
}

export interface SnapshotEdge {
  readonly data: EdgeData;
  readonly classes: readonly string[];
}

export interface CanvasSnapshot {
  readonly nodes: readonly SnapshotNode[];
  readonly edges: readonly SnapshotEdge[];
}

/** Cytoscape's own elements JSON, which `cytoscape({ elements })` loads again. */
export function toCytoscapeJson(snapshot: CanvasSnapshot): object {
  return {
    format: 'cytoscape.js elements',
    elements: {
      nodes: snapshot.nodes.map((n) => ({
        data: { ...n.data },
        position: { ...n.position },
        classes: n.classes.join(' '),
      })),
      edges: snapshot.edges.map((e) => ({ data: { ...e.data }, classes: e.classes.join(' ') })),
    },
  };
}
