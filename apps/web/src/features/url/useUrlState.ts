// The explorer state, kept in the URL: every change is a history entry (so back and forward step
// through views), and going back or forward reads the state from the URL again.
import { useCallback, useEffect, useState } from 'react';
import { parseUrlState, serializeUrlState, type ExplorerState } from './urlState.ts';

export type StateUpdate = Partial<ExplorerState> | ((state: ExplorerState) => ExplorerState);

export interface UrlState {
  readonly state: ExplorerState;
  /** Applies a change and records it in history; `replace` rewrites the current entry instead. */
  readonly update: (change: StateUpdate, options?: { replace?: boolean }) => void;
}

function readLocation(): ExplorerState {
  return parseUrlState(window.location.search);
}

export function useUrlState(): UrlState {
  const [state, setState] = useState<ExplorerState>(readLocation);

  useEffect(() => {
    const onPop = (): void => {
      setState(readLocation());
    };
    window.addEventListener('popstate', onPop);
    return () => {
      window.removeEventListener('popstate', onPop);
    };
  }, []);

  const update = useCallback((change: StateUpdate, options: { replace?: boolean } = {}) => {
    const next =
      typeof change === 'function' ? change(readLocation()) : { ...readLocation(), ...change };
    const search = serializeUrlState(next);
    if (search !== window.location.search) {
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (options.replace === true) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    setState(next);
  }, []);

  return { state, update };
}
