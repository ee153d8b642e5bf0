// Maps explorer state (domain records) to Cytoscape element definitions. Pure, so it is tested
// without a canvas; GraphCanvas is the only caller that hands the result to Cytoscape.
import type { EntityKind, RelationshipType, Status } from '@detour/domain';
import { relationshipLabel } from '../format/labels.ts';
import type { Subgraph } from '../model/subgraph.ts';
import { edgeBender } from './edgeBends.ts';
import { NO_GROUPS, type CanvasGroups } from './groups.ts';
import type { Position } from './layeredLayout.ts';
import { NO_MARKS, classesFor, isDirectContact, type ElementMarks, type Mark } from './marks.ts';

// `type` aliases (not interfaces) so they fit Cytoscape's index-signature data definitions.
export type NodeData = {
  readonly id: string;
  readonly label: string;
  readonly kind: EntityKind;
  /** Set on a group node (groups.ts): how many entities it stands for. */
  readonly count?: number;
};

export type EdgeData = {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly label: string;
  readonly type: RelationshipType;
  readonly status: Status;
  /** Set on a group link (groups.ts), which stands for many relationships or one not loaded. */
  readonly grouped?: true;
};

export type NodeElement = {
  readonly group: 'nodes';
  readonly data: NodeData;
  /** Its marks (see marks.ts), space-separated. */
  readonly classes?: string;
  /** False for group nodes: they have no details to show. */
  readonly selectable?: false;
};
export type EdgeElement = {
  readonly group: 'edges';
  readonly data: EdgeData;
  /** A bend class (see edgeBends.ts) when a straight line would cross another node, then marks. */
  readonly classes?: string;
  readonly selectable?: false;
};
export type GraphElement = NodeElement | EdgeElement;

/**
 * One node per entity and one edge per relationship whose ends are both present. Ids must be
 * unique across nodes and edges in Cytoscape, so a repeated id keeps its first element.
 * `positions` (from layeredLayout) only decide which edges bend around nodes in their way;
 * `marks` become classes, and an end user's own BUYS_FROM to a cloud provider is "direct-contact".
 * `groups` are drawn after the entities and relationships, as nodes and edges that cannot be
 * selected (a link needs both its ends, as an edge does).
 */
export function toElements(
  subgraph: Subgraph,
  positions: Readonly<Record<string, Position>> = {},
  marks: ElementMarks = NO_MARKS,
  groups: CanvasGroups = NO_GROUPS,
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
  for (const group of groups.nodes) {
    if (seen.has(group.id)) continue;
    seen.add(group.id);
    const classes = classesFor(marks.get(group.id));
    nodes.push({
      group: 'nodes',
      data: { id: group.id, label: group.label, kind: group.kind, count: group.count },
      selectable: false,
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
  for (const link of groups.links) {
    if (seen.has(link.id) || !nodeIds.has(link.source) || !nodeIds.has(link.target)) continue;
    seen.add(link.id);
    const classes = classesFor(marks.get(link.id), [bendAround(link.source, link.target)]);
    edges.push({
      group: 'edges',
      data: {
        id: link.id,
        source: link.source,
        target: link.target,
        label: '',
        type: 'BUYS_FROM',
        status: link.status ?? 'confirmed',
        grouped: true,
      },
      selectable: false,
      ...(classes === '' ? {} : { classes }),
    });
  }
  return [...nodes, ...edges];
}
