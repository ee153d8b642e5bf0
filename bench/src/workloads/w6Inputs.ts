/** W6's inputs, picked from the access graph the same way on every run of a size and seed. */
import { BUYS_FROM, KIND, OFFERS, type AccessGraph } from '@detour/access-graph';

/**
 * The entity of `kind` that the most relationships of `type` point to, the first in id order on
 * ties; −1 when none is pointed to. `type` indexes RELATIONSHIP_TYPES, `kind` ENTITY_KINDS.
 */
export function mostTargeted(graph: AccessGraph, type: number, kind: number): number {
  const counts = new Int32Array(graph.nodes);
  for (let r = 0; r < graph.rels; r++) {
    if (graph.relType[r] !== type) continue;
    const target = graph.relTarget[r] ?? 0;
    counts[target] = (counts[target] ?? 0) + 1;
  }
  let best = -1;
  for (let n = 0; n < graph.nodes; n++) {
    const count = counts[n] ?? 0;
    if (graph.kinds[n] !== kind || count === 0) continue;
    const bestCount = best < 0 ? 0 : (counts[best] ?? 0);
    if (
      count > bestCount ||
      (count === bestCount && (graph.idRank[n] ?? 0) < (graph.idRank[best] ?? 0))
    )
      best = n;
  }
  return best;
}

/** The cloud provider with the most direct customers (BUYS_FROM pointing to it). */
export function largestProvider(graph: AccessGraph): number {
  return mostTargeted(graph, BUYS_FROM, KIND.CloudProvider);
}

/** The chip the most providers offer (OFFERS pointing to it). */
export function mostOfferedChip(graph: AccessGraph): number {
  return mostTargeted(graph, OFFERS, KIND.Chip);
}
