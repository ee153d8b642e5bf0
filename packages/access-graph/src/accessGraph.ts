/**
 * The access graph in typed arrays: every entity, and the relationships an access path can use
 * (BUYS_FROM, SUBSIDIARY_OF, OFFERS) with their status, dates and `covers`, plus LISTED_ON for
 * exposure. Read-only once built; the analyses share one instance.
 */
import { ENTITY_KINDS, RELATIONSHIP_TYPES, STATUSES, type EntityKind } from '@detour/domain';
import { IntList } from './intList.ts';

export const KIND = Object.fromEntries(ENTITY_KINDS.map((k, i) => [k, i])) as Readonly<
  Record<EntityKind, number>
>;
export const BUYS_FROM = RELATIONSHIP_TYPES.indexOf('BUYS_FROM');
export const SUBSIDIARY_OF = RELATIONSHIP_TYPES.indexOf('SUBSIDIARY_OF');
export const OFFERS = RELATIONSHIP_TYPES.indexOf('OFFERS');

/** validFrom of a relationship with no start, validTo of one with no end (YYYYMMDD numbers). */
export const OPEN_START = 0;
export const OPEN_END = 99_999_999;

export interface AccessGraph {
  /** Entities 0 … nodes − 1. */
  readonly nodes: number;
  readonly ids: readonly string[];
  readonly names: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Index into ENTITY_KINDS. */
  readonly kinds: Uint8Array;
  /** Each entity's place in the order of ids (UTF-16 code units, as Neo4j orders strings). */
  readonly idRank: Int32Array;
  /** End users, in id order, and each entity's place among them (−1: not an end user). */
  readonly endUsers: Int32Array;
  readonly endUserPosition: Int32Array;
  /** Cloud providers in id order, and each entity's place among them (−1: not a provider). */
  readonly providers: Int32Array;
  readonly providerOrdinal: Int32Array;

  /**
   * Steps an access path can take from node n, n's entries stepStart[n] … stepStart[n + 1] − 1:
   * its BUYS_FROM and SUBSIDIARY_OF outwards and SUBSIDIARY_OF inwards, to stepTarget via stepRel.
   */
  readonly stepStart: Int32Array;
  readonly stepTarget: Int32Array;
  readonly stepRel: Int32Array;
  /**
   * The step's relationship's facts, laid out like the steps so a walk reads them in order:
   * 1 for a BUYS_FROM, its status, its cover set (−1 for none).
   */
  readonly stepBuys: Uint8Array;
  readonly stepStatus: Uint8Array;
  readonly stepCover: Int32Array;
  /** The same steps reversed (who can step to n), for distance bounds. */
  readonly backStart: Int32Array;
  readonly backSource: Int32Array;
  readonly backRel: Int32Array;
  /** A provider's OFFERS relationships: offerStart[p] … offerStart[p + 1] − 1 in offerRel. */
  readonly offerStart: Int32Array;
  readonly offerRel: Int32Array;
  /** The control lists each entity is LISTED_ON: listStart[n] … listStart[n + 1] − 1. */
  readonly listStart: Int32Array;
  readonly listTarget: Int32Array;

  /** Relationships 0 … rels − 1 (access-path types only). */
  readonly rels: number;
  readonly relIds: readonly string[];
  /** Index into RELATIONSHIP_TYPES. */
  readonly relType: Uint8Array;
  /** Index into STATUSES (0 is the strongest). */
  readonly relStatus: Uint8Array;
  readonly relSource: Int32Array;
  readonly relTarget: Int32Array;
  /** First and last day it held, as YYYYMMDD; OPEN_START / OPEN_END when unbounded. */
  readonly relValidFrom: Int32Array;
  readonly relValidTo: Int32Array;
  /** −1 when it covers everything, else the index of its cover set in coverWords. */
  readonly relCover: Int32Array;
  /** Bit sets over capability slots (capSlot), 32 per word. */
  /** Cover sets: bit sets over capability slots, capWords words each, end to end. */
  readonly coverWords: Uint32Array;
  /** Per entity: its capability slot, or −1 when it is not a chip or model. */
  readonly capSlot: Int32Array;
  /** Per capability slot: its entity (slots follow the order of ids). */
  readonly capNodes: Int32Array;
  /** Words per cover set. */
  readonly capWords: number;

  /** False when an import was still loading as the graph was read (figures may change). */
  readonly complete: boolean;
}

export interface RelationshipRow {
  readonly id: string;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly status: string;
  readonly validFrom: string | null;
  readonly validTo: string | null;
  readonly covers: readonly string[] | null;
}

/** YYYY-MM-DD → YYYYMMDD; null for anything else. */
export function dayNumber(date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? Number(`${match[1] ?? ''}${match[2] ?? ''}${match[3] ?? ''}`) : null;
}

/** YYYYMMDD → YYYY-MM-DD; null for an open end. */
export function dayString(day: number): string | null {
  if (day === OPEN_START || day === OPEN_END) return null;
  const text = String(day).padStart(8, '0');
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}

/** Counting sort of (key, value, value2) triples into CSR. */
function csr(
  keys: number,
  from: Int32Array,
  a: Int32Array,
  b: Int32Array,
): [Int32Array, Int32Array, Int32Array] {
  const start = new Int32Array(keys + 1);
  for (const k of from) start[k + 1] = (start[k + 1] ?? 0) + 1;
  for (let k = 0; k < keys; k++) start[k + 1] = (start[k + 1] ?? 0) + (start[k] ?? 0);
  const next = start.slice(0, keys);
  const outA = new Int32Array(from.length);
  const outB = new Int32Array(from.length);
  from.forEach((k, i) => {
    const slot = next[k] ?? 0;
    next[k] = slot + 1;
    outA[slot] = a[i] ?? 0;
    outB[slot] = b[i] ?? 0;
  });
  return [start, outA, outB];
}

function flatten(sets: readonly Uint32Array[], words: number): Uint32Array {
  const flat = new Uint32Array(Math.max(1, sets.length) * words);
  sets.forEach((set, i) => {
    flat.set(set, i * words);
  });
  return flat;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Collects entities, then relationships, as rows arrive (from Neo4j or from records), and packs
 * them into an AccessGraph. A relationship whose end is not a known entity is an error: the rows
 * came from one consistent read.
 */
export class AccessGraphBuilder {
  private readonly ids: string[] = [];
  private readonly names: string[] = [];
  private readonly kinds: number[] = [];
  private readonly indexOf = new Map<string, number>();
  private readonly rel = {
    ids: [] as string[],
    type: new IntList(),
    status: new IntList(),
    source: new IntList(),
    target: new IntList(),
    from: new IntList(),
    to: new IntList(),
    /** −1, or the index of its cover list in `coverLists` (interned as they arrive). */
    cover: new IntList(),
  };
  private readonly coverLists: (readonly string[])[] = [];
  private readonly coverIndex = new Map<string, number>();
  private readonly listed = { from: new IntList(), to: new IntList() };

  entity(id: string, kind: string, name: string): void {
    const k = ENTITY_KINDS.indexOf(kind as EntityKind);
    if (k < 0) throw new Error(`Entity ${id} has an unknown kind "${kind}"`);
    if (this.indexOf.has(id)) throw new Error(`Entity ${id} was read twice`);
    this.indexOf.set(id, this.ids.length);
    this.ids.push(id);
    this.names.push(name);
    this.kinds.push(k);
  }

  private node(id: string, rel: string): number {
    const n = this.indexOf.get(id);
    if (n === undefined) throw new Error(`Relationship ${rel} joins ${id}, which was not read`);
    return n;
  }

  relationship(row: RelationshipRow): void {
    const source = this.node(row.from, row.id);
    const target = this.node(row.to, row.id);
    if (row.type === 'LISTED_ON') {
      this.listed.from.push(source);
      this.listed.to.push(target);
      return;
    }
    const type = RELATIONSHIP_TYPES.indexOf(row.type as (typeof RELATIONSHIP_TYPES)[number]);
    if (type !== BUYS_FROM && type !== SUBSIDIARY_OF && type !== OFFERS) return;
    const status = STATUSES.indexOf(row.status as (typeof STATUSES)[number]);
    if (status < 0) throw new Error(`Relationship ${row.id} has an unknown status "${row.status}"`);
    const day = (value: string | null, open: number, field: string): number => {
      if (value === null) return open;
      const parsed = dayNumber(value);
      if (parsed === null)
        throw new Error(`Relationship ${row.id}: ${field} "${value}" is not YYYY-MM-DD`);
      return parsed;
    };
    const r = this.rel;
    r.ids.push(row.id);
    r.type.push(type);
    r.status.push(status);
    r.source.push(source);
    r.target.push(target);
    r.from.push(day(row.validFrom, OPEN_START, 'validFrom'));
    r.to.push(day(row.validTo, OPEN_END, 'validTo'));
    r.cover.push(row.covers === null ? -1 : this.internCovers(row.covers));
  }

  private internCovers(covers: readonly string[]): number {
    const key = [...covers].sort().join('\u0000');
    const known = this.coverIndex.get(key);
    if (known !== undefined) return known;
    this.coverIndex.set(key, this.coverLists.length);
    this.coverLists.push(covers);
    return this.coverLists.length - 1;
  }

  build(complete: boolean): AccessGraph {
    const nodes = this.ids.length;
    const kinds = Uint8Array.from(this.kinds);
    const order = Array.from({ length: nodes }, (_, i) => i).sort((a, b) =>
      byCodeUnits(this.ids[a] ?? '', this.ids[b] ?? ''),
    );
    const idRank = new Int32Array(nodes);
    order.forEach((n, rank) => (idRank[n] = rank));
    const endUsers = Int32Array.from(order.filter((n) => kinds[n] === KIND.EndUser));
    const endUserPosition = new Int32Array(nodes).fill(-1);
    endUsers.forEach((u, i) => (endUserPosition[u] = i));
    const providers = Int32Array.from(order.filter((n) => kinds[n] === KIND.CloudProvider));
    const providerOrdinal = new Int32Array(nodes).fill(-1);
    providers.forEach((p, i) => (providerOrdinal[p] = i));

    const capSlot = new Int32Array(nodes).fill(-1);
    const capList: number[] = [];
    for (const n of order) {
      if (kinds[n] !== KIND.Chip && kinds[n] !== KIND.Model) continue;
      capSlot[n] = capList.length;
      capList.push(n);
    }
    const caps = capList.length;
    const capWords = Math.max(1, Math.ceil(caps / 32));

    const r = this.rel;
    const rels = r.ids.length;
    const coverSets = this.coverLists.map((covers) => {
      const set = new Uint32Array(capWords);
      for (const id of covers) {
        const slot = capSlot[this.indexOf.get(id) ?? -1] ?? -1;
        if (slot >= 0) set[slot >> 5] = (set[slot >> 5] ?? 0) | (1 << (slot & 31));
      }
      return set;
    });
    const relCover = r.cover.toArray();

    // Steps: BUYS_FROM and SUBSIDIARY_OF outwards, SUBSIDIARY_OF inwards too.
    const stepFrom = new IntList();
    const stepTo = new IntList();
    const stepRel = new IntList();
    const offerFrom = new IntList();
    const offerRel = new IntList();
    const source = r.source.toArray();
    const target = r.target.toArray();
    const types = r.type.toArray();
    for (let i = 0; i < rels; i++) {
      const a = source[i] ?? 0;
      const b = target[i] ?? 0;
      const type = types[i];
      if (type === OFFERS) {
        offerFrom.push(a);
        offerRel.push(i);
        continue;
      }
      stepFrom.push(a);
      stepTo.push(b);
      stepRel.push(i);
      if (type === SUBSIDIARY_OF) {
        stepFrom.push(b);
        stepTo.push(a);
        stepRel.push(i);
      }
    }
    const steps = { from: stepFrom.toArray(), to: stepTo.toArray(), rel: stepRel.toArray() };
    const offers = { from: offerFrom.toArray(), rel: offerRel.toArray() };
    const listed = { from: this.listed.from.toArray(), to: this.listed.to.toArray() };
    const [stepStart, stepTarget, stepRels] = csr(nodes, steps.from, steps.to, steps.rel);
    const statuses = r.status.toArray();
    const stepBuys = Uint8Array.from(stepRels, (rel) => (types[rel] === BUYS_FROM ? 1 : 0));
    const stepStatus = Uint8Array.from(stepRels, (rel) => statuses[rel] ?? 0);
    const stepCover = Int32Array.from(stepRels, (rel) => relCover[rel] ?? -1);
    const [backStart, backSource, backRel] = csr(nodes, steps.to, steps.from, steps.rel);
    const [offerStart, offerRels] = csr(nodes, offers.from, offers.rel, offers.rel);
    const [listStart, listTarget] = csr(nodes, listed.from, listed.to, listed.to);

    return {
      nodes,
      ids: this.ids,
      names: this.names,
      indexOf: this.indexOf,
      kinds,
      idRank,
      endUsers,
      endUserPosition,
      providers,
      providerOrdinal,
      stepStart,
      stepTarget,
      stepRel: stepRels,
      stepBuys,
      stepStatus,
      stepCover,
      backStart,
      backSource,
      backRel,
      offerStart,
      offerRel: offerRels,
      listStart,
      listTarget,
      rels,
      relIds: r.ids,
      relType: Uint8Array.from(types),
      relStatus: Uint8Array.from(statuses),
      relSource: source,
      relTarget: target,
      relValidFrom: r.from.toArray(),
      relValidTo: r.to.toArray(),
      relCover,
      coverWords: flatten(coverSets, capWords),
      capSlot,
      capNodes: Int32Array.from(capList),
      capWords,
      complete,
    };
  }
}
