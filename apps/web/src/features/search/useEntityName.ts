// The name of an entity the URL names by id: from what is loaded when it is there, else asked for.
import { fetchEntity } from '../../graphql/pathApi.ts';
import type { SubgraphIndex } from '../../model/subgraph.ts';
import { useRemote } from '../status/useRemote.ts';

export function useEntityName(id: string | null, index?: SubgraphIndex): string | null {
  const known = id === null ? undefined : index?.entities.get(id)?.name;
  const remote = useRemote(known === undefined ? id : null, (signal) =>
    id === null ? Promise.resolve(null) : fetchEntity(id, { signal }),
  );
  if (id === null) return null;
  return known ?? (remote.fresh ? (remote.data?.name ?? id) : null);
}
