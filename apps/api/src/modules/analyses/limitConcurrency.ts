/**
 * Runs at most `slots` tasks at once, the others in arrival order: whole-graph analyses each hold
 * tens of megabytes while they run, and two at a time already share the machine's cores.
 */
export function limitConcurrency(slots: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = (): void => {
    running--;
    waiting.shift()?.();
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      release();
    }
  };
}
