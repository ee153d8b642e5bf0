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
  /** A layer with more nodes than this wraps into several columns. */
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

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function byName(a: LayoutNode, b: LayoutNode): number {
  return collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Positions for every node: x from ENTITY_KIND_INFO[kind].layer (empty layers take no room),
 * y spread evenly around 0 within the layer in name order, so the same data always looks the same.
 */
export function layeredLayout(
  nodes: readonly LayoutNode[],
  options: LayeredLayoutOptions = DEFAULT_LAYOUT,
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
  for (const layer of [...layers.keys()].sort((a, b) => a - b)) {
    const members = (layers.get(layer) ?? []).slice().sort(byName);
    const columns = Math.ceil(members.length / options.maxPerColumn);
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
