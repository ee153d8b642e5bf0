/**
 * A shortest path between two entities in either direction, never through an avoided entity.
 * The predicate sits inside the quantified pattern (a pre-filter), so the planner keeps its
 * bidirectional breadth-first search; the hop bound is a validated literal.
 */
export function shortestPathCypher(maxHops: number): string {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 8) {
    throw new Error(`shortestPathCypher: maxHops ${String(maxHops)} out of range`);
  }
  return [
    'MATCH (s:Entity {id: $from})',
    'MATCH (t:Entity {id: $to})',
    'MATCH path = SHORTEST 1 (s)',
    `  (()-[]-(n:Entity WHERE NOT n.id IN $avoid)){1,${String(maxHops)}}`,
    '  (t)',
    'RETURN [x IN nodes(path) | x.id] AS nodeIds, [x IN relationships(path) | x.id] AS relIds',
  ].join('\n');
}
