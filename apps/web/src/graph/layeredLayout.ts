// Left-to-right layers from the domain's chain (end user → intermediary → provider → capability
// → control), run in Cytoscape as a `preset` layout. Pure and deterministic, so tests can pin it.
import { ENTITY_KIND_INFO, type EntityKind } from '@detour/domain';

export interface Position {
  readonly x: number;
  readonly y: number;
}

export interface LayoutNode {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
}

export interface LayeredLayoutOptions {
  /** Horizontal gap between one layer and the next. */
  readonly layerGap: number;
  /** Vertical gap between nodes in a column. */
  readonly rowGap: number;
  /** A layer with more nodes than this wraps into several columns (more for very large layers). */
  readonly maxPerColumn: number;
  /** Horizontal gap between the columns of one wrapped layer. */
  readonly columnGap: number;
}

export const DEFAULT_LAYOUT: LayeredLayoutOptions = {
  layerGap: 240,
  rowGap: 110,
  maxPerColumn: 10,
  columnGap: 170,
};

/** For grouped pictures (groups.ts): rows closer, so ten of them read without zooming in. */
export const GROUPED_LAYOUT: LayeredLayoutOptions = { ...DEFAULT_LAYOUT, rowGap: 72 };

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function byName(a: LayoutNode, b: LayoutNode): number {
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** An edge, for ordering layers so that fewer lines cross. */
export interface LayoutLink {
  readonly from: string;
  readonly to: string;
}

/**
 * The order of each layer: by name first; then, when links are given, each layer is sorted by the
 * mean rank of its neighbours in the layer before it (the barycentre heuristic), the first layer
 * by its neighbours in the second, and the rest again. Ties keep name order, so it is deterministic.
 */
function orderLayers(
  layers: readonly LayoutNode[][],
  links: readonly LayoutLink[],
): LayoutNode[][] {
  const ordered = layers.map((members) => members.slice().sort(byName));
  if (links.length === 0) return ordered;
  // Appended in place: copying the list per link would cost degree² at a hub.
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string): void => {
    const list = neighbours.get(a);
    if (list === undefined) neighbours.set(a, [b]);
    else list.push(b);
  };
  for (const { from, to } of links) {
    link(from, to);
    link(to, from);
  }
  const reorder = (target: number, reference: number): void => {
    const rank = new Map((ordered[reference] ?? []).map((n, i) => [n.id, i]));
    const members = ordered[target];
    if (members === undefined) return;
    const centre = new Map(
      members.map((n, i) => {
        const ranks = (neighbours.get(n.id) ?? []).flatMap((id) => rank.get(id) ?? []);
        // Unlinked nodes keep their place relative to the others.
        return [n.id, ranks.length === 0 ? i : ranks.reduce((a, b) => a + b, 0) / ranks.length];
      }),
    );
    members.sort((a, b) => (centre.get(a.id) ?? 0) - (centre.get(b.id) ?? 0) || byName(a, b));
  };
  for (let i = 1; i < ordered.length; i++) reorder(i, i - 1);
  if (ordered.length > 1) reorder(0, 1);
  for (let i = 1; i < ordered.length; i++) reorder(i, i - 1);
  return ordered;
}

/**
 * Positions for every node: x from ENTITY_KIND_INFO[kind].layer (empty layers take no room),
 * y spread evenly around 0 within the layer (see orderLayers), so the same data always looks the
 * same.
 */
export function layeredLayout(
  nodes: readonly LayoutNode[],
  options: LayeredLayoutOptions = DEFAULT_LAYOUT,
  links: readonly LayoutLink[] = [],
): Record<string, Position> {
  const layers = new Map<number, LayoutNode[]>();
  for (const node of nodes) {
    const layer = ENTITY_KIND_INFO[node.kind].layer;
    const members = layers.get(layer);
    if (members === undefined) layers.set(layer, [node]);
    else members.push(node);
  }

  const positions: Record<string, Position> = {};
  let x = 0;
  const keys = [...layers.keys()].sort((a, b) => a - b);
  const ordered = orderLayers(
    keys.map((k) => layers.get(k) ?? []),
    links,
  );
  for (const members of ordered) {
    // A crowded layer grows taller as well as wider, so a large graph is not a thin strip.
    const perColumnCap = Math.max(options.maxPerColumn, Math.ceil(Math.sqrt(2 * members.length)));
    const columns = Math.ceil(members.length / perColumnCap);
    const perColumn = Math.ceil(members.length / columns);
    members.forEach((node, i) => {
      const column = Math.floor(i / perColumn);
      const row = i % perColumn;
      const inColumn = Math.min(perColumn, members.length - column * perColumn);
      positions[node.id] = {
        x: x + column * options.columnGap,
        y: (row - (inColumn - 1) / 2) * options.rowGap,
      };
    });
    x += (columns - 1) * options.columnGap + options.layerGap;
  }
  return positions;
}
