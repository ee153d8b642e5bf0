/**
 * Access paths by plain depth-first search in TypeScript: the reference the Cypher is compared
 * with in property tests. Written from the definition, sharing no code with the repository.
 */
import type { Dataset, Relationship, Status } from '@detour/domain';
import { endOfPartialDate, startOfPartialDate } from '@detour/domain';

export interface BrutePath {
  readonly entities: string[];
  readonly relationships: string[];
  readonly indirect: boolean;
  readonly avoidsDirectContact: boolean;
}

export interface BruteQuery {
  readonly maxHops: number;
  readonly indirectOnly: boolean;
  readonly statuses: readonly Status[] | null;
  readonly asOf: string | null;
  readonly removed?: ReadonlySet<string>;
}

function passes(rel: Relationship, q: BruteQuery): boolean {
  if (q.statuses !== null && !q.statuses.includes(rel.status)) return false;
  if (q.asOf !== null) {
    if (rel.start !== undefined && startOfPartialDate(rel.start) > q.asOf) return false;
    if (rel.end !== undefined && endOfPartialDate(rel.end) < q.asOf) return false;
  }
  return true;
}

export function bruteForcePaths(dataset: Dataset, q: BruteQuery): BrutePath[] {
  const kind = new Map(dataset.entities.map((e) => [e.id, e.kind]));
  const removed = q.removed ?? new Set<string>();
  const rels = dataset.relationships.filter(
    (r) => passes(r, q) && !removed.has(r.from) && !removed.has(r.to),
  );
  const out: BrutePath[] = [];
  for (const user of dataset.entities.filter((e) => e.kind === 'EndUser' && !removed.has(e.id))) {
    const walk = (nodes: string[], steps: Relationship[]): void => {
      const here = nodes[nodes.length - 1] ?? '';
      if (kind.get(here) === 'CloudProvider' && steps.some((s) => s.type === 'BUYS_FROM')) {
        const indirect = nodes.length > 2;
        if (!(q.indirectOnly && !indirect) && steps.length + 1 <= q.maxHops) {
          for (const offer of rels.filter((r) => r.type === 'OFFERS' && r.from === here)) {
            const target = kind.get(offer.to);
            if (target !== 'Chip' && target !== 'Model') continue;
            if (steps.some((s) => s.covers !== undefined && !s.covers.includes(offer.to))) continue;
            const direct = rels.some(
              (r) => r.type === 'BUYS_FROM' && r.from === user.id && r.to === here,
            );
            out.push({
              entities: [...nodes, offer.to],
              relationships: [...steps.map((s) => s.id), offer.id],
              indirect,
              avoidsDirectContact: indirect && !direct,
            });
          }
        }
      }
      if (steps.length + 1 >= q.maxHops) return;
      for (const rel of rels) {
        let next: string | null = null;
        if (rel.type === 'BUYS_FROM' && rel.from === here) next = rel.to;
        else if (rel.type === 'SUBSIDIARY_OF' && rel.from === here) next = rel.to;
        else if (rel.type === 'SUBSIDIARY_OF' && rel.to === here) next = rel.from;
        if (next === null || nodes.includes(next)) continue;
        walk([...nodes, next], [...steps, rel]);
      }
    };
    walk([user.id], []);
  }
  return out;
}
