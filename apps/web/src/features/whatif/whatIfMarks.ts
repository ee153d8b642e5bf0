// What the what-if view marks on the canvas and says in its lists: the entities cut off (dimmed,
// with their relationships), the end users that lose access, and the paths that survive.
import { MarkTable, type ElementMarks } from '../../graph/marks.ts';
import type { AccessChange, AccessPath, WhatIfResult } from '../../model/paths.ts';
import type { EntityRecord, Subgraph } from '../../model/subgraph.ts';

/** `table` lets the picture add its group marks to the same table. */
export function whatIfMarks(
  baseline: readonly AccessPath[],
  subgraph: Subgraph,
  removed: readonly string[],
  result: WhatIfResult | null,
  table: MarkTable = new MarkTable(),
): ElementMarks {
  const cut = new Set(removed);
  table.add(cut, 'removed');
  table.add(
    subgraph.relationships.filter((r) => cut.has(r.from) || cut.has(r.to)).map((r) => r.id),
    'removed',
  );
  for (const path of baseline) {
    if (!path.avoidsDirectContact || path.entities.some((id) => cut.has(id))) continue;
    table.add(path.entities, 'avoids-contact').add(path.relationships, 'avoids-contact');
  }
  if (result !== null)
    table.add(
      result.lost.items.map((c) => c.endUser.id),
      'loses-access',
    );
  return table.marks;
}

export interface LostAccess {
  readonly endUser: EntityRecord;
  readonly capabilities: readonly EntityRecord[];
}

/** Lost pairs grouped by end user, in the API's order. */
export function groupLost(lost: readonly AccessChange[]): LostAccess[] {
  const groups = new Map<string, { endUser: EntityRecord; capabilities: EntityRecord[] }>();
  for (const change of lost) {
    const group = groups.get(change.endUser.id);
    if (group === undefined) {
      groups.set(change.endUser.id, { endUser: change.endUser, capabilities: [change.capability] });
    } else group.capabilities.push(change.capability);
  }
  return [...groups.values()];
}

/** "shenzhen-university→nvidia-h100": how browser tests name a lost pair (this page's). */
export function lostPairs(result: WhatIfResult | null): string[] {
  return (result?.lost.items ?? []).map((c) => `${c.endUser.id}→${c.capability.id}`);
}
