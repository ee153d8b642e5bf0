import { describe, expect, it } from 'vitest';
import { accessPathsCypher } from './accessPathsCypher.ts';
import { shortestPathCypher } from './shortestPathCypher.ts';

describe('path Cypher', () => {
  it('anchors the access-path pattern on the given ids and bounds it with literals', () => {
    expect(
      accessPathsCypher({
        minSteps: 2,
        maxSteps: 4,
        anchors: { from: true, to: true, provider: false },
      }),
    ).toMatchInlineSnapshot(`
      "MATCH (u:Entity:EndUser {id: $from})
      USING INDEX u:Entity(id)
      MATCH path = (u)
        ((a)-[r:BUYS_FROM|SUBSIDIARY_OF]-(b)
          WHERE (type(r) = 'SUBSIDIARY_OF' OR startNode(r) = a) AND ($statuses IS NULL OR r.status IN $statuses) AND ($asOf IS NULL OR (coalesce(r.validFrom, $asOf) <= $asOf AND coalesce(r.validTo, $asOf) >= $asOf))
        ){2,4}
        (p:CloudProvider)-[o:OFFERS]->(c:Entity {id: $to})
      WHERE (c:Chip OR c:Model)
        AND ($statuses IS NULL OR o.status IN $statuses) AND ($asOf IS NULL OR (coalesce(o.validFrom, $asOf) <= $asOf AND coalesce(o.validTo, $asOf) >= $asOf))
        AND any(x IN r WHERE type(x) = 'BUYS_FROM')
        AND all(x IN r WHERE x.covers IS NULL OR c.id IN x.covers)
      WITH u, p, path, nodes(path) AS ns, relationships(path) AS rs
      WHERE all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..])
      WITH u, p, ns, rs,
        reduce(w = 0, x IN rs | CASE WHEN $rank[x.status] > w THEN $rank[x.status] ELSE w END) AS weakest
      ORDER BY size(rs), weakest, [n IN ns | n.id]
      LIMIT $limit
      RETURN [n IN ns | n.id] AS nodeIds,
        [x IN rs | {id: x.id, type: type(x), status: x.status, validFrom: x.validFrom, validTo: x.validTo}] AS rels,
        EXISTS { MATCH (u)-[d:BUYS_FROM]->(p) WHERE ($statuses IS NULL OR d.status IN $statuses) AND ($asOf IS NULL OR (coalesce(d.validFrom, $asOf) <= $asOf AND coalesce(d.validTo, $asOf) >= $asOf)) } AS directContact"
    `);
  });

  it('enumerates from every end user when none is given', () => {
    expect(
      accessPathsCypher({
        minSteps: 1,
        maxSteps: 7,
        anchors: { from: false, to: false, provider: true },
      }),
    ).toMatchInlineSnapshot(`
      "MATCH (u:EndUser)
      MATCH path = (u)
        ((a)-[r:BUYS_FROM|SUBSIDIARY_OF]-(b)
          WHERE (type(r) = 'SUBSIDIARY_OF' OR startNode(r) = a) AND ($statuses IS NULL OR r.status IN $statuses) AND ($asOf IS NULL OR (coalesce(r.validFrom, $asOf) <= $asOf AND coalesce(r.validTo, $asOf) >= $asOf))
        ){1,7}
        (p:CloudProvider:Entity {id: $provider})-[o:OFFERS]->(c)
      WHERE (c:Chip OR c:Model)
        AND ($statuses IS NULL OR o.status IN $statuses) AND ($asOf IS NULL OR (coalesce(o.validFrom, $asOf) <= $asOf AND coalesce(o.validTo, $asOf) >= $asOf))
        AND any(x IN r WHERE type(x) = 'BUYS_FROM')
        AND all(x IN r WHERE x.covers IS NULL OR c.id IN x.covers)
      WITH u, p, path, nodes(path) AS ns, relationships(path) AS rs
      WHERE all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[i + 1..])
      WITH u, p, ns, rs,
        reduce(w = 0, x IN rs | CASE WHEN $rank[x.status] > w THEN $rank[x.status] ELSE w END) AS weakest
      ORDER BY size(rs), weakest, [n IN ns | n.id]
      LIMIT $limit
      RETURN [n IN ns | n.id] AS nodeIds,
        [x IN rs | {id: x.id, type: type(x), status: x.status, validFrom: x.validFrom, validTo: x.validTo}] AS rels,
        EXISTS { MATCH (u)-[d:BUYS_FROM]->(p) WHERE ($statuses IS NULL OR d.status IN $statuses) AND ($asOf IS NULL OR (coalesce(d.validFrom, $asOf) <= $asOf AND coalesce(d.validTo, $asOf) >= $asOf)) } AS directContact"
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
      }),
    ).toThrow(/out of range/);
    expect(() => shortestPathCypher(0)).toThrow(/out of range/);
    expect(() => shortestPathCypher(1.5)).toThrow(/out of range/);
  });
});
