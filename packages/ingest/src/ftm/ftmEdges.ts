import type { Amount, Relationship, RelationshipType } from '@detour/domain';
import { optional } from '../optional.ts';
import type { Skipped } from '../tables/imported.ts';
import { ftmEntityId } from './ftmParty.ts';
import type { FtmProps } from './ftmProps.ts';
import { sanctionList, type ListRegistry } from './sanctionList.ts';

/** What edge readers share: the parties imported, the records skipped, and where output goes. */
export interface EdgeContext {
  readonly file: string;
  readonly sourceId: string;
  readonly parties: ReadonlySet<string>;
  readonly skippedIds: ReadonlySet<string>;
  readonly skipped: Skipped[];
  readonly relationships: Relationship[];
  readonly lists: ListRegistry;
}

/** FtM edge schemata and the Detour relationship each becomes, with its ends' properties. */
const EDGES = {
  Ownership: { type: 'SUBSIDIARY_OF', from: 'asset', to: 'owner' },
  Payment: { type: 'BUYS_FROM', from: 'payer', to: 'beneficiary' },
  Representation: { type: 'BUYS_FROM', from: 'client', to: 'agent' },
  Sanction: { type: 'LISTED_ON', from: 'entity', to: undefined },
} as const satisfies Record<
  string,
  { type: RelationshipType; from: string; to: string | undefined }
>;

export type EdgeSchema = keyof typeof EDGES;

export function isEdgeSchema(schema: string): schema is EdgeSchema {
  return Object.hasOwn(EDGES, schema);
}

function skip(ctx: EdgeContext, p: FtmProps, reason: string): void {
  const { line, schema, id } = p.record;
  ctx.skipped.push({ file: ctx.file, line, what: `${schema} ${JSON.stringify(id)}`, reason });
}

/**
 * The ids one end refers to, as Detour ids. An id not in the file is a problem (a dangling
 * reference); an id of a record that was itself skipped drops the edge too.
 */
function end(ctx: EdgeContext, p: FtmProps, role: string): string[] | undefined {
  const ids = p.values(role);
  const { schema } = p.record;
  if (ids.length === 0) {
    skip(ctx, p, `a ${schema} without its ${role} cannot be drawn`);
    return undefined;
  }
  const dangling = ids.filter((id) => !ctx.parties.has(id) && !ctx.skippedIds.has(id));
  ids.forEach((id, i) => {
    if (!dangling.includes(id)) return;
    p.problem(p.path(role, i), `unknown entity ${JSON.stringify(id)}: no line in this file has it`);
  });
  if (dangling.length > 0) return undefined;
  const found = ids.filter((id) => ctx.parties.has(id));
  if (found.length === 0) {
    skip(ctx, p, `refers to a record that was skipped`);
    return undefined;
  }
  return found.map(ftmEntityId);
}

/** A Payment's amount: `amount` with its `currency`, else `amountEur` or `amountUsd`. */
function paymentAmount(p: FtmProps): { amount?: Amount; note?: string } {
  const value = p.number('amount', 0, Infinity);
  const currency = p.first('currency');
  if (value !== undefined && currency !== undefined) {
    if (/^[A-Za-z]{3}$/.test(currency))
      return { amount: { value, currency: currency.toUpperCase() } };
    p.problem(
      p.path('currency', 0),
      `expected a three-letter currency code like "EUR", got ${JSON.stringify(currency)}`,
    );
  }
  const eur = p.number('amountEur', 0, Infinity);
  if (eur !== undefined) return { amount: { value: eur, currency: 'EUR' } };
  const usd = p.number('amountUsd', 0, Infinity);
  if (usd !== undefined) return { amount: { value: usd, currency: 'USD' } };
  return value === undefined ? {} : { note: `Amount ${String(value)} (currency not given).` };
}

/** One FtM edge record → relationships, one per pair of ends (almost always exactly one). */
export function ftmEdge(ctx: EdgeContext, p: FtmProps, schema: EdgeSchema): void {
  const shape = EDGES[schema];
  const list = schema === 'Sanction' ? sanctionList(ctx, p) : undefined;
  if (schema === 'Sanction' && list === undefined) {
    skip(ctx, p, 'a Sanction without an authority or a program cannot name its list');
    return;
  }
  const froms = end(ctx, p, shape.from);
  const tos = shape.to === undefined ? (list === undefined ? [] : [list]) : end(ctx, p, shape.to);
  if (froms === undefined || tos === undefined) return;
  const money = schema === 'Payment' ? paymentAmount(p) : {};
  const note = [p.first('purpose', 'summary', 'description', 'reason'), money.note]
    .filter((part) => part !== undefined)
    .join(' ');
  const common = {
    type: shape.type,
    status: 'reported' as const,
    ...optional('start', p.date('listingDate', 'startDate', 'date')),
    ...optional('end', p.date('endDate')),
    ...optional('amount', money.amount),
    ...optional('note', note === '' ? undefined : note),
    sources: [ctx.sourceId],
    ...optional('share', schema === 'Ownership' ? p.number('percentage', 0, 100) : undefined),
    ...optional('citation', schema === 'Sanction' ? p.first('authorityId') : undefined),
  };
  const pairs = froms.flatMap((from) => tos.map((to) => ({ from, to })));
  pairs.forEach(({ from, to }, i) => {
    if (from === to) {
      skip(ctx, p, 'points from an entity to itself');
      return;
    }
    const id = ftmEntityId(p.record.id) + (pairs.length === 1 ? '' : `-${String(i + 1)}`);
    ctx.relationships.push({ id, from, to, ...common });
  });
}
