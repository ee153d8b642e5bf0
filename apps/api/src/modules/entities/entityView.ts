import type { Entity } from '@detour/domain';
import { entityFromRow } from './fromRow.ts';

/**
 * An entity with the fields a query read (modules/projection.ts): id and kind always, the rest
 * when the selection asked for them. A full Entity is one too.
 */
export type EntityView = Pick<Entity, 'id' | 'kind'> & Partial<Omit<Entity, 'id' | 'kind'>>;

/** The stored properties each field of the GraphQL Entity type is read from. */
export const ENTITY_FIELD_PROPERTIES = {
  id: ['id'],
  kind: ['kind'],
  name: ['name'],
  aliases: ['aliases'],
  country: ['country'],
  description: ['description'],
  citation: ['citation'],
  effective: ['effective'],
  sources: ['sourceIds'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** A projected entity row (`n {.id, .kind, …}`) → the view, with exactly the fields it read. */
export function entityViewFromRow(row: Readonly<Record<string, unknown>>): EntityView {
  const { name, aliases, sources, ...rest } = entityFromRow(row);
  return {
    ...rest,
    ...('name' in row ? { name } : {}),
    ...('aliases' in row ? { aliases } : {}),
    ...('sourceIds' in row ? { sources } : {}),
  };
}
