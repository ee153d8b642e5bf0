import type { EntityKind, Relationship } from '@detour/domain';
import { dayOf, partialDate } from './calendar.ts';
import { STATUS_MIX } from './facts.ts';
import type { Random } from './random.ts';
import type { RecordContext } from './recordContext.ts';

/** Listings go mostly to the first lists (the Entity List's counterpart) and thin out after. */
const LIST_WEIGHTS = [45, 20, 15, 8, 5, 3, 2, 2];

/**
 * Exactly `k` of `0 … n-1`, in increasing order, each equally likely (selection sampling), so a
 * million candidates need no array.
 */
function* choose(random: Random, n: number, k: number): Generator<number> {
  let left = k;
  for (let i = 0; i < n && left > 0; i++) {
    if (random.next() * (n - i) < left) {
      left--;
      yield i;
    }
  }
}

/** Affiliates: a few percent of resellers and of end users are owned by another of their kind. */
export function* subsidiaries(ctx: RecordContext): Generator<Relationship> {
  const { plan } = ctx;
  yield* ownership(ctx, 'Intermediary', plan.intermediaries, plan.subsidiaries.intermediaries);
  yield* ownership(ctx, 'EndUser', plan.endUsers, plan.subsidiaries.endUsers);
}

function* ownership(
  ctx: RecordContext,
  kind: EntityKind,
  n: number,
  k: number,
): Generator<Relationship> {
  const { random, facts, plan } = ctx;
  // Children are 1 … n-1 and parents have lower indices, so ownership never loops.
  for (const child of choose(random, n - 1, k)) {
    const share = random.chance(0.3)
      ? undefined
      : random.chance(0.6)
        ? 100
        : random.chance(0.7)
          ? random.between(51, 99)
          : random.between(10, 49);
    yield {
      id: ctx.nextId(),
      type: 'SUBSIDIARY_OF',
      from: plan.ids.entity(kind, child + 1),
      to: plan.ids.entity(kind, random.int(child + 1)),
      status: facts.status(STATUS_MIX.ownership),
      ...facts.validity(facts.startDay(), random.chance(0.1) ? random.between(365, 2000) : null),
      sources: facts.sources(),
      ...(share === undefined ? {} : { share }),
    };
  }
}

/** A few percent of resellers and end users are on a control list, from a dated listing. */
export function* listings(ctx: RecordContext): Generator<Relationship> {
  const { plan } = ctx;
  yield* listed(ctx, 'Intermediary', plan.intermediaries, plan.listings.intermediaries);
  yield* listed(ctx, 'EndUser', plan.endUsers, plan.listings.endUsers);
}

function* listed(
  ctx: RecordContext,
  kind: EntityKind,
  n: number,
  k: number,
): Generator<Relationship> {
  const { random, facts, plan } = ctx;
  const lists = plan.catalog.controlLists.length;
  for (const index of choose(random, n, k)) {
    const year = random.between(2018, 2025);
    yield {
      id: ctx.nextId(),
      type: 'LISTED_ON',
      from: plan.ids.entity(kind, index),
      to: plan.ids.entity('ControlList', random.weighted(LIST_WEIGHTS.slice(0, lists))),
      status: facts.status(STATUS_MIX.official),
      start: partialDate(dayOf(year, random.between(1, 12), random.between(1, 28)), 'day'),
      sources: facts.sources(),
      citation: `${String(83 + year - 2018)} FR ${String(random.between(10_000, 99_999))}`,
    };
  }
}
