/** fast-check arbitraries for small random networks with affiliates, dates, statuses and scopes. */
import fc from 'fast-check';
import {
  STATUSES,
  type Dataset,
  type Entity,
  type EntityKind,
  type Relationship,
} from '@detour/domain';

const SOURCE = 'src';

const year = fc.integer({ min: 2019, max: 2026 }).map(String);
const partialDate = fc.oneof(
  year,
  fc
    .tuple(year, fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
);

/** Upper bounds on a random network's parts. */
export interface NetworkBounds {
  readonly endUsers: number;
  readonly intermediaries: number;
  readonly buys: number;
  /** Fewest BUYS_FROM (fast-check favours short arrays). */
  readonly minBuys: number;
  readonly subsidiaries: number;
  readonly offers: number;
}

/** Small networks: a brute-force enumeration of their paths takes microseconds. */
export const SMALL: NetworkBounds = {
  endUsers: 4,
  intermediaries: 5,
  buys: 14,
  minBuys: 0,
  subsidiaries: 3,
  offers: 6,
};

/** Denser ones, with tens to hundreds of paths each. */
export const DENSE: NetworkBounds = {
  endUsers: 6,
  intermediaries: 7,
  buys: 30,
  minBuys: 15,
  subsidiaries: 5,
  offers: 9,
};

export const networkArbitrary: fc.Arbitrary<Dataset> = networksWithin(SMALL);

export function networksWithin(bounds: NetworkBounds): fc.Arbitrary<Dataset> {
  return fc
    .record({
      endUsers: fc.integer({ min: 1, max: bounds.endUsers }),
      intermediaries: fc.integer({ min: 0, max: bounds.intermediaries }),
      providers: fc.integer({ min: 1, max: 3 }),
      capabilities: fc.integer({ min: 1, max: 3 }),
      seed: fc.integer(),
    })
    .chain(({ endUsers, intermediaries, providers, capabilities }) => {
      const make = (kind: EntityKind, prefix: string, n: number): Entity[] =>
        Array.from({ length: n }, (_, i) => ({
          id: `${prefix}${String(i)}`,
          kind,
          name: `${prefix}${String(i)}`,
          aliases: [],
          sources: [SOURCE],
        }));
      const entities = [
        ...make('EndUser', 'u', endUsers),
        ...make('Intermediary', 'i', intermediaries),
        ...make('CloudProvider', 'p', providers),
        ...make('Chip', 'c', capabilities),
      ];
      const orgs = entities.filter((e) => e.kind !== 'Chip').map((e) => e.id);
      const caps = entities.filter((e) => e.kind === 'Chip').map((e) => e.id);
      const provs = entities.filter((e) => e.kind === 'CloudProvider').map((e) => e.id);
      const pair = (from: string[], to: string[]) =>
        fc.tuple(fc.constantFrom(...from), fc.constantFrom(...to)).filter(([a, b]) => a !== b);
      const common = {
        status: fc.constantFrom(...STATUSES),
        start: fc.option(partialDate, { nil: undefined }),
        end: fc.option(partialDate, { nil: undefined }),
      };
      const buys = fc.record({
        ends: pair(orgs, orgs),
        ...common,
        covers: fc.option(fc.subarray(caps, { minLength: 1 }), { nil: undefined }),
      });
      const subs = fc.record({ ends: pair(orgs, orgs), ...common });
      const offers = fc.record({ ends: pair(provs, caps), ...common });
      const users = entities.filter((e) => e.kind === 'EndUser').map((e) => e.id);
      return fc
        .record({
          buys: fc.array(buys, { minLength: bounds.minBuys, maxLength: bounds.buys }),
          subs: fc.array(subs, { maxLength: bounds.subsidiaries }),
          offers: fc.array(offers, { minLength: 1, maxLength: bounds.offers }),
          listed: fc.subarray(users),
        })
        .map(({ buys: b, subs: s, offers: o, listed }): Dataset => {
          let n = 0;
          const rel = (
            type: Relationship['type'],
            r: {
              ends: [string, string];
              status: Relationship['status'];
              start: string | undefined;
              end: string | undefined;
            },
            extra: Partial<Relationship> = {},
          ): Relationship => {
            const [start, end] =
              r.start !== undefined && r.end !== undefined && r.start > r.end
                ? [r.end, r.start]
                : [r.start, r.end];
            return {
              id: `r${String(n++)}`,
              type,
              from: r.ends[0],
              to: r.ends[1],
              status: r.status,
              sources: [SOURCE],
              ...(start === undefined ? {} : { start }),
              ...(end === undefined ? {} : { end }),
              ...extra,
            };
          };
          return {
            format: 'detour.dataset/v1',
            dataset: { id: 'random', title: 'Random network', licence: 'CC0-1.0' },
            sources: [
              {
                id: SOURCE,
                title: 'Generated',
                publisher: 'test',
                url: 'https://example.org/generated',
              },
            ],
            entities: [
              ...entities,
              { id: 'l0', kind: 'ControlList', name: 'List', aliases: [], sources: [SOURCE] },
            ],
            relationships: [
              ...b.map((x) =>
                rel('BUYS_FROM', x, x.covers === undefined ? {} : { covers: x.covers }),
              ),
              ...s.map((x) => rel('SUBSIDIARY_OF', x)),
              ...o.map((x) => rel('OFFERS', x, { service: 'compute' })),
              ...listed.map((u) =>
                rel('LISTED_ON', {
                  ends: [u, 'l0'],
                  status: 'confirmed',
                  start: undefined,
                  end: undefined,
                }),
              ),
            ],
          };
        });
    });
}

/**
 * Many networks as one dataset, each one's ids prefixed with its number, so that they sit side by
 * side in one database without touching.
 */
export function combineNetworks(networks: readonly Dataset[]): Dataset {
  const [first] = networks;
  if (first === undefined) throw new Error('combineNetworks: no networks');
  const prefix = (k: number, id: string): string => `n${String(k)}-${id}`;
  return {
    ...first,
    dataset: { ...first.dataset, id: 'random-many', title: 'Random networks side by side' },
    entities: networks.flatMap((n, k) => n.entities.map((e) => ({ ...e, id: prefix(k, e.id) }))),
    relationships: networks.flatMap((n, k) =>
      n.relationships.map((r) => ({
        ...r,
        id: prefix(k, r.id),
        from: prefix(k, r.from),
        to: prefix(k, r.to),
        ...(r.covers === undefined ? {} : { covers: r.covers.map((c) => prefix(k, c)) }),
      })),
    ),
  };
}
