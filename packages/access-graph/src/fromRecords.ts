import {
  endOfPartialDate,
  startOfPartialDate,
  type Entity,
  type Relationship,
} from '@detour/domain';
import { AccessGraphBuilder, type AccessGraph } from './accessGraph.ts';

/**
 * An access graph from dataset records, dated as they are stored (the first and last day each
 * partial date covers): for tests and the benchmark's in-process floor.
 */
export function accessGraphFromRecords(
  entities: Iterable<Entity>,
  relationships: Iterable<Relationship>,
): AccessGraph {
  const builder = new AccessGraphBuilder();
  for (const e of entities) builder.entity(e.id, e.kind, e.name);
  for (const r of relationships) {
    builder.relationship({
      id: r.id,
      type: r.type,
      from: r.from,
      to: r.to,
      status: r.status,
      validFrom: r.start === undefined ? null : startOfPartialDate(r.start),
      validTo: r.end === undefined ? null : endOfPartialDate(r.end),
      covers: r.covers ?? null,
    });
  }
  return builder.build(true);
}
