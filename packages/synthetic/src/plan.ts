import { planCatalog, type Catalog } from './catalog.ts';
import { datasetId, Ids } from './ids.ts';
import { Random } from './random.ts';
import { checkOptions, sizeTargets, type NetworkOptions } from './sizes.ts';
import { WeightedPicker, zipfWeights } from './weightedPicker.ts';

/** Shares of the network's parts; tuned so the S, M and L targets come out right. */
export const SHAPE = {
  intermediaryShare: 0.15,
  /** Intermediaries at 1, 2, 3 and 4 hops from a provider. */
  tierShares: [0.4, 0.3, 0.2, 0.1],
  /** End users buying through intermediaries at depth 1, 2, 3 and 4. */
  homeDepthWeights: [45, 30, 15, 10],
  directShare: 0.04,
  /** Zipf exponent of reseller size: a few big resellers serve many customers. */
  resellerExponent: 1.1,
  subsidiaryShare: 0.03,
  listedIntermediaryShare: 0.04,
  listedEndUserShare: 0.02,
} as const;

export interface Counts {
  readonly sources: number;
  readonly entities: number;
  readonly relationships: number;
}

/**
 * Everything decided before a record is written: how many of each kind, which tier each reseller
 * is in, and how many purchases each party makes. It is small (a few bytes per entity), so the
 * records themselves can be streamed and the relationship total is exact by construction.
 */
export interface Plan {
  readonly seed: number;
  readonly datasetId: string;
  readonly ids: Ids;
  readonly catalog: Catalog;
  readonly intermediaries: number;
  readonly endUsers: number;
  /** Per intermediary: hops to a provider (1 buys from providers, d from depth d - 1). */
  readonly depth: Uint8Array;
  /** Index d - 1: the intermediaries at depth d, weighted by size. */
  readonly tiers: readonly WeightedPicker[];
  /** Per intermediary: BUYS_FROM records towards its suppliers. */
  readonly supplyRecords: Uint16Array;
  /** Per end user: BUYS_FROM records (every end user makes at least one). */
  readonly purchaseRecords: Uint32Array;
  /** Per end user: the depth of the intermediaries it buys through. */
  readonly homeDepth: Uint8Array;
  /** Per end user: 1 when one of its suppliers is a provider (direct contact). */
  readonly direct: Uint8Array;
  readonly subsidiaries: { readonly intermediaries: number; readonly endUsers: number };
  readonly listings: { readonly intermediaries: number; readonly endUsers: number };
  readonly counts: Counts;
}

export function planNetwork(options: NetworkOptions): Plan {
  checkOptions(options);
  const { seed, size } = options;
  const targets = sizeTargets(size);
  const random = new Random(seed, 1);
  const catalog = planCatalog(random, targets.entities);
  const fixed =
    catalog.providers.length +
    catalog.vendors.length +
    catalog.chips.length +
    catalog.models.length +
    catalog.regulations.length +
    catalog.controlLists.length;
  const intermediaries = Math.round(targets.entities * SHAPE.intermediaryShare);
  const endUsers = targets.entities - fixed - intermediaries;

  const depth = new Uint8Array(intermediaries);
  let band = 0;
  let bandEnd = 0;
  for (let i = 0; i < intermediaries; i++) {
    while (i >= bandEnd && band < SHAPE.tierShares.length) {
      bandEnd += Math.round(intermediaries * (SHAPE.tierShares[band] ?? 0));
      band++;
    }
    depth[i] = band;
  }
  const weights = zipfWeights(random.permutation(intermediaries), SHAPE.resellerExponent);
  const tiers = SHAPE.tierShares.map((_, d) => {
    const members = Uint32Array.from(
      Array.from({ length: intermediaries }, (_, i) => i).filter((i) => depth[i] === d + 1),
    );
    return new WeightedPicker(
      members,
      Array.from(members, (i) => weights[i] ?? 0),
    );
  });

  const supplyRecords = new Uint16Array(intermediaries);
  let supply = 0;
  for (let i = 0; i < intermediaries; i++) {
    supplyRecords[i] = Math.min(200, 1 + Math.round(random.lomax(2.5) * 3));
    supply += supplyRecords[i] ?? 0;
  }
  const subsidiaries = {
    intermediaries: Math.round(intermediaries * SHAPE.subsidiaryShare),
    endUsers: Math.round(endUsers * SHAPE.subsidiaryShare),
  };
  const listings = {
    intermediaries: Math.round(intermediaries * SHAPE.listedIntermediaryShare),
    endUsers: Math.round(endUsers * SHAPE.listedEndUserShare),
  };
  const purchases =
    targets.relationships -
    catalog.relationships -
    supply -
    subsidiaries.intermediaries -
    subsidiaries.endUsers -
    listings.intermediaries -
    listings.endUsers;
  if (purchases < endUsers) {
    throw new RangeError(
      `relationships: ${String(targets.relationships)} is too few for this network`,
    );
  }

  const homeDepth = new Uint8Array(endUsers);
  const direct = new Uint8Array(endUsers);
  for (let u = 0; u < endUsers; u++) {
    homeDepth[u] = 1 + random.weighted(SHAPE.homeDepthWeights);
    direct[u] = random.chance(SHAPE.directShare) ? 1 : 0;
  }
  const purchaseRecords = spread(random, endUsers, purchases);
  return {
    seed,
    datasetId: datasetId(size, seed),
    ids: new Ids(datasetId(size, seed)),
    catalog,
    intermediaries,
    endUsers,
    depth,
    tiers,
    supplyRecords,
    purchaseRecords,
    homeDepth,
    direct,
    subsidiaries,
    listings,
    counts: {
      sources: Math.min(2000, Math.max(20, Math.round(targets.entities / 100))),
      entities: targets.entities,
      relationships: targets.relationships,
    },
  };
}

/**
 * `total` records over `parties`, each at least one, heavy-tailed (most make a few, some make
 * hundreds), summing exactly to `total`.
 */
function spread(random: Random, parties: number, total: number): Uint32Array {
  const raw = new Float64Array(parties);
  let sum = 0;
  for (let u = 0; u < parties; u++) {
    raw[u] = random.lomax(3);
    sum += raw[u] ?? 0;
  }
  const out = new Uint32Array(parties);
  const extra = total - parties;
  let assigned = 0;
  for (let u = 0; u < parties; u++) {
    out[u] = 1 + Math.floor((extra * (raw[u] ?? 0)) / sum);
    assigned += out[u] ?? 0;
  }
  for (; assigned < total; assigned++) {
    const u = random.int(parties);
    out[u] = (out[u] ?? 0) + 1;
  }
  return out;
}
