// Nodes that stand for many entities ("+120 end users") and the lines that join them to the
// network: how a large answer is drawn as a picture instead of a hairball. Features decide what
// to group (pure functions in their folders); toElements draws the groups beside the subgraph.
import type { EntityKind, Status } from '@detour/domain';
import type { Subgraph } from '../model/subgraph.ts';
import type { ElementMarks } from './marks.ts';

export interface GroupNode {
  /** Unique among entity and relationship ids too: `group:` and what it groups by. */
  readonly id: string;
  /** The kind of the entities it stands for (drawn in that kind's shape and colour). */
  readonly kind: EntityKind;
  /** E.g. "+120 end users". */
  readonly label: string;
  /** How many entities it stands for. */
  readonly count: number;
  /** Where the layered layout puts it among the groups (by label when absent), e.g. a rank. */
  readonly sortKey?: string;
}

/** A sort key that keeps ranks in order: 2 → "000002". */
export function rankKey(rank: number): string {
  return String(rank).padStart(6, '0');
}

/** A line from a group to an entity, or between two entities whose relationship is not loaded. */
export interface GroupLink {
  /** Starts with GROUP_PREFIX, as a group node's does. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /**
   * The strongest status of the relationships it stands for; absent when it stands for reach
   * rather than known relationships (drawn as a plain solid line, as confirmed ones are).
   */
  readonly status?: Status;
}

export interface CanvasGroups {
  readonly nodes: readonly GroupNode[];
  readonly links: readonly GroupLink[];
}

export const NO_GROUPS: CanvasGroups = { nodes: [], links: [] };

/** The prefix of every group node and link id. */
export const GROUP_PREFIX = 'group:';

export function isGroupId(id: string): boolean {
  return id.startsWith(GROUP_PREFIX);
}

/** What a view draws: entities and relationships as themselves, groups, and the analysis marks. */
export interface Picture {
  readonly subgraph: Subgraph;
  readonly groups: CanvasGroups;
  readonly marks: ElementMarks;
}
