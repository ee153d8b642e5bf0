// True once `active` has lasted `delayMs`, so quick requests never flash a spinner.
import { useEffect, useState } from 'react';

export const LOADING_DELAY_MS = 200;

/** `key` names one stretch of activity (e.g. a request id); a new key starts the wait again. */
export function useDelayedFlag(
  active: boolean,
  key: string | number,
  delayMs = LOADING_DELAY_MS,
): boolean {
  const [elapsedFor, setElapsedFor] = useState<string | number | null>(null);
  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(() => {
      setElapsedFor(key);
    }, delayMs);
    return () => {
      clearTimeout(timer);
    };
  }, [active, key, delayMs]);
  return active && elapsedFor === key;
}
