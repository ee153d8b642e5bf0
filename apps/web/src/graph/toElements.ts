// Maps explorer state (domain records) to Cytoscape element definitions. Pure, so it is tested
// without a canvas; GraphCanvas is the only caller that hands the result to Cytoscape.
import type { EntityKind, RelationshipType, Status } from '@detour/domain';
import { relationshipLabel } from '../format/labels.ts';
import type { Subgraph } from '../model/subgraph.ts';
import { edgeBender } from './edgeBends.ts';
import type { Position } from './layeredLayout.ts';
import { NO_MARKS, classesFor, isDirectContact, type ElementMarks, type Mark } from './marks.ts';

// `type` aliases (not interfaces) so they fit Cytoscape's index-signature data definitions.
export type NodeData = {
  readonly id: string;
  readonly label: string;
  readonly kind: EntityKind;
};

export type EdgeData = {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly label: string;
  readonly type: RelationshipType;
  readonly status: Status;
};

export type NodeElement = {
  readonly group: 'nodes';
  readonly data: NodeData;
  /** Its marks (see marks.ts), space-separated. */
  readonly classes?: string;
};
export type EdgeElement = {
  readonly group: 'edges';
  readonly data: EdgeData;
  /** A bend class (see edgeBends.ts) when a straight line would cross another node, then marks. */
  readonly classes?: string;
};
export type GraphElement = NodeElement | EdgeElement;

/**
 * One node per entity and one edge per relationship whose ends are both present. Ids must be
 * unique across nodes and edges in Cytoscape, so a repeated id keeps its first element.
 * `positions` (from layeredLayout) only decide which edges bend around nodes in their way;
 * `marks` become classes, and an end user's own BUYS_FROM to a cloud provider is "direct-contact".
 */
export function toElements(
  subgraph: Subgraph,
  positions: Readonly<Record<string, Position>> = {},
  marks: ElementMarks = NO_MARKS,
): GraphElement[] {
  const seen = new Set<string>();
  const nodes: NodeElement[] = [];
  const kinds = new Map<string, EntityKind>();
  for (const entity of subgraph.entities) {
    if (seen.has(entity.id)) continue;
    seen.add(entity.id);
    kinds.set(entity.id, entity.kind);
    const classes = classesFor(marks.get(entity.id));
    nodes.push({
      group: 'nodes',
      data: { id: entity.id, label: entity.name, kind: entity.kind },
      ...(classes === '' ? {} : { classes }),
    });
  }
  const nodeIds = new Set(seen);
  const bendAround = edgeBender(positions);
  const edges: EdgeElement[] = [];
  for (const rel of subgraph.relationships) {
    if (seen.has(rel.id) || !nodeIds.has(rel.from) || !nodeIds.has(rel.to)) continue;
    seen.add(rel.id);
    const bend = bendAround(rel.from, rel.to);
    const own = new Set<Mark>(marks.get(rel.id));
    if (isDirectContact(rel.type, kinds.get(rel.from), kinds.get(rel.to)))
      own.add('direct-contact');
    const classes = classesFor(own, [bend]);
    edges.push({
      group: 'edges',
      data: {
        id: rel.id,
        source: rel.from,
        target: rel.to,
        label: relationshipLabel(rel.type),
        type: rel.type,
        status: rel.status,
      },
      ...(classes === '' ? {} : { classes }),
    });
  }
  return [...nodes, ...edges];
}
