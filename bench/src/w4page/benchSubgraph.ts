// A synthetic subgraph of about `elements` nodes + edges (1 : 3), from the same generator as the
// benchmark networks, shaped as the explorer holds it (sources resolved to documents: none here).
import { networkRecords } from '../../../packages/synthetic/src/networkRecords.ts';
import type { Subgraph } from '../../../apps/web/src/model/subgraph.ts';

export function benchSubgraph(elements: number, seed: number): Subgraph {
  const entities = Math.max(500, Math.round(elements / 4));
  const network = networkRecords({
    size: { entities, relationships: elements - entities },
    seed,
  });
  return {
    entities: Array.from(network.entities, (entity) => ({ ...entity, sources: [] })),
    relationships: Array.from(network.relationships, (rel) => ({ ...rel, sources: [] })),
    truncated: false,
  };
}
