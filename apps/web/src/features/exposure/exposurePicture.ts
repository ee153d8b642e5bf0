// A provider's know-your-customer gap on the canvas. A small answer is drawn path by path, listed
// end users flagged. A large one is drawn by channel: the provider, the chips and models it
// offers, the top channels (its own customers or affiliates the exposed end users come in
// through), each with one "+N end users" node holding the API's exact count, and the focused path
// in full.
import {
  NO_GROUPS,
  rankKey,
  type GroupLink,
  type GroupNode,
  type Picture,
} from '../../graph/groups.ts';
import { MarkTable } from '../../graph/marks.ts';
import { pathKey, type AccessPath, type ProviderExposure } from '../../model/paths.ts';
import {
  EMPTY_SUBGRAPH,
  indexSubgraph,
  type EntityRecord,
  type RelationshipRecord,
} from '../../model/subgraph.ts';
import { GROUP_END_USERS_ABOVE, entryGroupId, groupLabel } from '../paths/groupEndUsers.ts';
import { pathMarks } from '../paths/pathMarks.ts';

/** Channels drawn on the canvas (the panel lists more): one column of the layered layout. */
export const CHANNELS_DRAWN = 10;

export function exposurePaths(exposure: ProviderExposure | null): AccessPath[] {
  return (exposure?.endUsers.items ?? []).flatMap((e) => e.paths);
}

/** "+120 end users · 4 listed". */
export function channelLabel(endUsers: number, listed: number): string {
  return listed === 0 ? groupLabel(endUsers) : `${groupLabel(endUsers)} · ${String(listed)} listed`;
}

export function exposurePicture(
  exposure: ProviderExposure | null,
  focusKey: string | null = null,
  above = GROUP_END_USERS_ABOVE,
): Picture {
  if (exposure === null) return { subgraph: EMPTY_SUBGRAPH, groups: NO_GROUPS, marks: new Map() };
  const page = exposure.endUsers;
  const paths = exposurePaths(exposure);
  const table = new MarkTable().add(
    page.items.filter((e) => e.listed).map((e) => e.endUser.id),
    'listed',
  );
  if (page.totalCount <= above) {
    return {
      subgraph: page.subgraph,
      groups: NO_GROUPS,
      marks: pathMarks(paths, page.subgraph, focusKey, table),
    };
  }
  const index = indexSubgraph(page.subgraph);
  const provider = exposure.provider.id;
  const focus = focusKey === null ? undefined : paths.find((p) => pathKey(p) === focusKey);
  const entities = new Map<string, EntityRecord>([[provider, exposure.provider]]);
  const relationships = new Map<string, RelationshipRecord>();
  const addRelationship = (r: RelationshipRecord): void => {
    const other = r.from === provider ? r.to : r.from;
    const entity = entities.get(other) ?? index.entities.get(other);
    if (entity === undefined) return;
    entities.set(other, entity);
    relationships.set(r.id, r);
  };
  for (const r of page.subgraph.relationships) {
    if (r.type === 'OFFERS' && r.from === provider) addRelationship(r);
  }
  const nodes: GroupNode[] = [];
  const links: GroupLink[] = [];
  for (const [rank, channel] of exposure.channels.slice(0, CHANNELS_DRAWN).entries()) {
    const id = channel.entity.id;
    entities.set(id, channel.entity);
    const joined = page.subgraph.relationships.filter(
      (r) => (r.from === id && r.to === provider) || (r.from === provider && r.to === id),
    );
    for (const r of joined) addRelationship(r);
    const toProvider = `${entryGroupId(id)}->${provider}`;
    if (joined.length === 0) links.push({ id: toProvider, source: id, target: provider });
    const group = entryGroupId(`channel:${id}`);
    nodes.push({
      id: group,
      kind: 'EndUser',
      label: channelLabel(channel.endUsers, channel.listedEndUsers),
      count: channel.endUsers,
      sortKey: rankKey(rank),
    });
    links.push({ id: `${group}->${id}`, source: group, target: id });
    // Every exposed path avoids direct contact; a group with listed end users is flagged.
    table.add(
      [group, `${group}->${id}`, id, toProvider, ...joined.map((r) => r.id)],
      'avoids-contact',
    );
    if (channel.listedEndUsers > 0) table.add([group], 'listed');
  }
  for (const id of focus?.entities ?? []) {
    const entity = index.entities.get(id);
    if (entity !== undefined) entities.set(id, entity);
  }
  for (const id of focus?.relationships ?? []) {
    const r = index.relationships.get(id);
    if (r !== undefined) relationships.set(id, r);
  }
  if (focus !== undefined)
    table.add(
      [...nodes, ...links].map((g) => g.id),
      'dimmed',
    );
  const subgraph = {
    entities: [...entities.values()],
    relationships: [...relationships.values()],
    truncated: false,
  };
  return {
    subgraph,
    groups: { nodes, links },
    marks: pathMarks(focus === undefined ? [] : [focus], subgraph, focusKey, table),
  };
}
