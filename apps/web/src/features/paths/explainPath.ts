// Words for one access path: its hops in order, why it counts as indirect, its validity window.
import type { AccessPath } from '../../model/paths.ts';
import type { EntityRecord, RelationshipRecord, SubgraphIndex } from '../../model/subgraph.ts';
import { formatPeriod } from '../../format/values.ts';

export interface Hop {
  readonly id: string;
  /** Undefined when the result did not carry the relationship (should not happen). */
  readonly relationship: RelationshipRecord | undefined;
  readonly from: EntityRecord | undefined;
  readonly to: EntityRecord | undefined;
}

/** Each relationship of the path, in path order, with its two ends as the data states them. */
export function pathHops(path: AccessPath, index: SubgraphIndex): Hop[] {
  return path.relationships.map((id) => {
    const relationship = index.relationships.get(id);
    return {
      id,
      relationship,
      from: relationship === undefined ? undefined : index.entities.get(relationship.from),
      to: relationship === undefined ? undefined : index.entities.get(relationship.to),
    };
  });
}

/** "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

function nameOf(id: string, index: SubgraphIndex): string {
  return index.entities.get(id)?.name ?? id;
}

/** Why the path counts as indirect (or not), in one or two plain sentences. */
export function whyIndirect(path: AccessPath, index: SubgraphIndex): string {
  const user = nameOf(path.endUser, index);
  const provider = nameOf(path.provider, index);
  if (!path.indirect) {
    return `${user} buys from ${provider} directly: ${provider} has it as a customer.`;
  }
  const between = path.intermediaries.map((id) => nameOf(id, index));
  const verb = between.length === 1 ? 'stands' : 'stand';
  const lead = `${listNames(between)} ${verb} between ${user} and ${provider}`;
  if (path.avoidsDirectContact) {
    return `${lead}; ${user} has no contract of its own with ${provider}.`;
  }
  return `${lead}, but ${user} also buys from ${provider} directly, so ${provider} knows it as a customer.`;
}

/** The entities of the path by name: "Shenzhen University → Yunda … → AWS → Nvidia H100". */
export function pathTitle(path: AccessPath, index: SubgraphIndex): string {
  return path.entities.map((id) => nameOf(id, index)).join(' → ');
}

/** When every relationship of the path held at once, e.g. "from 1 March 2024". */
export function validityWindow(path: AccessPath): string {
  if (!path.coexisted) return 'never all at the same time';
  return formatPeriod(path.validFrom, path.validTo) ?? 'no dates recorded';
}
