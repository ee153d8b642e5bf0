import {
  CAPABILITY_KINDS,
  type Amount,
  type Relationship,
  type RelationshipType,
} from '@detour/domain';
import { Fields, orList, quote } from './fields.ts';
import { optional } from './optional.ts';
import { indexPath } from './problems.ts';
import type { EntityIndex } from './validateEntities.ts';

/** Fields that belong to one relationship type only. */
export const TYPE_FIELDS = {
  covers: 'BUYS_FROM',
  service: 'OFFERS',
  share: 'SUBSIDIARY_OF',
  citation: 'LISTED_ON',
  score: 'POSSIBLY_SAME_AS',
  explanation: 'POSSIBLY_SAME_AS',
} as const satisfies Partial<Record<keyof Relationship, RelationshipType>>;

type TypeField = keyof typeof TYPE_FIELDS;
type TypeDetails = Pick<Relationship, TypeField>;

const CURRENCY = /^[A-Z]{3}$/;

/** `amount` ({ value, currency }) or `quantity` ({ value, unit }), both optional. */
export function readAmount(f: Fields, key: 'amount' | 'quantity'): Amount | undefined {
  if (!f.has(key)) return undefined;
  const measure = key === 'amount' ? 'currency' : 'unit';
  const what = `an object with "value" and "${measure}"`;
  const g = Fields.open(f.report, f.at(key), f.get(key), ['value', measure], what);
  if (g === undefined) return undefined;
  const value = g.number('value', 0, Infinity, true);
  const label =
    key === 'amount'
      ? g.matching('currency', CURRENCY, 'a three-letter currency code like "USD"', true)
      : g.text('unit');
  if (value === undefined || label === undefined) return undefined;
  return key === 'amount' ? { value, currency: label } : { value, unit: label };
}

/**
 * The fields only some types allow. With an unknown type we cannot say which belong, so each is
 * checked for its shape only.
 */
export function readTypeDetails(
  f: Fields,
  type: RelationshipType | undefined,
  entities: EntityIndex,
): TypeDetails {
  const allowed = (key: TypeField): boolean => {
    const owner = TYPE_FIELDS[key];
    if (type === undefined || type === owner || !f.has(key)) return true;
    f.problem(key, `only allowed on ${owner} relationships, not ${type}`);
    return false;
  };
  const sameAs = type === 'POSSIBLY_SAME_AS';
  const covers = allowed('covers') ? readCovers(f, entities) : undefined;
  const service = allowed('service') ? f.optionalText('service') : undefined;
  const share = allowed('share') ? f.number('share', 0, 100, false) : undefined;
  const citation = allowed('citation') ? f.optionalText('citation') : undefined;
  const score = allowed('score') ? f.number('score', 0, 1, sameAs) : undefined;
  const explanation = !allowed('explanation')
    ? undefined
    : sameAs
      ? f.text('explanation')
      : f.optionalText('explanation');
  return {
    ...optional('covers', covers),
    ...optional('service', service),
    ...optional('share', share),
    ...optional('citation', citation),
    ...optional('score', score),
    ...optional('explanation', explanation),
  };
}

/** BUYS_FROM `covers`: the chips or models a purchase is limited to. */
function readCovers(f: Fields, entities: EntityIndex): string[] | undefined {
  const ids = f.texts('covers');
  if (ids === undefined) return undefined;
  if (ids.length === 0) {
    f.problem(
      'covers',
      `must list at least one ${orList(CAPABILITY_KINDS)}; leave it out to mean any`,
    );
  }
  ids.forEach((id, i) => {
    const path = indexPath(f.at('covers'), i);
    const kind = entities.get(id);
    if (!entities.has(id)) f.report.add(path, `unknown entity ${quote(id)}`);
    else if (kind !== undefined && !(CAPABILITY_KINDS as readonly string[]).includes(kind)) {
      f.report.add(path, `must be a ${orList(CAPABILITY_KINDS)}, not ${kind} ${quote(id)}`);
    }
  });
  return ids;
}
