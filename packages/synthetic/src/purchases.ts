import type { Amount, Relationship } from '@detour/domain';
import { LAST_START, STATUS_MIX } from './facts.ts';
import type { Random } from './random.ts';
import type { RecordContext } from './recordContext.ts';

interface Supplier {
  readonly id: string;
  /** A provider's offered capabilities: what a direct contract can cover. */
  readonly offers?: readonly number[];
}

const CURRENCIES = ['USD', 'CNY', 'EUR', 'SGD', 'HKD', 'AED'];
const CURRENCY_WEIGHTS = [50, 25, 8, 7, 6, 4];
/** Contracts run until mid-2026 at the latest, unless open-ended. */
const LAST_DAY = LAST_START + 365;

/** How many suppliers a party with `records` purchases deals with: a handful, growing slowly. */
export function supplierCount(random: Random, records: number, max: number): number {
  const typical = (0.5 + 0.7 * random.next()) * (1 + 1.5 * Math.log(records));
  return Math.max(1, Math.min(records, max, Math.round(typical)));
}

/** Resellers buy from providers (depth 1) or from resellers one hop nearer a provider. */
export function* supplyPurchases(ctx: RecordContext): Generator<Relationship> {
  const { plan, random } = ctx;
  const { catalog, ids } = plan;
  for (let i = 0; i < plan.intermediaries; i++) {
    const records = plan.supplyRecords[i] ?? 1;
    const depth = plan.depth[i] ?? 1;
    const wanted = supplierCount(random, records, 4);
    const upstream = plan.tiers[depth - 2];
    const suppliers: Supplier[] =
      upstream === undefined
        ? catalog.providerPicker.pickDistinct(random, wanted).map((p) => provider(ctx, p))
        : upstream.pickDistinct(random, wanted).map((m) => ({ id: ids.entity('Intermediary', m) }));
    yield* purchases(ctx, ids.entity('Intermediary', i), suppliers, records);
  }
}

/** End users buy through resellers of their home depth; a few also contract a provider directly. */
export function* endUserPurchases(ctx: RecordContext): Generator<Relationship> {
  const { plan, random } = ctx;
  const { catalog, ids } = plan;
  for (let u = 0; u < plan.endUsers; u++) {
    const records = plan.purchaseRecords[u] ?? 1;
    const tier = plan.tiers[(plan.homeDepth[u] ?? 1) - 1];
    const wanted = supplierCount(random, records, 60);
    const suppliers: Supplier[] = [];
    if (plan.direct[u] === 1) suppliers.push(provider(ctx, catalog.providerPicker.pick(random)));
    for (const m of tier?.pickDistinct(random, wanted - suppliers.length) ?? []) {
      suppliers.push({ id: ids.entity('Intermediary', m) });
    }
    yield* purchases(ctx, ids.entity('EndUser', u), suppliers, records);
  }
}

function provider(ctx: RecordContext, p: number): Supplier {
  return {
    id: ctx.plan.ids.entity('CloudProvider', p),
    offers: ctx.plan.catalog.offers[p] ?? [],
  };
}

/**
 * `records` BUYS_FROM records from `customer`, shared out over its suppliers. Repeat purchases
 * from one supplier follow each other in time (renewals, monthly token bundles); the last may
 * be open-ended.
 */
function* purchases(
  ctx: RecordContext,
  customer: string,
  suppliers: readonly Supplier[],
  records: number,
): Generator<Relationship> {
  const { random, facts } = ctx;
  for (const [j, supplier] of suppliers.entries()) {
    const count = Math.floor(records / suppliers.length) + (j < records % suppliers.length ? 1 : 0);
    const first = facts.startDay();
    const slot = (LAST_DAY - first) / count;
    for (let t = 0; t < count; t++) {
      const start = first + Math.floor(t * slot);
      const days = Math.max(0, Math.floor(slot * (0.6 + 0.4 * random.next())) - 1);
      const amount = random.chance(0.25) ? money(random) : undefined;
      const covers = random.chance(0.3) ? coverage(ctx, supplier) : undefined;
      yield {
        id: ctx.nextId(),
        type: 'BUYS_FROM',
        from: customer,
        to: supplier.id,
        status: facts.status(STATUS_MIX.purchase),
        ...facts.validity(start, t === count - 1 && random.chance(0.4) ? null : days),
        ...(amount === undefined ? {} : { amount }),
        ...(random.chance(0.08)
          ? { quantity: { value: random.between(8, 4096), unit: 'GPUs' } }
          : {}),
        sources: facts.sources(),
        ...(covers === undefined ? {} : { covers }),
      };
    }
  }
}

/** An amount from about a thousand to ten million, rounded as sources report it. */
function money(random: Random): Amount {
  const raw = Math.pow(10, 3 + 4 * random.next());
  const step = Math.pow(10, Math.floor(Math.log10(raw)) - 1);
  return {
    value: Math.round(raw / step) * step,
    currency: CURRENCIES[random.weighted(CURRENCY_WEIGHTS)] ?? 'USD',
  };
}

/** One to three capabilities: a provider's own offers, or the popular ones for a reseller. */
function coverage(ctx: RecordContext, supplier: Supplier): string[] {
  const { random, plan } = ctx;
  const wanted = random.between(1, 3);
  const chosen: number[] = [];
  const offers = supplier.offers;
  for (let tries = 0; chosen.length < wanted && tries < 10; tries++) {
    const c =
      offers === undefined ? plan.catalog.capabilityPicker.pick(random) : random.pick(offers);
    if (!chosen.includes(c)) chosen.push(c);
  }
  return chosen.map((c) => ctx.capabilityId(c));
}
