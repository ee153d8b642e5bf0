// Analysis marks on the canvas: which elements lie on highlighted paths, which are cut off, and so
// on. Features say what is marked; toElements turns marks into classes; styles.ts draws each one.
import type { EntityKind, RelationshipType } from '@detour/domain';

/**
 * Every mark, in the order their styles apply (a later one wins where both set a property).
 * - direct-contact: an end user buying from a cloud provider itself (set by toElements).
 * - avoids-contact: on an access path that reaches a provider without direct contact.
 * - listed: an end user on a control list.
 * - loses-access: an end user that loses every path in the what-if.
 * - removed: cut off in the what-if.
 * - focus: the path hovered or selected in a list.
 * - dimmed: not on the focused path.
 */
export const MARKS = [
  'direct-contact',
  'avoids-contact',
  'listed',
  'loses-access',
  'removed',
  'focus',
  'dimmed',
] as const;

export type Mark = (typeof MARKS)[number];

/** Element id → its marks. */
export type ElementMarks = ReadonlyMap<string, ReadonlySet<Mark>>;

export const NO_MARKS: ElementMarks = new Map();

/** A mutable marks table for features to fill in. */
export class MarkTable {
  private readonly table = new Map<string, Set<Mark>>();

  add(ids: Iterable<string>, mark: Mark): this {
    for (const id of ids) {
      const set = this.table.get(id);
      if (set === undefined) this.table.set(id, new Set([mark]));
      else set.add(mark);
    }
    return this;
  }

  get marks(): ElementMarks {
    return this.table;
  }
}

/** An end user buying from a cloud provider itself: the provider knows its customer. */
export function isDirectContact(
  type: RelationshipType,
  fromKind: EntityKind | undefined,
  toKind: EntityKind | undefined,
): boolean {
  return type === 'BUYS_FROM' && fromKind === 'EndUser' && toKind === 'CloudProvider';
}

/** The class string for an element: its marks in MARKS order, after any extra classes. */
export function classesFor(
  marks: ReadonlySet<Mark> | undefined,
  extra: readonly (string | undefined)[] = [],
): string {
  const own = MARKS.filter((m) => marks?.has(m) === true);
  return [...extra.filter((c): c is string => c !== undefined), ...own].join(' ');
}
