// The what-if canvas: the paths in scope before the cut, their end users grouped by the entity they
// enter through when there are many (paths/groupEndUsers.ts). A group's link is cut off with its
// entry; a group loses access when one of its end users is on the lost page in view (the API's
// lost list is exact, the page is what is loaded of it).
import type { Picture } from '../../graph/groups.ts';
import { MarkTable } from '../../graph/marks.ts';
import type { AccessPath, WhatIfResult } from '../../model/paths.ts';
import type { Subgraph } from '../../model/subgraph.ts';
import { groupEndUsers } from '../paths/groupEndUsers.ts';
import { whatIfMarks } from './whatIfMarks.ts';

export function whatIfPicture(
  baseline: readonly AccessPath[],
  subgraph: Subgraph,
  removed: readonly string[],
  result: WhatIfResult | null,
): Picture {
  const cut = new Set(removed);
  const grouped = groupEndUsers(baseline, subgraph);
  const losing = new Set(result?.lost.items.map((c) => c.endUser.id) ?? []);
  const table = new MarkTable();
  for (const [id, group] of grouped.byGroup) {
    if (cut.has(group.entry)) table.add([group.link], 'removed');
    if (group.endUsers.some((u) => losing.has(u))) table.add([id], 'loses-access');
    const survives = group.paths.some(
      (p) => p.avoidsDirectContact && !p.entities.some((e) => cut.has(e)),
    );
    if (survives) table.add([id, group.link], 'avoids-contact');
  }
  return {
    subgraph: grouped.subgraph,
    groups: grouped.groups,
    marks: whatIfMarks(baseline, grouped.subgraph, removed, result, table),
  };
}
