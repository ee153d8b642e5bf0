/**
 * Runs `run` once per input, one at a time, after `warmup` untimed runs (cycling through the
 * inputs), and returns the wall time of each measured run in milliseconds.
 */
export async function timeEach<T>(
  inputs: readonly T[],
  run: (input: T) => unknown,
  warmup: number,
): Promise<number[]> {
  for (let i = 0; i < warmup && inputs.length > 0; i++) {
    await run(inputs[i % inputs.length] as T);
  }
  const samples: number[] = [];
  for (const input of inputs) {
    const started = performance.now();
    await run(input);
    samples.push(performance.now() - started);
  }
  return samples;
}

/** The same, for a synchronous function (the in-process floors): no await between runs. */
export function timeEachSync<T>(
  inputs: readonly T[],
  run: (input: T) => unknown,
  warmup: number,
): number[] {
  for (let i = 0; i < warmup && inputs.length > 0; i++) run(inputs[i % inputs.length] as T);
  return inputs.map((input) => {
    const started = performance.now();
    run(input);
    return performance.now() - started;
  });
}
