// The what-if canvas for a large scope: the intermediaries on the page of the ranking in view (and
// any cut off elsewhere), each with one "+N end users" node holding the API's exact count of end
// users whose paths pass through it, joined to what the scope reaches (the provider, then the chip
// or model) when one is chosen. Cut ones are dimmed; the end users that depend on a cut one lose
// all access, and its group says how many.
import { count } from '../../format/values.ts';
import {
  GROUP_PREFIX,
  rankKey,
  type GroupLink,
  type GroupNode,
  type Picture,
} from '../../graph/groups.ts';
import { MarkTable } from '../../graph/marks.ts';
import type { ChokepointRanking, WhatIfResult } from '../../model/paths.ts';
import type { EntityRecord } from '../../model/subgraph.ts';
import { entryGroupId, groupLabel } from '../paths/groupEndUsers.ts';

/** "+2,649 end users", or for one cut off "+2,649 end users · 85 lose all access". */
export function chokepointLabel(through: number, dependent: number, cut: boolean): string {
  return cut && dependent > 0
    ? `${groupLabel(through)} · ${count(dependent, 'loses', 'lose')} all access`
    : groupLabel(through);
}

/**
 * `targets`: the scope's provider and chip or model, as far as they are chosen and loaded, in
 * path order (provider first).
 */
export function chokepointPicture(
  ranking: ChokepointRanking,
  result: WhatIfResult | null,
  removed: readonly string[],
  targets: readonly EntityRecord[],
): Picture {
  const cut = new Set(removed);
  const entities = new Map<string, EntityRecord>();
  for (const c of ranking.items) entities.set(c.entity.id, c.entity);
  for (const e of result?.removed ?? []) if (cut.has(e.id)) entities.set(e.id, e);
  const intermediaries = [...entities.keys()];
  for (const t of targets) entities.set(t.id, t);
  const table = new MarkTable().add(cut, 'removed');
  const nodes: GroupNode[] = [];
  const links: GroupLink[] = [];
  for (const [rank, c] of ranking.items.entries()) {
    const id = entryGroupId(c.entity.id);
    const isCut = cut.has(c.entity.id);
    nodes.push({
      id,
      kind: 'EndUser',
      label: chokepointLabel(c.endUsersThrough, c.endUsersDependent, isCut),
      count: c.endUsersThrough,
      // Drawn in ranking order, top first, with their intermediaries beside them.
      sortKey: rankKey(rank),
    });
    links.push({ id: `${id}->${c.entity.id}`, source: id, target: c.entity.id });
    if (isCut) table.add([`${id}->${c.entity.id}`], 'removed');
    if (isCut && c.endUsersDependent > 0) table.add([id], 'loses-access');
  }
  const [first, second] = targets;
  if (first !== undefined) {
    for (const i of intermediaries) {
      const link = `${GROUP_PREFIX}${i}->${first.id}`;
      links.push({ id: link, source: i, target: first.id });
      if (cut.has(i)) table.add([link], 'removed');
    }
  }
  if (first !== undefined && second !== undefined) {
    links.push({
      id: `${GROUP_PREFIX}${first.id}->${second.id}`,
      source: first.id,
      target: second.id,
    });
  }
  return {
    subgraph: { entities: [...entities.values()], relationships: [], truncated: false },
    groups: { nodes, links },
    marks: table.marks,
  };
}
