import { describe, expect, it } from 'vitest';
import { FULL_PROJECTION, projectionOf } from '../projection.ts';
import { accessPathsCypher } from './accessPathsCypher.ts';
import { shortestPathCypher } from './shortestPathCypher.ts';

const UNFILTERED = { statuses: false, asOf: false } as const;
/** The explorer's selection: subgraph { entities { id kind name } relationships { id type from to status } }. */
const EXPLORER = projectionOf(
  new Set(['id', 'kind', 'name']),
  new Set(['id', 'type', 'from', 'to', 'status']),
);

describe('path Cypher', () => {
  it('grows walks from the end user one directed step at a time, anchored by index', () => {
    expect(
      accessPathsCypher({
        minSteps: 2,
        maxSteps: 4,
        anchors: { from: true, to: true, provider: false },
        filters: UNFILTERED,
        details: EXPLORER,
      }),
    ).toMatchInlineSnapshot(`
      "MATCH (u:Entity:EndUser {id: $from})
      USING INDEX SEEK u:Entity(id)
      WITH u, reduce(f = [{ns: [u], rs: []}], i IN range(1, 4) | f + reduce(n = [], w IN f |
        CASE WHEN size(w.rs) = i - 1 THEN n + [a IN [last(w.ns)] |
          [s IN [(a)-[r:BUYS_FROM|SUBSIDIARY_OF]->(b) | [r, b]] + [(a)<-[r:SUBSIDIARY_OF]-(b) | [r, b]]
            WHERE NOT s[1] IN w.ns AND (i < 4 OR s[1]:CloudProvider) | {ns: w.ns + s[1], rs: w.rs + s[0]}]][0]
        ELSE n END)) AS ws
      UNWIND ws AS w
      WITH u, w.ns AS ns, w.rs AS rs, last(w.ns) AS p
      WHERE size(rs) >= 2 AND p:CloudProvider
      MATCH (p)-[o:OFFERS]->(c:Entity {id: $to})
      USING INDEX SEEK c:Entity(id)
      WHERE c:Chip|Model
        AND any(x IN rs WHERE type(x) = 'BUYS_FROM')
        AND all(x IN rs WHERE x.covers IS NULL OR c.id IN x.covers)
      WITH u, p, ns + c AS ns, rs + o AS rs
      CALL (rs) { UNWIND rs AS x RETURN max($rank[x.status]) AS weakest }
      ORDER BY size(rs), weakest, [n IN ns | n.id], [x IN rs | x.id]
      LIMIT $limit
      RETURN [n IN ns | n {.id, .kind, .name}] AS nodes,
        [x IN rs | x {.id, .status, .validFrom, .validTo, type: type(x), from: startNode(x).id, to: endNode(x).id}] AS rels,
        EXISTS { (u)-[x:BUYS_FROM]->(p) } AS directContact"
    `);
  });

  it('starts from every end user when none is given, and tests only the filters given', () => {
    expect(
      accessPathsCypher({
        minSteps: 1,
        maxSteps: 7,
        anchors: { from: false, to: false, provider: true },
        filters: { statuses: true, asOf: true },
        details: null,
      }),
    ).toMatchInlineSnapshot(`
      "MATCH (u:EndUser)
      WITH u, reduce(f = [{ns: [u], rs: []}], i IN range(1, 7) | f + reduce(n = [], w IN f |
        CASE WHEN size(w.rs) = i - 1 THEN n + [a IN [last(w.ns)] |
          [s IN [(a)-[r:BUYS_FROM|SUBSIDIARY_OF]->(b) | [r, b]] + [(a)<-[r:SUBSIDIARY_OF]-(b) | [r, b]]
            WHERE NOT s[1] IN w.ns AND (i < 7 OR s[1]:CloudProvider) | {ns: w.ns + s[1], rs: w.rs + s[0]}]][0]
        ELSE n END)) AS ws
      UNWIND ws AS w
      WITH u, w.ns AS ns, w.rs AS rs, last(w.ns) AS p
      WHERE size(rs) >= 1 AND p:CloudProvider AND p.id = $provider
      MATCH (p)-[o:OFFERS]->(c)
      WHERE c:Chip|Model
        AND any(x IN rs WHERE type(x) = 'BUYS_FROM')
        AND all(x IN rs WHERE x.covers IS NULL OR c.id IN x.covers)
      WITH u, p, ns + c AS ns, rs + o AS rs
      WHERE all(x IN rs WHERE x.status IN $statuses AND NOT coalesce(x.validFrom > $asOf OR x.validTo < $asOf, false))
      CALL (rs) { UNWIND rs AS x RETURN max($rank[x.status]) AS weakest }
      ORDER BY size(rs), weakest, [n IN ns | n.id], [x IN rs | x.id]
      LIMIT $limit
      RETURN [n IN ns | n {.id}] AS nodes,
        [x IN rs | x {.id, .status, .validFrom, .validTo, type: type(x)}] AS rels,
        EXISTS { (u)-[x:BUYS_FROM]->(p) WHERE x.status IN $statuses AND NOT coalesce(x.validFrom > $asOf OR x.validTo < $asOf, false) } AS directContact"
    `);
  });

  it('with every field selected, reads every property the API reports of the path', () => {
    const text = accessPathsCypher({
      minSteps: 2,
      maxSteps: 4,
      anchors: { from: true, to: true, provider: false },
      filters: UNFILTERED,
      details: FULL_PROJECTION,
    });
    expect(text.split('\n').slice(-3).join('\n')).toMatchInlineSnapshot(`
      "RETURN [n IN ns | n {.id, .kind, .name, .aliases, .country, .description, .citation, .effective, .sourceIds}] AS nodes,
        [x IN rs | x {.id, .status, .validFrom, .validTo, .start, .end, .amountValue, .amountCurrency, .amountUnit, .quantityValue, .quantityCurrency, .quantityUnit, .note, .covers, .service, .share, .citation, .score, .explanation, .sourceIds, type: type(x), from: startNode(x).id, to: endNode(x).id}] AS rels,
        EXISTS { (u)-[x:BUYS_FROM]->(p) } AS directContact"
    `);
  });

  it('keeps the avoid predicate inside the shortest-path pattern', () => {
    expect(shortestPathCypher(6)).toMatchInlineSnapshot(`
      "MATCH (s:Entity {id: $from})
      MATCH (t:Entity {id: $to})
      MATCH path = SHORTEST 1 (s)
        (()-[]-(n:Entity WHERE NOT n.id IN $avoid)){1,6}
        (t)
      RETURN [x IN nodes(path) | x.id] AS nodeIds, [x IN relationships(path) | x.id] AS relIds"
    `);
  });

  it('refuses hop bounds outside what was validated', () => {
    expect(() =>
      accessPathsCypher({
        minSteps: 2,
        maxSteps: 8,
        anchors: { from: true, to: false, provider: false },
        filters: UNFILTERED,
        details: null,
      }),
    ).toThrow(/out of range/);
    expect(() => shortestPathCypher(0)).toThrow(/out of range/);
    expect(() => shortestPathCypher(1.5)).toThrow(/out of range/);
  });
});
