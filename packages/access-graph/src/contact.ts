import { BUYS_FROM, type AccessGraph } from './accessGraph.ts';
import type { PreparedScope } from './scope.ts';

/** True when the end user has a BUYS_FROM of its own to the provider that passes the filters. */
export function hasDirectContact(
  graph: AccessGraph,
  scope: PreparedScope,
  user: number,
  provider: number,
): boolean {
  for (let i = graph.stepStart[user] ?? 0; i < (graph.stepStart[user + 1] ?? 0); i++) {
    const r = graph.stepRel[i] ?? 0;
    if (
      graph.stepTarget[i] === provider &&
      graph.relType[r] === BUYS_FROM &&
      graph.relSource[r] === user &&
      scope.pass[r] === 1
    )
      return true;
  }
  return false;
}
