/**
 * The Cypher for access paths. The hop bound and which filters are given shape the text (integers
 * validated here); every value is a parameter.
 *
 * A path: (EndUser) then BUYS_FROM steps forward or SUBSIDIARY_OF steps either way, at least one
 * BUYS_FROM, to a (CloudProvider) that OFFERS the (Chip|Model). No entity twice. A BUYS_FROM
 * that names what it covers only serves paths to a covered capability.
 *
 * Why walks in a reduce() and not a quantified path pattern: a step is "BUYS_FROM out or
 * SUBSIDIARY_OF either way", which a pattern can only say as an undirected step, and an undirected
 * step reads every customer of each reseller it passes (286,798 db hits for one M pair, against
 * a few hundred when each step expands only outgoing BUYS_FROM and SUBSIDIARY_OF). The walks from
 * an end user form a small tree, grown one level per step with no entity twice. Unrolling the
 * levels as CALL subqueries is as fast on the server but makes the text several times longer.
 *
 * The capability needs no uniqueness test: BUYS_FROM and SUBSIDIARY_OF join organisations
 * (RELATIONSHIP_TYPE_INFO, checked on import), so no chip or model is ever on a walk.
 */
import { mapProjection, type Projection } from '../projection.ts';

/** What every path step needs, whatever the selection: the facts of toStep (accessPath.ts). */
const STEP_PROPERTIES = ['id', 'status', 'validFrom', 'validTo'] as const;
export interface AccessPathsCypherOptions {
  /** Fewest steps before the provider: 2 when only indirect paths are wanted, else 1. */
  readonly minSteps: 1 | 2;
  /** Most steps before the provider (maxHops − 1 for the OFFERS hop). */
  readonly maxSteps: number;
  /** Which of $from, $to and $provider are given: each given id anchors the pattern by index. */
  readonly anchors: { readonly from: boolean; readonly to: boolean; readonly provider: boolean };
  /** Which of $statuses and $asOf (YYYY-MM-DD) are given: only those are tested. */
  readonly filters: { readonly statuses: boolean; readonly asOf: boolean };
  /**
   * To explain the paths: these properties of their entities and relationships, and each
   * relationship's ends. Null: only the entities' ids and what each step needs.
   */
  readonly details: Projection | null;
  /** Skip the first $skip paths (a later page). */
  readonly paged?: boolean;
}

/** A path step as the query returns it: what toStep needs, and what the projection asks for. */
function relProjection(details: Projection | null): string {
  const stored = [...new Set([...STEP_PROPERTIES, ...(details?.relationship ?? [])])];
  const ends = details === null ? [] : ['from: startNode(x).id', 'to: endNode(x).id'];
  return mapProjection('x', stored, ['type: type(x)', ...ends]);
}

/** The tests a relationship passes under the given filters ($statuses, $asOf). */
export function relFilter(r: string, filters: AccessPathsCypherOptions['filters']): string[] {
  return [
    ...(filters.statuses ? [`${r}.status IN $statuses`] : []),
    ...(filters.asOf
      ? [`NOT coalesce(${r}.validFrom > $asOf OR ${r}.validTo < $asOf, false)`]
      : []),
  ];
}

export function accessPathsCypher({
  minSteps,
  maxSteps,
  anchors,
  filters,
  details,
  paged = false,
}: AccessPathsCypherOptions): string {
  if (!Number.isInteger(maxSteps) || maxSteps < minSteps || maxSteps > 7) {
    throw new Error(`accessPathsCypher: maxSteps ${String(maxSteps)} out of range`);
  }
  const k = String(maxSteps);
  const passes = relFilter('x', filters);
  return [
    // The id constraint is on :Entity, so an anchored end carries that label for an index seek.
    // SEEK hints: planned on a fresh store's statistics, a plain USING INDEX became a full index
    // scan plus a filter (seen in CI), and the plan stays cached.
    ...(anchors.from
      ? ['MATCH (u:Entity:EndUser {id: $from})', 'USING INDEX SEEK u:Entity(id)']
      : ['MATCH (u:EndUser)']),
    // Level i adds one step to every walk of i − 1 steps; the last level only keeps providers.
    `WITH u, reduce(f = [{ns: [u], rs: []}], i IN range(1, ${k}) | f + reduce(n = [], w IN f |`,
    '  CASE WHEN size(w.rs) = i - 1 THEN n + [a IN [last(w.ns)] |',
    '    [s IN [(a)-[r:BUYS_FROM|SUBSIDIARY_OF]->(b) | [r, b]] + [(a)<-[r:SUBSIDIARY_OF]-(b) | [r, b]]',
    `      WHERE NOT s[1] IN w.ns AND (i < ${k} OR s[1]:CloudProvider) | {ns: w.ns + s[1], rs: w.rs + s[0]}]][0]`,
    '  ELSE n END)) AS ws',
    'UNWIND ws AS w',
    'WITH u, w.ns AS ns, w.rs AS rs, last(w.ns) AS p',
    `WHERE size(rs) >= ${String(minSteps)} AND p:CloudProvider${anchors.provider ? ' AND p.id = $provider' : ''}`,
    ...(anchors.to
      ? ['MATCH (p)-[o:OFFERS]->(c:Entity {id: $to})', 'USING INDEX SEEK c:Entity(id)']
      : ['MATCH (p)-[o:OFFERS]->(c)']),
    'WHERE c:Chip|Model',
    "  AND any(x IN rs WHERE type(x) = 'BUYS_FROM')",
    '  AND all(x IN rs WHERE x.covers IS NULL OR c.id IN x.covers)',
    'WITH u, p, ns + c AS ns, rs + o AS rs',
    ...(passes.length > 0 ? [`WHERE all(x IN rs WHERE ${passes.join(' AND ')})`] : []),
    'CALL (rs) { UNWIND rs AS x RETURN max($rank[x.status]) AS weakest }',
    'ORDER BY size(rs), weakest, [n IN ns | n.id], [x IN rs | x.id]',
    ...(paged ? ['SKIP $skip'] : []),
    'LIMIT $limit',
    `RETURN [n IN ns | ${mapProjection('n', details?.entity ?? ['id'])}] AS nodes,`,
    `  [x IN rs | ${relProjection(details)}] AS rels,`,
    `  EXISTS { (u)-[x:BUYS_FROM]->(p)${passes.length > 0 ? ` WHERE ${passes.join(' AND ')}` : ''} } AS directContact`,
  ].join('\n');
}
