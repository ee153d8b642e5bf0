// A provider's know-your-customer gap on the canvas: every path that reaches it only through
// intermediaries, and the end users on a control list flagged.
import { MarkTable, type ElementMarks } from '../../graph/marks.ts';
import type { AccessPath, ExposedEndUser, ProviderExposure } from '../../model/paths.ts';
import { pathMarks } from '../paths/pathMarks.ts';

/** Listed end users first, then by how many paths, then by name; the API's order is not relied on. */
export function rankExposed(endUsers: readonly ExposedEndUser[]): ExposedEndUser[] {
  return [...endUsers].sort(
    (a, b) =>
      Number(b.listed) - Number(a.listed) ||
      b.paths.length - a.paths.length ||
      a.endUser.name.localeCompare(b.endUser.name, 'en'),
  );
}

/** Every exposed path highlighted (all avoid direct contact), listed end users flagged. */
export function exposureMarks(
  exposure: ProviderExposure | null,
  focusKey: string | null = null,
): ElementMarks {
  if (exposure === null) return new MarkTable().marks;
  const table = new MarkTable().add(
    exposure.endUsers.filter((e) => e.listed).map((e) => e.endUser.id),
    'listed',
  );
  return pathMarks(exposurePaths(exposure), exposure.subgraph, focusKey, table);
}

export function exposurePaths(exposure: ProviderExposure | null): AccessPath[] {
  return (exposure?.endUsers ?? []).flatMap((e) => e.paths);
}
