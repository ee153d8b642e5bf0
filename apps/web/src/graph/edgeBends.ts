// A straight edge that passes over another node reads as if it went through it (an end user
// "listed on" a control list would seem to pass through its reseller). Such edges bend around.
import type { Position } from './layeredLayout.ts';
import { NodeGrid } from './nodeGrid.ts';

/** How far, in model pixels, an edge keeps from a node's centre (node radius plus its label). */
export const CLEARANCE = 42;
/** Bends come in steps of this many model pixels, one style class per step (see styles.ts). */
export const BEND_STEP = 24;
export const MAX_BEND_STEPS = 16;
/** The largest control distance a bend class draws. */
const MAX_BEND = MAX_BEND_STEPS * BEND_STEP;
/**
 * Nodes further than this from the straight line never change the bend: the widest bend's curve
 * stays within MAX_BEND / 2 of the line, and a node only matters within CLEARANCE of the curve.
 */
export const BEND_REACH = MAX_BEND / 2 + CLEARANCE;

/** Offset of a one-control-point bezier (weight 0.5) at parameter t, for control distance d. */
function curveOffset(t: number, d: number): number {
  return 2 * t * (1 - t) * d;
}

interface Obstacle {
  /** Where along the edge, 0 at the source, 1 at the target. */
  readonly t: number;
  /** Signed distance from the straight line; positive is to the right of source → target. */
  readonly offset: number;
}

function obstaclesAlong(
  source: Position,
  target: Position,
  nodes: readonly Position[],
): Obstacle[] {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return [];
  const ux = dx / length;
  const uy = dy / length;
  const result: Obstacle[] = [];
  for (const p of nodes) {
    const t = ((p.x - source.x) * ux + (p.y - source.y) * uy) / length;
    // Right of the direction in screen coordinates (y down), as Cytoscape measures distances.
    const offset = (p.x - source.x) * -uy + (p.y - source.y) * ux;
    const margin = CLEARANCE / length;
    if (t > margin && t < 1 - margin) result.push({ t, offset });
  }
  return result;
}

/**
 * The smallest bend to `side` (+1 right, -1 left) that clears every obstacle, or Infinity when
 * none up to MAX_BEND does (so obstacles beyond BEND_REACH never matter).
 */
function bendToSide(obstacles: readonly Obstacle[], side: 1 | -1): number {
  let d = 0;
  for (let round = 0; round <= obstacles.length && d <= MAX_BEND; round++) {
    let needed = d;
    for (const { t, offset } of obstacles) {
      const along = side * offset;
      if (Math.abs(curveOffset(t, d) - along) < CLEARANCE) {
        needed = Math.max(needed, (along + CLEARANCE) / curveOffset(t, 1));
      }
    }
    if (needed === d) return d;
    d = needed;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * The style class that bends an edge clear of the nodes it would cross: "bend-pos-3" bends
 * 3 × BEND_STEP to the right of source → target, "bend-neg-3" to the left. Undefined when the
 * straight line is clear. The smaller bend wins; on a tie (or when neither side clears within
 * MAX_BEND_STEPS), the edge bends upwards.
 */
export function bendClass(
  source: Position,
  target: Position,
  nodes: readonly Position[],
): string | undefined {
  const obstacles = obstaclesAlong(source, target, nodes);
  if (!obstacles.some((o) => Math.abs(o.offset) < CLEARANCE)) return undefined;
  const right = bendToSide(obstacles, 1);
  const left = bendToSide(obstacles, -1);
  // "Right" of a rightward edge is downwards on screen; prefer up when the two cost the same.
  const rightIsUp = target.x - source.x < 0;
  const chooseRight = right < left || (right === left && rightIsUp);
  const distance = chooseRight ? right : left;
  const steps = Math.min(Math.max(Math.ceil(distance / BEND_STEP), 1), MAX_BEND_STEPS);
  return `bend-${chooseRight ? 'pos' : 'neg'}-${steps}`;
}

/**
 * `bendClass` for many edges over the same positions: nodes are looked up in a grid (only those
 * within BEND_REACH of the edge), and parallel edges share one answer, so the cost grows with the
 * number and length of edges rather than edges × nodes.
 */
export function edgeBender(
  positions: Readonly<Record<string, Position>>,
): (from: string, to: string) => string | undefined {
  const grid = new NodeGrid(positions);
  const known = new Map<string, string | undefined>();
  return (from, to) => {
    const source = positions[from];
    const target = positions[to];
    if (source === undefined || target === undefined) return undefined;
    const pair = `${from}\u0000${to}`;
    if (known.has(pair)) return known.get(pair);
    const others = grid
      .near(source, target, BEND_REACH)
      .flatMap((node) => (node.id === from || node.id === to ? [] : [node.position]));
    const cls = bendClass(source, target, others);
    known.set(pair, cls);
    return cls;
  };
}
