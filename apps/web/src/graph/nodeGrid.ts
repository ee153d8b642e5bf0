// Node positions bucketed into square cells, so "which nodes lie near this edge?" visits only the
// cells along the edge instead of every node: edge bends stay linear in the graph's size.
import type { Position } from './layeredLayout.ts';

export interface PlacedNode {
  readonly id: string;
  readonly position: Position;
}

/** Cell side in model pixels: about a layer column, so an edge's corridor spans a few cells. */
const CELL = 128;

export class NodeGrid {
  /** Column index → row index → the nodes in that cell. */
  private readonly columns = new Map<number, Map<number, PlacedNode[]>>();

  constructor(positions: Readonly<Record<string, Position>>) {
    for (const [id, position] of Object.entries(positions)) {
      const cx = Math.floor(position.x / CELL);
      const cy = Math.floor(position.y / CELL);
      let column = this.columns.get(cx);
      if (column === undefined) {
        column = new Map();
        this.columns.set(cx, column);
      }
      const cell = column.get(cy);
      if (cell === undefined) column.set(cy, [{ id, position }]);
      else cell.push({ id, position });
    }
  }

  /**
   * Every node within `radius` of the segment a → b, and some a little further (whole cells are
   * returned; callers measure exactly). Each node comes once.
   */
  near(a: Position, b: Position, radius: number): PlacedNode[] {
    const result: PlacedNode[] = [];
    const left = Math.min(a.x, b.x);
    const right = Math.max(a.x, b.x);
    const slope = a.x === b.x ? 0 : (b.y - a.y) / (b.x - a.x);
    const yAt = (x: number): number => a.y + (x - a.x) * slope;
    const lastColumn = Math.floor((right + radius) / CELL);
    for (let cx = Math.floor((left - radius) / CELL); cx <= lastColumn; cx++) {
      const column = this.columns.get(cx);
      if (column === undefined) continue;
      // A node in this column is near a segment point whose x lies in the column widened by radius.
      const x0 = Math.max(cx * CELL - radius, left);
      const x1 = Math.min((cx + 1) * CELL + radius, right);
      const top = a.x === b.x ? Math.min(a.y, b.y) : Math.min(yAt(x0), yAt(x1));
      const bottom = a.x === b.x ? Math.max(a.y, b.y) : Math.max(yAt(x0), yAt(x1));
      const lastRow = Math.floor((bottom + radius) / CELL);
      for (let cy = Math.floor((top - radius) / CELL); cy <= lastRow; cy++) {
        const cell = column.get(cy);
        if (cell !== undefined) for (const node of cell) result.push(node);
      }
    }
    return result;
  }
}
