// The access-path view's canvas: the paths of the page, their end users grouped by way in when
// there are many (groupEndUsers.ts), with the usual path marks. The focused path's end user is
// drawn as itself, so the whole focused route stands out.
import type { Picture } from '../../graph/groups.ts';
import { MarkTable } from '../../graph/marks.ts';
import { pathKey, type AccessPath } from '../../model/paths.ts';
import type { Subgraph } from '../../model/subgraph.ts';
import { groupEndUsers, type GroupedPaths } from './groupEndUsers.ts';
import { pathMarks } from './pathMarks.ts';

/** Marks a group (and its link) wherever one of its paths avoids direct contact. */
export function groupContactMarks(grouped: GroupedPaths, table: MarkTable = new MarkTable()) {
  for (const [id, group] of grouped.byGroup) {
    if (group.paths.some((p) => p.avoidsDirectContact))
      table.add([id, group.link], 'avoids-contact');
  }
  return table;
}

export function pathsPicture(
  paths: readonly AccessPath[],
  subgraph: Subgraph,
  focusKey: string | null,
): Picture {
  const focus = focusKey === null ? undefined : paths.find((p) => pathKey(p) === focusKey);
  const grouped = groupEndUsers(paths, subgraph, { keep: new Set(focus?.entities ?? []) });
  const table = groupContactMarks(grouped);
  if (focus !== undefined) {
    table.add(
      grouped.groups.nodes.map((g) => g.id),
      'dimmed',
    );
    table.add(
      grouped.groups.links.map((l) => l.id),
      'dimmed',
    );
  }
  return {
    subgraph: grouped.subgraph,
    groups: grouped.groups,
    marks: pathMarks(paths, grouped.subgraph, focusKey, table),
  };
}
