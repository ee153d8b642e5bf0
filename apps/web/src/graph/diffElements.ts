// What to change in Cytoscape to go from the elements it has to the ones the state describes.
import type { GraphElement } from './toElements.ts';

export const NODE_ATTACHMENT = 'node';

export function edgeAttachment(source: string, target: string): string {
  return `${source}->${target}`;
}

/** How an element is attached: an edge's ends cannot change in place, so a new pair means re-adding. */
export function attachment(element: GraphElement): string {
  return element.group === 'nodes'
    ? NODE_ATTACHMENT
    : edgeAttachment(element.data.source, element.data.target);
}

export interface ElementDiff {
  readonly add: readonly GraphElement[];
  readonly remove: readonly string[];
  /** Elements that stay; their data is refreshed in place. */
  readonly update: readonly GraphElement[];
  /** True when nodes or edges come or go, which is when the layout must run again. */
  readonly topologyChanged: boolean;
}

/** `current` maps each element id in Cytoscape to its attachment (see `attachment`). */
export function diffElements(
  current: ReadonlyMap<string, string>,
  next: readonly GraphElement[],
): ElementDiff {
  const add: GraphElement[] = [];
  const update: GraphElement[] = [];
  const remove: string[] = [];
  const nextIds = new Set<string>();
  for (const element of next) {
    nextIds.add(element.data.id);
    const existing = current.get(element.data.id);
    if (existing === undefined) add.push(element);
    else if (existing === attachment(element)) update.push(element);
    else {
      remove.push(element.data.id);
      add.push(element);
    }
  }
  for (const id of current.keys()) if (!nextIds.has(id)) remove.push(id);
  return { add, remove, update, topologyChanged: add.length > 0 || remove.length > 0 };
}
