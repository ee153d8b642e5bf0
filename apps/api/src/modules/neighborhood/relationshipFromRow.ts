import { isRelationshipType, isStatus, type Amount, type Relationship } from '@detour/domain';
import { optional, strings } from '../entities/fromRow.ts';

function amount(value: unknown, currency: unknown, unit: unknown): Amount | undefined {
  if (typeof value !== 'number') return undefined;
  return {
    value,
    ...(typeof currency === 'string' ? { currency } : {}),
    ...(typeof unit === 'string' ? { unit } : {}),
  };
}

function number<K extends string>(key: K, value: unknown): { [P in K]?: number } {
  return typeof value === 'number' ? ({ [key]: value } as { [P in K]: number }) : {};
}

/** A stored relationship (its properties, type and end ids) → the domain Relationship. */
export function relationshipFromRow(
  props: Readonly<Record<string, unknown>>,
  type: unknown,
  from: unknown,
  to: unknown,
): Relationship {
  const status = props['status'];
  if (!isRelationshipType(type))
    throw new Error(`Stored relationship ${String(props['id'])} has unknown type ${String(type)}`);
  if (!isStatus(status))
    throw new Error(
      `Stored relationship ${String(props['id'])} has unknown status ${String(status)}`,
    );
  const money = amount(props['amountValue'], props['amountCurrency'], props['amountUnit']);
  const quantity = amount(props['quantityValue'], props['quantityCurrency'], props['quantityUnit']);
  return {
    id: String(props['id']),
    type,
    from: String(from),
    to: String(to),
    status,
    sources: strings(props['sourceIds']),
    ...(Array.isArray(props['covers']) ? { covers: strings(props['covers']) } : {}),
    ...(money === undefined ? {} : { amount: money }),
    ...(quantity === undefined ? {} : { quantity }),
    ...optional('start', props['start']),
    ...optional('end', props['end']),
    ...optional('note', props['note']),
    ...optional('service', props['service']),
    ...optional('citation', props['citation']),
    ...optional('explanation', props['explanation']),
    ...number('share', props['share']),
    ...number('score', props['score']),
  };
}
