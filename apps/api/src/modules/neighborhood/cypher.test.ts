import { describe, expect, it } from 'vitest';
import { projectionOf } from '../projection.ts';
import { neighborhoodCypher, neighborPageCypher } from './repository.ts';

/** The explorer's selection: entities { id kind name aliases country } relationships { id type from to status }. */
const EXPLORER = projectionOf(
  new Set(['id', 'kind', 'name', 'aliases', 'country']),
  new Set(['id', 'type', 'from', 'to', 'status']),
);

describe('neighbourhood Cypher', () => {
  it('reads the centre and its first page in one query, only the selected properties', () => {
    expect(neighborhoodCypher(EXPLORER)).toMatchInlineSnapshot(`
      "MATCH (n:Entity {id: $id})
      CALL (n) {
        MATCH (n)-[r]-(m:Entity)
        WHERE ($types IS NULL OR type(r) IN $types)
          AND ($statuses IS NULL OR r.status IN $statuses)
          AND ($from IS NULL OR coalesce(r.validTo, $from) >= $from)
          AND ($until IS NULL OR coalesce(r.validFrom, $until) <= $until)
        WITH r, m
        ORDER BY m.name, r.id
        WITH type(r) AS type, collect({r: r {.id, .status}, m: m {.id, .kind, .name, .aliases, .country}, from: startNode(r).id, to: endNode(r).id}) AS rels
        RETURN collect({type: type, total: size(rels), page: rels[$offset..$offset + $first]}) AS groups
      }
      RETURN n {.id, .kind, .name, .aliases, .country} AS centre, groups"
    `);
  });

  it('pages the further levels per frontier entity, from the start of each type', () => {
    expect(neighborPageCypher(EXPLORER)).toMatchInlineSnapshot(`
      "UNWIND $frontier AS fid
      MATCH (n:Entity {id: fid})
      CALL (n) {
        MATCH (n)-[r]-(m:Entity)
        WHERE ($types IS NULL OR type(r) IN $types)
          AND ($statuses IS NULL OR r.status IN $statuses)
          AND ($from IS NULL OR coalesce(r.validTo, $from) >= $from)
          AND ($until IS NULL OR coalesce(r.validFrom, $until) <= $until)
        WITH r, m
        ORDER BY m.name, r.id
        WITH type(r) AS type, collect({r: r {.id, .status}, m: m {.id, .kind, .name, .aliases, .country}, from: startNode(r).id, to: endNode(r).id}) AS rels
        RETURN type, size(rels) AS total, rels[..$first] AS page
      }
      RETURN n.id AS entity, type, total, page"
    `);
  });
});
