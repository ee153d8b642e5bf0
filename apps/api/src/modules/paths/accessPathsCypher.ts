/**
 * The Cypher for access paths. Hop bounds are literals in a quantified path pattern, so they are
 * interpolated here, only after validation (integers within bounds); every value is a parameter.
 *
 * A path: (EndUser) then BUYS_FROM steps forward or SUBSIDIARY_OF steps either way, at least one
 * BUYS_FROM, to a (CloudProvider) that OFFERS the (Chip|Model). No entity twice. A BUYS_FROM
 * that names what it covers only serves paths to a covered capability.
 */
export interface AccessPathsCypherOptions {
  /** Fewest steps before the provider: 2 when only indirect paths are wanted, else 1. */
  readonly minSteps: 1 | 2;
  /** Most steps before the provider (maxHops − 1 for the OFFERS hop). */
  readonly maxSteps: number;
  /** Which of $from, $to and $provider are given: each given id anchors the pattern by index. */
  readonly anchors: { readonly from: boolean; readonly to: boolean; readonly provider: boolean };
}

/** A relationship passes the status and date filters ($statuses, $asOf as YYYY-MM-DD). */
export function relFilter(r: string): string {
  return [
    `($statuses IS NULL OR ${r}.status IN $statuses)`,
    `($asOf IS NULL OR (coalesce(${r}.validFrom, $asOf) <= $asOf AND coalesce(${r}.validTo, $asOf) >= $asOf))`,
  ].join(' AND ');
}

export function accessPathsCypher({
  minSteps,
  maxSteps,
  anchors,
}: AccessPathsCypherOptions): string {
  if (!Number.isInteger(maxSteps) || maxSteps < minSteps || maxSteps > 7) {
    throw new Error(`accessPathsCypher: maxSteps ${String(maxSteps)} out of range`);
  }
  return [
    // The id constraint is on :Entity, so anchored ends carry that label to get an index seek.
    // The hint keeps the planner from starting at the capability and walking every provider's
    // customer tree backwards (8x slower on the S benchmark network).
    ...(anchors.from
      ? ['MATCH (u:Entity:EndUser {id: $from})', 'USING INDEX u:Entity(id)']
      : ['MATCH (u:EndUser)']),
    'MATCH path = (u)',
    '  ((a)-[r:BUYS_FROM|SUBSIDIARY_OF]-(b)',
    `    WHERE (type(r) = 'SUBSIDIARY_OF' OR startNode(r) = a) AND ${relFilter('r')}`,
    `  ){${String(minSteps)},${String(maxSteps)}}`,
    `  (p:CloudProvider${anchors.provider ? ':Entity {id: $provider}' : ''})-[o:OFFERS]->(c${anchors.to ? ':Entity {id: $to}' : ''})`,
    'WHERE (c:Chip OR c:Model)',
    `  AND ${relFilter('o')}`,
    "  AND any(x IN r WHERE type(x) = 'BUYS_FROM')",
    '  AND all(x IN r WHERE x.covers IS NULL OR c.id IN x.covers)',
    'WITH u, p, path, nodes(path) AS ns, relationships(path) AS rs',
    'WHERE all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..])',
    'WITH u, p, ns, rs,',
    '  reduce(w = 0, x IN rs | CASE WHEN $rank[x.status] > w THEN $rank[x.status] ELSE w END) AS weakest',
    'ORDER BY size(rs), weakest, [n IN ns | n.id]',
    'LIMIT $limit',
    'RETURN [n IN ns | n.id] AS nodeIds,',
    '  [x IN rs | {id: x.id, type: type(x), status: x.status, validFrom: x.validFrom, validTo: x.validTo}] AS rels,',
    `  EXISTS { MATCH (u)-[d:BUYS_FROM]->(p) WHERE ${relFilter('d')} } AS directContact`,
  ].join('\n');
}
