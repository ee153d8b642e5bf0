// The network around one entity, loaded when the centre or depth changes; the last good one stays
// on screen while the next loads, and answers to a replaced request are dropped.
import { fetchNeighbourhood } from '../../graphql/api.ts';
import type { Subgraph } from '../../model/subgraph.ts';
import { useRemote, type Remote } from '../status/useRemote.ts';

/** `centre` null: nothing to load. */
export function useNeighbourhood(centre: string | null, depth: number): Remote<Subgraph> {
  const key = centre === null ? null : `${centre}@${String(depth)}`;
  return useRemote(key, (signal) =>
    centre === null
      ? Promise.reject(new Error('no centre'))
      : fetchNeighbourhood(centre, { depth, signal }),
  );
}

/** The entity a neighbourhood is centred on. */
export interface Centre {
  readonly id: string;
  readonly name: string;
}
