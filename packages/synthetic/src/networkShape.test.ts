import { describe, expect, it } from 'vitest';
import type { Dataset, Relationship } from '@detour/domain';
import { generateNetwork } from './generateNetwork.ts';

/** The S network: the shape the explorer and the benchmarks rely on. */
const dataset = generateNetwork({ size: 'S', seed: 42 });
const kindOf = new Map(dataset.entities.map((e) => [e.id, e.kind]));
const buys = dataset.relationships.filter((r) => r.type === 'BUYS_FROM');
const endUsers = dataset.entities.filter((e) => e.kind === 'EndUser');

/** Fewest intermediaries between each buyer and a provider, following BUYS_FROM. */
function hopsToProvider(data: Dataset): Map<string, number> {
  const customers = new Map<string, string[]>();
  for (const r of data.relationships) {
    if (r.type !== 'BUYS_FROM') continue;
    const list = customers.get(r.to) ?? [];
    list.push(r.from);
    customers.set(r.to, list);
  }
  const hops = new Map<string, number>();
  let frontier = data.entities.filter((e) => e.kind === 'CloudProvider').map((e) => e.id);
  for (const id of frontier) hops.set(id, 0);
  for (let depth = 1; frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const supplier of frontier) {
      if (kindOf.get(supplier) === 'EndUser') continue; // end users do not resell
      for (const customer of customers.get(supplier) ?? []) {
        if (hops.has(customer)) continue;
        hops.set(customer, kindOf.get(customer) === 'EndUser' ? depth - 1 : depth);
        next.push(customer);
      }
    }
    frontier = next;
  }
  return hops;
}

function count<T>(items: readonly T[], test: (item: T) => boolean): number {
  return items.reduce((n, item) => n + (test(item) ? 1 : 0), 0);
}

describe('the shape of a synthetic network', () => {
  it('has heavy-tailed resellers: the top 1% hold at least 20% of customer edges', () => {
    const customers = new Map<string, number>();
    for (const r of buys) {
      if (kindOf.get(r.to) === 'Intermediary') customers.set(r.to, (customers.get(r.to) ?? 0) + 1);
    }
    const resellers = count(dataset.entities, (e) => e.kind === 'Intermediary');
    const sorted = [...customers.values()].sort((a, b) => b - a);
    const total = sorted.reduce((a, b) => a + b, 0);
    const top = sorted.slice(0, Math.ceil(resellers / 100)).reduce((a, b) => a + b, 0);
    expect(top / total).toBeGreaterThanOrEqual(0.2);
  });

  it('reaches providers through chains of one to four intermediaries', () => {
    const hops = hopsToProvider(dataset);
    // 0 is a direct contract; every other end user is 1 to 4 resellers away from a provider.
    expect(new Set(endUsers.map((e) => hops.get(e.id)))).toEqual(new Set([0, 1, 2, 3, 4]));
    expect(endUsers.every((e) => hops.has(e.id))).toBe(true);
  });

  it('gives a few percent of end users a direct contract with a provider', () => {
    const direct = new Set(
      buys.filter((r) => kindOf.get(r.to) === 'CloudProvider' && kindOf.get(r.from) === 'EndUser'),
    );
    const share = new Set([...direct].map((r) => r.from)).size / endUsers.length;
    expect(share).toBeGreaterThan(0.02);
    expect(share).toBeLessThan(0.08);
  });

  it('mostly deals with one to four suppliers per end user', () => {
    const suppliers = new Map<string, Set<string>>();
    for (const r of buys) {
      if (kindOf.get(r.from) !== 'EndUser') continue;
      const set = suppliers.get(r.from) ?? new Set();
      set.add(r.to);
      suppliers.set(r.from, set);
    }
    const few = count([...suppliers.values()], (set) => set.size <= 4);
    expect(few / endUsers.length).toBeGreaterThan(0.6);
  });

  it('spreads statuses, dates, amounts, covers and ownership shares realistically', () => {
    const share = (test: (r: Relationship) => boolean): number => count(buys, test) / buys.length;
    expect(share((r) => r.status === 'reported' || r.status === 'confirmed')).toBeGreaterThan(0.6);
    for (const status of ['alleged', 'planned', 'unverified'] as const) {
      expect(share((r) => r.status === status)).toBeGreaterThan(0.02);
    }
    expect(share((r) => r.end === undefined)).toBeGreaterThan(0.05);
    for (const length of [4, 7, 10])
      expect(share((r) => r.start?.length === length)).toBeGreaterThan(0.1);
    expect(share((r) => r.amount !== undefined)).toBeGreaterThan(0.1);
    expect(share((r) => r.covers !== undefined)).toBeGreaterThan(0.1);
    const owned = dataset.relationships.filter((r) => r.type === 'SUBSIDIARY_OF');
    expect(owned.length / dataset.entities.length).toBeGreaterThan(0.01);
    expect(count(owned, (r) => r.share !== undefined)).toBeGreaterThan(owned.length / 2);
    expect(owned.every((r) => kindOf.get(r.from) === kindOf.get(r.to))).toBe(true);
  });

  it('lists a few percent of end users on control lists and restricts some capabilities', () => {
    const listed = dataset.relationships.filter(
      (r) => r.type === 'LISTED_ON' && kindOf.get(r.from) === 'EndUser',
    );
    expect(listed.length / endUsers.length).toBeGreaterThan(0.01);
    expect(listed.length / endUsers.length).toBeLessThan(0.05);
    const restricted = dataset.relationships.filter((r) => r.type === 'RESTRICTS');
    expect(restricted.length).toBeGreaterThan(0);
    expect(restricted.every((r) => r.start !== undefined)).toBe(true);
  });

  it('has 8 to 20 providers, each offering capabilities under a service name', () => {
    const providers = dataset.entities.filter((e) => e.kind === 'CloudProvider');
    expect(providers.length).toBeGreaterThanOrEqual(8);
    expect(providers.length).toBeLessThanOrEqual(20);
    const offers = dataset.relationships.filter((r) => r.type === 'OFFERS');
    expect(new Set(offers.map((r) => r.from)).size).toBe(providers.length);
    expect(offers.every((r) => r.service !== undefined)).toBe(true);
  });
});
