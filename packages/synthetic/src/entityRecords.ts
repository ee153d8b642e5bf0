import type { Entity, EntityKind, Source } from '@detour/domain';
import { isoDay, partialDate, randomPrecision } from './calendar.ts';
import { Facts, FIRST_START, LAST_START } from './facts.ts';
import { endUserName, initials, intermediaryName, PUBLISHERS } from './names.ts';
import type { Plan } from './plan.ts';
import { Random } from './random.ts';

const STREAM_SOURCES = 2;
const STREAM_ENTITIES = 3;

const END_USER_COUNTRIES = [
  'CN',
  'RU',
  'IR',
  'HK',
  'SG',
  'AE',
  'MY',
  'IN',
  'TR',
  'VN',
  'KZ',
  'PK',
  'BY',
  'US',
];
const END_USER_WEIGHTS = [40, 10, 4, 8, 6, 5, 4, 6, 3, 3, 2, 3, 2, 4];
const INTERMEDIARY_COUNTRIES = ['HK', 'SG', 'AE', 'MY', 'CN', 'TW', 'TH', 'VN', 'KZ', 'TR', 'IN'];
const INTERMEDIARY_WEIGHTS = [25, 15, 10, 8, 20, 5, 4, 3, 3, 3, 4];
const PROVIDER_COUNTRIES = [
  'US',
  'US',
  'US',
  'US',
  'US',
  'US',
  'US',
  'US',
  'CN',
  'SG',
  'DE',
  'JP',
  'AE',
  'IN',
  'KR',
  'FR',
  'CN',
  'US',
  'GB',
  'CN',
];

type Extras = Partial<Pick<Entity, 'country' | 'description' | 'citation' | 'effective'>>;

/** The pool of synthetic sources every record cites. */
export function* sourceRecords(plan: Plan): Generator<Source> {
  const random = new Random(plan.seed, STREAM_SOURCES);
  for (let i = 0; i < plan.counts.sources; i++) {
    const day = FIRST_START + random.int(LAST_START - FIRST_START + 1);
    yield {
      id: plan.ids.source(i),
      title: `Synthetic report ${String(i + 1)}`,
      publisher: random.pick(PUBLISHERS),
      url: `https://example.org/synthetic/source/${String(i + 1)}`,
      published: partialDate(day, randomPrecision(random)),
    };
  }
}

/** Every entity, catalogue first, then intermediaries and end users. */
export function* entityRecords(plan: Plan): Generator<Entity> {
  const random = new Random(plan.seed, STREAM_ENTITIES);
  const facts = new Facts(random, plan.ids, plan.counts.sources);
  const { catalog } = plan;
  const fixed = (kind: EntityKind, index: number, name: string, extra: Extras = {}): Entity => ({
    id: plan.ids.entity(kind, index),
    kind,
    name,
    aliases: [],
    ...extra,
    sources: facts.sources(),
  });
  for (const [i, name] of catalog.providers.entries()) {
    yield fixed('CloudProvider', i, name, {
      country: PROVIDER_COUNTRIES[i] ?? 'US',
      description: 'Synthetic cloud provider.',
    });
  }
  for (const [i, name] of catalog.vendors.entries()) {
    yield fixed('Vendor', i, name, {
      country: i % 5 === 4 ? 'TW' : 'US',
      description: 'Synthetic vendor.',
    });
  }
  for (const [i, name] of catalog.chips.entries())
    yield fixed('Chip', i, name, { description: 'Synthetic accelerator.' });
  for (const [i, name] of catalog.models.entries())
    yield fixed('Model', i, name, { description: 'Synthetic model.' });
  for (const [i, regulation] of catalog.regulations.entries()) {
    yield fixed('Regulation', i, regulation.name, {
      country: 'US',
      citation: regulation.citation,
      effective: isoDay(regulation.effective),
    });
  }
  for (const [i, name] of catalog.controlLists.entries())
    yield fixed('ControlList', i, name, { country: 'US' });
  for (let i = 0; i < plan.intermediaries; i++) {
    yield organisation(
      'Intermediary',
      i,
      intermediaryName(random),
      INTERMEDIARY_COUNTRIES,
      INTERMEDIARY_WEIGHTS,
    );
  }
  for (let u = 0; u < plan.endUsers; u++) {
    yield organisation('EndUser', u, endUserName(random), END_USER_COUNTRIES, END_USER_WEIGHTS);
  }

  function organisation(
    kind: EntityKind,
    index: number,
    name: string,
    countries: readonly string[],
    weights: readonly number[],
  ): Entity {
    return {
      id: plan.ids.entity(kind, index),
      kind,
      name,
      aliases: random.chance(0.1) ? [initials(name)] : [],
      country: countries[random.weighted(weights)] ?? 'CN',
      sources: facts.sources(),
    };
  }
}
