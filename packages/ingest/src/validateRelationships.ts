import {
  endOfPartialDate,
  RELATIONSHIP_TYPE_INFO,
  RELATIONSHIP_TYPES,
  startOfPartialDate,
  STATUSES,
  type Relationship,
  type RelationshipType,
} from '@detour/domain';
import { Fields, orList, quote } from './fields.ts';
import { optional } from './optional.ts';
import { indexPath, type Report } from './problems.ts';
import { readAmount, readTypeDetails } from './relationshipDetails.ts';
import type { EntityIndex } from './validateEntities.ts';

export const RELATIONSHIP_FIELDS = [
  'id',
  'type',
  'from',
  'to',
  'status',
  'start',
  'end',
  'amount',
  'quantity',
  'note',
  'sources',
  'covers',
  'service',
  'share',
  'citation',
  'score',
  'explanation',
] as const satisfies readonly (keyof Relationship)[];

/** The `relationships` list, checked against the entities and sources it refers to. */
export function validateRelationships(
  report: Report,
  items: readonly unknown[],
  entities: EntityIndex,
  sourceIds: ReadonlySet<string>,
): Relationship[] {
  const relationships: Relationship[] = [];
  const seen = new Map<string, string>();
  items.forEach((item, i) => {
    const path = indexPath('relationships', i);
    const f = Fields.open(report, path, item, RELATIONSHIP_FIELDS, 'a relationship object');
    if (f === undefined) return;
    const id = f.id('id', seen);
    const type = f.choice('type', RELATIONSHIP_TYPES, 'relationship type');
    const from = readEnd(f, 'from', type, entities);
    const to = readEnd(f, 'to', type, entities);
    if (from !== undefined && from === to) {
      f.problem('to', `a relationship cannot point from ${quote(from)} to itself`);
    }
    const status = f.choice('status', STATUSES, 'status');
    const start = f.date('start');
    const end = f.date('end');
    if (
      start !== undefined &&
      end !== undefined &&
      startOfPartialDate(start) > endOfPartialDate(end)
    ) {
      f.problem('end', `${quote(end)} is before the start ${quote(start)}`);
    }
    const amount = readAmount(f, 'amount');
    const quantity = readAmount(f, 'quantity');
    const note = f.optionalText('note');
    const sources = f.references('sources', sourceIds, 'source');
    const details = readTypeDetails(f, type, entities);
    if (
      id === undefined ||
      type === undefined ||
      from === undefined ||
      to === undefined ||
      status === undefined ||
      sources === undefined
    ) {
      return;
    }
    relationships.push({
      id,
      type,
      from,
      to,
      status,
      ...optional('start', start),
      ...optional('end', end),
      ...optional('amount', amount),
      ...optional('quantity', quantity),
      ...optional('note', note),
      sources,
      ...details,
    });
  });
  return relationships;
}

/** `from` or `to`: an existing entity of a kind the type allows at that end. */
function readEnd(
  f: Fields,
  end: 'from' | 'to',
  type: RelationshipType | undefined,
  entities: EntityIndex,
): string | undefined {
  const id = f.text(end);
  if (id === undefined) return undefined;
  if (!entities.has(id)) {
    f.problem(end, `unknown entity ${quote(id)}`);
    return id;
  }
  const kind = entities.get(id);
  if (type === undefined || kind === undefined) return id;
  const allowed = RELATIONSHIP_TYPE_INFO[type][end];
  if (!allowed.includes(kind)) {
    const verb = end === 'from' ? 'start from' : 'point to';
    f.problem(end, `${type} must ${verb} ${orList(allowed)}, not ${kind} ${quote(id)}`);
  }
  return id;
}
