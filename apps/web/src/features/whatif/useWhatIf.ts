// The chokepoints for a scope, and what cutting the chosen ones off would do.
import { fetchChokepoints, fetchWhatIf, type Scope } from '../../graphql/pathApi.ts';
import type { Chokepoint, WhatIfResult } from '../../model/paths.ts';
import { useRemote, type Remote } from '../status/useRemote.ts';

export interface WhatIf {
  readonly chokepoints: Remote<Chokepoint[]>;
  /** Null data until at least one entity is cut off. */
  readonly result: Remote<WhatIfResult>;
}

/** `scope` null: the what-if view is not showing. */
export function useWhatIf(scope: Scope | null, removed: readonly string[]): WhatIf {
  const scopeKey = scope === null ? null : JSON.stringify(scope);
  const chokepoints = useRemote(scopeKey, (signal) =>
    scope === null ? Promise.resolve([]) : fetchChokepoints(scope, { signal }),
  );
  const cutKey =
    scope === null || removed.length === 0 ? null : `${scopeKey ?? ''}-${removed.join(',')}`;
  const result = useRemote(cutKey, (signal) =>
    scope === null
      ? Promise.reject(new Error('no scope'))
      : fetchWhatIf(removed, scope, { signal }),
  );
  return { chokepoints, result };
}
