/** "12 s", "3 min 5 s": a duration as a person reads it. */
export function duration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${String(whole)} s`;
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest === 0 ? `${String(minutes)} min` : `${String(minutes)} min ${String(rest)} s`;
}

/** What is left at the rate so far; null before there is a rate to go by. */
export function eta(done: number, total: number, elapsedSeconds: number): number | null {
  if (done <= 0 || elapsedSeconds <= 0 || done >= total) return null;
  return ((total - done) * elapsedSeconds) / done;
}

/**
 * A progress printer for `done` of `total` units: the first report, then at most one a second,
 * and the last, each with the share done and, once there is a rate, about how long is left.
 */
export function progressLine(
  label: string,
  unit: string,
  log: (line: string) => void,
  now: () => number = () => performance.now(),
): (done: number, total: number) => void {
  const started = now();
  let last = -Infinity;
  return (done, total) => {
    const at = now();
    if (at - last < 1000 && done < total) return;
    last = at;
    const percent = total === 0 ? 100 : Math.floor((100 * done) / total);
    const left = eta(done, total, (at - started) / 1000);
    const tail = left === null ? '' : `, about ${duration(left)} left`;
    log(`  ${label}: ${String(done)}/${String(total)} ${unit} (${String(percent)} %)${tail}`);
  };
}
