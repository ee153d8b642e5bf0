/**
 * Projections: which stored properties a query reads of the entities and relationships it
 * returns, taken from what the GraphQL selection asks for. Reading only those saves Neo4j
 * serialising, the driver decoding and the API converting every property of every node and
 * relationship on an answer (a quarter of an accessPaths request's CPU went to decoding them).
 */
import { ENTITY_FIELD_PROPERTIES } from './entities/entityView.ts';
import { RELATIONSHIP_FIELD_PROPERTIES } from './neighborhood/relationshipView.ts';
import { selectedFields, type SelectionInfo } from './selection.ts';

export interface Projection {
  /** Stored properties of each entity: id and kind always. */
  readonly entity: readonly string[];
  /** Stored properties of each relationship: id and status always (type and ends are not properties). */
  readonly relationship: readonly string[];
}

function properties(
  table: Readonly<Record<string, readonly string[]>>,
  always: readonly string[],
  fields: ReadonlySet<string>,
): string[] {
  const read = new Set(always);
  for (const [field, stored] of Object.entries(table)) {
    if (fields.has(field)) for (const property of stored) read.add(property);
  }
  return [...read];
}

/** What the selected fields of Entity and Relationship need read, in a fixed order. */
export function projectionOf(
  entityFields: ReadonlySet<string>,
  relationshipFields: ReadonlySet<string>,
): Projection {
  return {
    entity: properties(ENTITY_FIELD_PROPERTIES, ['id', 'kind'], entityFields),
    relationship: properties(RELATIONSHIP_FIELD_PROPERTIES, ['id', 'status'], relationshipFields),
  };
}

/** Every property the API reports: for callers that answer no particular selection. */
export const FULL_PROJECTION: Projection = projectionOf(
  new Set(Object.keys(ENTITY_FIELD_PROPERTIES)),
  new Set(Object.keys(RELATIONSHIP_FIELD_PROPERTIES)),
);

/** The projection for the entities and relationships selected at these paths below a field. */
export function selectedProjection(
  info: SelectionInfo,
  entities: readonly string[],
  relationships: readonly string[],
): Projection {
  return projectionOf(selectedFields(info, entities), selectedFields(info, relationships));
}

const PROPERTY = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * A Cypher map projection, `n {.id, .kind}`, with `extra` entries (`type: type(x)`) after the
 * properties. Property names come from the tables above, never from a request; checked anyway.
 */
export function mapProjection(
  variable: string,
  stored: readonly string[],
  extra: readonly string[] = [],
): string {
  for (const name of stored) {
    if (!PROPERTY.test(name)) throw new Error(`mapProjection: bad property name ${name}`);
  }
  return `${variable} {${[...stored.map((name) => `.${name}`), ...extra].join(', ')}}`;
}

/** A field a projection must have read because the selection asked for it. */
export function projected<T>(value: T | undefined, field: string): T {
  if (value === undefined) throw new Error(`${field} was selected but not read`);
  return value;
}
