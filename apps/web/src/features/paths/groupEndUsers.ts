// A large answer's end users as one node per way in: every end user whose paths enter the network
// through the same entity (an intermediary, an affiliate, or the provider itself) is drawn in one
// "+N end users" node joined to that entity. Pure, so the picture is tested without a canvas.
import { STATUSES, type Status } from '@detour/domain';
import { count } from '../../format/values.ts';
import {
  GROUP_PREFIX,
  NO_GROUPS,
  type CanvasGroups,
  type GroupLink,
  type GroupNode,
} from '../../graph/groups.ts';
import type { AccessPath } from '../../model/paths.ts';
import type { Subgraph } from '../../model/subgraph.ts';

/** Up to this many different end users are drawn as themselves; more are grouped. */
export const GROUP_END_USERS_ABOVE = 30;

export interface EndUserGroup {
  /** The entity the group's end users enter through. */
  readonly entry: string;
  /** The id of the link from the group to it. */
  readonly link: string;
  /** The end users it stands for, in the order their paths came. */
  readonly endUsers: readonly string[];
  /** Their paths. */
  readonly paths: readonly AccessPath[];
}

export interface GroupedPaths {
  /** What is still drawn as itself: everything but the grouped end users and their first hops. */
  readonly subgraph: Subgraph;
  readonly groups: CanvasGroups;
  /** Group node id → what it stands for. */
  readonly byGroup: ReadonlyMap<string, EndUserGroup>;
}

export interface GroupOptions {
  /** Group only when more end users than this are on the paths (GROUP_END_USERS_ABOVE). */
  readonly above?: number;
  /** End users drawn as themselves all the same, e.g. the one on the focused path. */
  readonly keep?: ReadonlySet<string>;
}

/** The group node id of the end users entering through `entry`. */
export function entryGroupId(entry: string): string {
  return `${GROUP_PREFIX}${entry}`;
}

/** "+1 end user", "+1,204 end users". */
export function groupLabel(n: number): string {
  return `+${count(n, 'end user', 'end users')}`;
}

const rank = (s: Status): number => STATUSES.indexOf(s);

/**
 * Groups the end users of `paths` by the first entity after them that is not a grouped end user
 * (end users reached as affiliates go into the group with the one they serve). Each group is
 * joined to its entry by one link whose status is the strongest of its paths' hidden stretches
 * (each stretch as weak as its weakest relationship). Below the threshold nothing changes.
 */
export function groupEndUsers(
  paths: readonly AccessPath[],
  subgraph: Subgraph,
  options: GroupOptions = {},
): GroupedPaths {
  const endUsers = new Set(paths.map((p) => p.endUser));
  if (endUsers.size <= (options.above ?? GROUP_END_USERS_ABOVE)) {
    return { subgraph, groups: NO_GROUPS, byGroup: new Map() };
  }
  const keep = options.keep ?? new Set<string>();
  const hidden = new Set(
    subgraph.entities.filter((e) => e.kind === 'EndUser' && !keep.has(e.id)).map((e) => e.id),
  );
  const status = new Map(subgraph.relationships.map((r) => [r.id, r.status]));
  const groups = new Map<
    string,
    { entry: string; endUsers: Set<string>; paths: AccessPath[]; status: Status }
  >();
  for (const path of paths) {
    if (!hidden.has(path.endUser)) continue;
    let step = 1;
    while (step < path.entities.length - 1 && hidden.has(path.entities[step] ?? '')) step++;
    const entry = path.entities[step];
    if (entry === undefined) continue;
    const stretch = path.relationships.slice(0, step).map((id) => status.get(id) ?? 'unverified');
    const weakest = stretch.reduce<Status>((a, b) => (rank(b) > rank(a) ? b : a), 'confirmed');
    const id = entryGroupId(entry);
    const group = groups.get(id);
    if (group === undefined) {
      groups.set(id, { entry, endUsers: new Set([path.endUser]), paths: [path], status: weakest });
    } else {
      group.endUsers.add(path.endUser);
      group.paths.push(path);
      if (rank(weakest) < rank(group.status)) group.status = weakest;
    }
  }
  const nodes: GroupNode[] = [];
  const links: GroupLink[] = [];
  const byGroup = new Map<string, EndUserGroup>();
  for (const [id, group] of groups) {
    const members = [...group.endUsers];
    const link = `${id}->${group.entry}`;
    nodes.push({ id, kind: 'EndUser', label: groupLabel(members.length), count: members.length });
    links.push({ id: link, source: id, target: group.entry, status: group.status });
    byGroup.set(id, { entry: group.entry, link, endUsers: members, paths: group.paths });
  }
  return {
    subgraph: {
      entities: subgraph.entities.filter((e) => !hidden.has(e.id)),
      relationships: subgraph.relationships.filter((r) => !hidden.has(r.from) && !hidden.has(r.to)),
      truncated: subgraph.truncated,
    },
    groups: { nodes, links },
    byGroup,
  };
}
