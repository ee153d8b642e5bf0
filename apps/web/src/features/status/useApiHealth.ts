// Asks the API once on start whether it answers, so a stopped server shows before the first search.
import { useCallback, useEffect, useState } from 'react';
import { isAbort } from '../../graphql/client.ts';
import { ping } from '../../graphql/api.ts';

export interface ApiHealth {
  readonly status: 'checking' | 'up' | 'down';
  readonly error: unknown;
  readonly recheck: () => void;
}

export function useApiHealth(): ApiHealth {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ attempt: number; error: unknown } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    ping({ signal: controller.signal }).then(
      () => {
        setResult({ attempt, error: null });
      },
      (error: unknown) => {
        if (!isAbort(error)) setResult({ attempt, error });
      },
    );
    return () => {
      controller.abort();
    };
  }, [attempt]);

  const recheck = useCallback(() => {
    setAttempt((n) => n + 1);
  }, []);

  if (result?.attempt !== attempt) return { status: 'checking', error: null, recheck };
  return { status: result.error === null ? 'up' : 'down', error: result.error, recheck };
}
