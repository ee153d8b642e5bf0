import { ENTITY_KINDS, type Entity, type EntityKind } from '@detour/domain';
import { Fields } from './fields.ts';
import { optional } from './optional.ts';
import { indexPath, type Report } from './problems.ts';

export const ENTITY_FIELDS = [
  'id',
  'kind',
  'name',
  'aliases',
  'country',
  'description',
  'citation',
  'effective',
  'sources',
] as const satisfies readonly (keyof Entity)[];

/** Entity id → its kind (undefined when the kind itself is invalid), for checking references. */
export type EntityIndex = ReadonlyMap<string, EntityKind | undefined>;

const COUNTRY = /^[A-Z]{2}$/;

/** The `entities` list, and an index of every entity id given, for relationships to refer to. */
export function validateEntities(
  report: Report,
  items: readonly unknown[],
  sourceIds: ReadonlySet<string>,
): { entities: Entity[]; index: EntityIndex } {
  const entities: Entity[] = [];
  const seen = new Map<string, string>();
  const index = new Map<string, EntityKind | undefined>();
  items.forEach((item, i) => {
    const f = Fields.open(
      report,
      indexPath('entities', i),
      item,
      ENTITY_FIELDS,
      'an entity object',
    );
    if (f === undefined) return;
    const id = f.id('id', seen);
    const kind = f.choice('kind', ENTITY_KINDS, 'kind');
    if (id !== undefined) index.set(id, kind);
    const name = f.text('name');
    const aliases = f.has('aliases') ? f.texts('aliases') : [];
    const country = f.matching('country', COUNTRY, 'a two-letter country code like "CN"');
    const description = f.optionalText('description');
    const citation = f.optionalText('citation');
    const effective = f.date('effective');
    const sources = f.references('sources', sourceIds, 'source');
    if (
      id === undefined ||
      kind === undefined ||
      name === undefined ||
      aliases === undefined ||
      sources === undefined
    ) {
      return;
    }
    entities.push({
      id,
      kind,
      name,
      aliases,
      ...optional('country', country),
      ...optional('description', description),
      sources,
      ...optional('citation', citation),
      ...optional('effective', effective),
    });
  });
  return { entities, index };
}
