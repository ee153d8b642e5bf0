// Which canvas elements the access paths mark: every path that avoids direct contact, and the
// path in focus (hovered or selected) with everything else dimmed.
import { MarkTable, type ElementMarks } from '../../graph/marks.ts';
import { pathKey, type AccessPath } from '../../model/paths.ts';
import type { Subgraph } from '../../model/subgraph.ts';

/** `table` lets a view add its own marks (e.g. listed end users) to the same table. */
export function pathMarks(
  paths: readonly AccessPath[],
  subgraph: Subgraph,
  focusKey: string | null,
  table: MarkTable = new MarkTable(),
): ElementMarks {
  for (const path of paths) {
    if (!path.avoidsDirectContact) continue;
    table.add(path.entities, 'avoids-contact').add(path.relationships, 'avoids-contact');
  }
  const focus = focusKey === null ? undefined : paths.find((p) => pathKey(p) === focusKey);
  if (focus !== undefined) {
    const on = new Set([...focus.entities, ...focus.relationships]);
    table.add(on, 'focus');
    const all = [...subgraph.entities, ...subgraph.relationships].map((e) => e.id);
    table.add(
      all.filter((id) => !on.has(id)),
      'dimmed',
    );
  }
  return table.marks;
}
