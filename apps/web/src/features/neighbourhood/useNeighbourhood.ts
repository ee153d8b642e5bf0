// The network around one entity: loads it, keeps the last good one on screen while the next loads,
// and drops answers that arrive after a newer request.
import { useCallback, useRef, useState } from 'react';
import { fetchNeighbourhood } from '../../graphql/api.ts';
import { isAbort } from '../../graphql/client.ts';
import { EMPTY_SUBGRAPH, type Subgraph } from '../../model/subgraph.ts';

export const DEFAULT_DEPTH = 3;
export const DEPTHS = [1, 2, 3] as const;

/** The entity a neighbourhood is centred on. */
export interface Centre {
  readonly id: string;
  readonly name: string;
}

export interface NeighbourhoodState {
  readonly centre: Centre | null;
  readonly depth: number;
  /** The last neighbourhood that loaded. */
  readonly subgraph: Subgraph;
  readonly loading: boolean;
  readonly error: unknown;
  /** Increases with every request; names one loading stretch for useDelayedFlag. */
  readonly requestId: number;
}

export interface Neighbourhood extends NeighbourhoodState {
  readonly load: (centre: Centre, depth: number) => void;
  readonly retry: () => void;
  readonly changeDepth: (depth: number) => void;
}

const INITIAL: NeighbourhoodState = {
  centre: null,
  depth: DEFAULT_DEPTH,
  subgraph: EMPTY_SUBGRAPH,
  loading: false,
  error: null,
  requestId: 0,
};

export function useNeighbourhood(): Neighbourhood {
  const [state, setState] = useState<NeighbourhoodState>(INITIAL);
  const latest = useRef<{ id: number; controller: AbortController } | null>(null);

  const load = useCallback((centre: Centre, depth: number) => {
    latest.current?.controller.abort();
    const controller = new AbortController();
    const id = (latest.current?.id ?? 0) + 1;
    latest.current = { id, controller };
    setState((s) => ({ ...s, centre, depth, loading: true, error: null, requestId: id }));
    fetchNeighbourhood(centre.id, { depth, signal: controller.signal }).then(
      (subgraph) => {
        if (latest.current?.id !== id) return;
        setState((s) => ({ ...s, subgraph, loading: false }));
      },
      (error: unknown) => {
        if (isAbort(error) || latest.current?.id !== id) return;
        setState((s) => ({ ...s, loading: false, error }));
      },
    );
  }, []);

  const { centre, depth } = state;
  const retry = useCallback(() => {
    if (centre !== null) load(centre, depth);
  }, [load, centre, depth]);

  /** Changes the depth, reloading the current centre if there is one. */
  const changeDepth = useCallback(
    (next: number) => {
      if (centre !== null) load(centre, next);
      else setState((s) => ({ ...s, depth: next }));
    },
    [load, centre],
  );

  return { ...state, load, retry, changeDepth };
}
