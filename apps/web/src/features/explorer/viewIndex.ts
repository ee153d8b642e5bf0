// Everything the view in sight has loaded, looked up by id: the canvas draws less (grouped end
// users), but the lists, the details panel and the names in the pickers need every record.
import type {
  EntityRecord,
  RelationshipRecord,
  Subgraph,
  SubgraphIndex,
} from '../../model/subgraph.ts';
import type { View } from '../url/urlState.ts';
import type { CanvasModel, LoadedData } from './canvasModel.ts';

function merge(
  subgraphs: readonly (Subgraph | undefined)[],
  entities: readonly EntityRecord[] = [],
): SubgraphIndex {
  const byId = new Map<string, EntityRecord>();
  const relationships = new Map<string, RelationshipRecord>();
  for (const subgraph of subgraphs) {
    for (const e of subgraph?.entities ?? []) if (!byId.has(e.id)) byId.set(e.id, e);
    for (const r of subgraph?.relationships ?? [])
      if (!relationships.has(r.id)) relationships.set(r.id, r);
  }
  for (const e of entities) if (!byId.has(e.id)) byId.set(e.id, e);
  return { entities: byId, relationships };
}

export function viewIndex(view: View, canvas: CanvasModel, data: LoadedData): SubgraphIndex {
  switch (view) {
    case 'network':
      return merge([canvas.subgraph]);
    case 'paths':
      return merge([canvas.subgraph, data.paths?.subgraph]);
    case 'whatif': {
      const w = data.whatIf;
      const changes = [...(w?.lost.items ?? []), ...(w?.kept.items ?? [])];
      return merge(
        [canvas.subgraph, data.baseline?.subgraph, w?.lost.subgraph, w?.kept.subgraph],
        [
          ...(w?.removed ?? []),
          ...changes.flatMap((c) => [c.endUser, c.capability]),
          ...(w?.lostByCapability.map((c) => c.capability) ?? []),
          ...(data.chokepoints?.items.map((c) => c.entity) ?? []),
          ...data.targets,
        ],
      );
    }
    case 'exposure': {
      const x = data.exposure;
      return merge(
        [canvas.subgraph, x?.endUsers.subgraph],
        [
          ...(x === null ? [] : [x.provider]),
          ...(x?.channels.map((c) => c.entity) ?? []),
          ...(x?.endUsers.items.flatMap((e) => [e.endUser, ...e.controlLists]) ?? []),
        ],
      );
    }
  }
}
