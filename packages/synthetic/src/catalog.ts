import { dayOf } from './calendar.ts';
import { CONTROL_LIST_NAMES, PROVIDER_NAMES, stem, VENDOR_NAMES } from './names.ts';
import type { Random } from './random.ts';
import { WeightedPicker, zipfWeights } from './weightedPicker.ts';

export interface Regulation {
  readonly name: string;
  readonly citation: string;
  /** Day number of the effective date. */
  readonly effective: number;
  /** Capability indices it restricts. */
  readonly restricts: readonly number[];
}

/**
 * The small fixed part of a network: providers, vendors, chips and models (the capabilities),
 * regulations and control lists, and who offers, makes and restricts what. Capability index c
 * is chip c when c < chips.length, else model c - chips.length; lower indices are more popular.
 */
export interface Catalog {
  readonly providers: readonly string[];
  readonly vendors: readonly string[];
  readonly chips: readonly string[];
  readonly models: readonly string[];
  readonly controlLists: readonly string[];
  readonly regulations: readonly Regulation[];
  /** Per provider: the capabilities it offers. */
  readonly offers: readonly (readonly number[])[];
  /** Per capability: the vendors that make it. */
  readonly makers: readonly (readonly number[])[];
  /** Providers by popularity (a few big clouds win most contracts). */
  readonly providerPicker: WeightedPicker;
  /** Capabilities by popularity, for `covers`. */
  readonly capabilityPicker: WeightedPicker;
  /** OFFERS + MAKES + RESTRICTS. */
  readonly relationships: number;
}

const clamp = (value: number, min: number, max: number): number =>
  Math.min(max, Math.max(min, Math.round(value)));

function range(n: number): Uint32Array {
  return Uint32Array.from({ length: n }, (_, i) => i);
}

/** Grows slowly with the network: 8 providers at 1,000 entities, 20 at a million. */
export function planCatalog(random: Random, entities: number): Catalog {
  const scale = Math.log10(entities);
  const providers = PROVIDER_NAMES.slice(0, clamp(4 * scale - 4, 8, PROVIDER_NAMES.length));
  const vendors = VENDOR_NAMES.slice(0, clamp(2 * scale, 6, VENDOR_NAMES.length));
  const capabilities = clamp(6 * scale - 6, 10, 40);
  const chipVendors = Math.ceil(vendors.length * 0.4);
  const serverMakers = Math.ceil(vendors.length * 0.2);
  const chips = Array.from({ length: capabilities }, (_, i) => {
    const vendor = vendors[i % chipVendors] ?? '';
    return `${vendor.split(' ')[0] ?? ''} ${'XAGT'.charAt(i % 4)}${String(100 + 10 * i)}`;
  });
  const models = Array.from(
    { length: capabilities },
    () =>
      `${stem(random)}-${String(random.between(2, 5))} ${String(random.pick([7, 34, 70, 405]))}B`,
  );
  const capabilityCount = chips.length + models.length;

  const makers = Array.from({ length: capabilityCount }, (_, c) => {
    if (c >= chips.length)
      return [chipVendors + serverMakers + random.int(vendors.length - chipVendors - serverMakers)];
    const made = [c % chipVendors];
    if (random.chance(0.3)) made.push(chipVendors + random.int(serverMakers));
    return made;
  });

  const offers = providers.map(() => {
    const offered: number[] = [];
    for (let c = 0; c < capabilityCount; c++) {
      const rank = c < chips.length ? c / chips.length : (c - chips.length) / models.length;
      if (random.chance(0.15 + 0.7 * (1 - rank))) offered.push(c);
    }
    return offered.length > 0 ? offered : [0];
  });

  const regulationCount = clamp(2 * scale, 4, 12);
  const regulations = Array.from({ length: regulationCount }, (_, i): Regulation => {
    const year = 2018 + Math.floor((i * 8) / regulationCount);
    const effective = dayOf(year, random.between(1, 12), random.between(1, 28));
    const restricts: number[] = [];
    for (let c = 0; c < capabilityCount; c++) {
      const isModel = c >= chips.length;
      const rank = isModel ? (c - chips.length) / models.length : c / chips.length;
      if ((!isModel || year >= 2023) && random.chance(0.7 * (1 - rank))) restricts.push(c);
    }
    if (restricts.length === 0) restricts.push(0);
    return {
      name: `Synthetic export rule ${String(i + 1)} (${String(year)})`,
      citation: `${String(83 + year - 2018)} FR ${String(random.between(10_000, 99_999))}`,
      effective,
      restricts,
    };
  });

  const sum = (lists: readonly (readonly number[])[]): number =>
    lists.reduce((total, list) => total + list.length, 0);
  return {
    providers,
    vendors,
    chips,
    models,
    controlLists: CONTROL_LIST_NAMES.slice(0, clamp(scale + 1, 4, CONTROL_LIST_NAMES.length)),
    regulations,
    offers,
    makers,
    providerPicker: new WeightedPicker(
      range(providers.length),
      zipfWeights(range(providers.length), 1),
    ),
    capabilityPicker: new WeightedPicker(
      range(capabilityCount),
      zipfWeights(
        range(capabilityCount).map((c) => (c < chips.length ? c : c - chips.length)),
        0.8,
      ),
    ),
    relationships: sum(offers) + sum(makers) + sum(regulations.map((r) => r.restricts)),
  };
}
