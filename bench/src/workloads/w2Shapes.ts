import { Kind, parse } from 'graphql';
import { selectedProjection } from '../../../apps/api/src/modules/projection.ts';
import { NEO4J_GRAPHQL_RELATIONSHIP_FIELDS } from '../servers/neo4jGraphqlServer.ts';
import type { ServerKind } from '../servers/startServer.ts';
import type { LoadRequest } from '../measure/load.ts';

export const SHAPES = ['entity', 'search', 'neighborhood'] as const;
export type Shape = (typeof SHAPES)[number];

export interface ShapeInput {
  readonly id: string;
  readonly word: string;
}

const ENTITY_FIELDS = 'id kind name aliases country';

/** Detour's schema: what the web app asks for each shape. */
export const DETOUR_QUERIES: Record<Shape, string> = {
  entity: `query Entity($id: ID!) { entity(id: $id) { ${ENTITY_FIELDS} description } }`,
  search: `query Search($word: String!) { search(query: $word, first: 10) { score entity { ${ENTITY_FIELDS} } } }`,
  neighborhood: `query Neighborhood($id: ID!) { neighborhood(id: $id, depth: 1, first: 50) { truncated entities { ${ENTITY_FIELDS} } relationships { id type from to status } } }`,
};

/**
 * What Detour's neighborhood resolver reads for DETOUR_QUERIES.neighborhood (the same function on
 * the same selection): the bare-driver server sends the same Cypher.
 */
export const NEIGHBORHOOD_PROJECTION = (() => {
  const [operation] = parse(DETOUR_QUERIES.neighborhood).definitions;
  const field =
    operation?.kind === Kind.OPERATION_DEFINITION ? operation.selectionSet.selections[0] : null;
  if (field?.kind !== Kind.FIELD) throw new Error('W2 neighborhood: no neighborhood field');
  return selectedProjection(
    { fieldNodes: [field], fragments: {} },
    ['entities'],
    ['relationships'],
  );
})();

/** @neo4j/graphql's generated schema: the same entity, and its neighbours 50 per field. */
export const NEO4J_GRAPHQL_QUERIES: Partial<Record<Shape, string>> = {
  entity: `query Entity($id: ID!) { entities(where: { id: { eq: $id } }) { ${ENTITY_FIELDS} description } }`,
  neighborhood: `query Neighborhood($id: ID!) { entities(where: { id: { eq: $id } }) { ${ENTITY_FIELDS} ${NEO4J_GRAPHQL_RELATIONSHIP_FIELDS.map(
    (field) =>
      `${field}Connection(first: 50) { edges { properties { id status } node { ${ENTITY_FIELDS} } } }`,
  ).join(' ')} } }`,
};

/** The HTTP request each server answers a shape with, for one input. */
export function requestFor(kind: ServerKind, shape: Shape, input: ShapeInput): LoadRequest | null {
  const variables = shape === 'search' ? { word: input.word } : { id: input.id };
  if (kind === 'bare') {
    const query =
      shape === 'search'
        ? `q=${encodeURIComponent(input.word)}`
        : `id=${encodeURIComponent(input.id)}`;
    return { method: 'GET', path: `/${shape}?${query}` };
  }
  const query = kind === 'detour' ? DETOUR_QUERIES[shape] : NEO4J_GRAPHQL_QUERIES[shape];
  if (query === undefined) return null;
  return { method: 'POST', path: '/graphql', body: JSON.stringify({ query, variables }) };
}
