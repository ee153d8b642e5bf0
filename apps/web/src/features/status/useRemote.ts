// One remote resource named by a key: loads when the key changes, keeps the last good answer on
// screen while the next loads, aborts what a newer key replaced, and can be retried.
import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { isAbort } from '../../graphql/client.ts';

export interface Remote<T> {
  /** The last answer that arrived, for this key or an earlier one; null before any. */
  readonly data: T | null;
  /** True when `data` answers the current key. */
  readonly fresh: boolean;
  readonly loading: boolean;
  readonly error: unknown;
  /** Names one loading stretch (key and attempt), for useDelayedFlag. */
  readonly requestId: string;
  readonly retry: () => void;
}

interface Answer<T> {
  readonly key: string;
  readonly attempt: number;
  readonly data: T | null;
  readonly error: unknown;
}

/** `key` null means nothing to load: data is null. `load` may change every render. */
export function useRemote<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
): Remote<T> {
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<Answer<T> | null>(null);
  const run = useEffectEvent((signal: AbortSignal) => load(signal));

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    run(controller.signal).then(
      (data) => {
        setAnswer({ key, attempt, data, error: null });
      },
      (error: unknown) => {
        if (isAbort(error)) return;
        setAnswer((previous) => ({ key, attempt, data: previous?.data ?? null, error }));
      },
    );
    return () => {
      controller.abort();
    };
  }, [key, attempt]);

  const retry = useCallback(() => {
    setAttempt((n) => n + 1);
  }, []);

  const requestId = `${key ?? ''}#${String(attempt)}`;
  if (key === null) {
    return { data: null, fresh: false, loading: false, error: null, requestId, retry };
  }
  const current = answer !== null && answer.key === key && answer.attempt === attempt;
  return {
    data: answer?.data ?? null,
    fresh: current && answer.error === null,
    loading: !current,
    error: current ? answer.error : null,
    requestId,
    retry,
  };
}
