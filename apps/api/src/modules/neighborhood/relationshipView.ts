import type { Relationship } from '@detour/domain';
import { relationshipFromRow } from './relationshipFromRow.ts';

/**
 * A relationship with the fields a query read (modules/projection.ts): id, type, ends and status
 * always, the rest when the selection asked for them. A full Relationship is one too.
 */
export type RelationshipView = Pick<Relationship, 'id' | 'type' | 'from' | 'to' | 'status'> &
  Partial<Relationship>;

/** The stored properties each field of the GraphQL Relationship type is read from. */
export const RELATIONSHIP_FIELD_PROPERTIES = {
  id: ['id'],
  // type, from and to are the relationship's type and its ends' ids, not properties.
  type: [],
  from: [],
  to: [],
  status: ['status'],
  start: ['start'],
  end: ['end'],
  amount: ['amountValue', 'amountCurrency', 'amountUnit'],
  quantity: ['quantityValue', 'quantityCurrency', 'quantityUnit'],
  note: ['note'],
  covers: ['covers'],
  service: ['service'],
  share: ['share'],
  citation: ['citation'],
  score: ['score'],
  explanation: ['explanation'],
  sources: ['sourceIds'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/** A projected relationship (`r {.id, .status, …}`) → the view, with exactly the fields it read. */
export function relationshipViewFromRow(
  props: Readonly<Record<string, unknown>>,
  type: unknown,
  from: unknown,
  to: unknown,
): RelationshipView {
  const { sources, ...rest } = relationshipFromRow(props, type, from, to);
  return 'sourceIds' in props ? { ...rest, sources } : rest;
}
