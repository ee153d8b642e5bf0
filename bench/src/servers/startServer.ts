import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export type ServerKind = 'detour' | 'bare' | 'neo4j-graphql' | 'hello';

export interface RunningServer {
  readonly kind: ServerKind;
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  readonly pid: number;
  /** Starts the CPU profiler (only when started with a profile path). */
  startProfiling(): void;
  stop(): Promise<void>;
}

const BENCH_DIR = fileURLToPath(new URL('../..', import.meta.url));
const SERVE = fileURLToPath(new URL('./serve.ts', import.meta.url));

/**
 * Starts a server under test (servers/serve.ts) in a child process and waits until it listens.
 * With `profileTo`, startProfiling() starts V8's profiler and stop() writes the profile there.
 */
export function startServer(
  kind: ServerKind,
  boltUri?: string,
  profileTo?: string,
): Promise<RunningServer> {
  const args = [
    '--import',
    'tsx',
    SERVE,
    kind,
    boltUri ?? '-',
    ...(profileTo === undefined ? [] : [profileTo]),
  ];
  const child = spawn(process.execPath, args, { cwd: BENCH_DIR, stdio: ['pipe', 'pipe', 'pipe'] });
  const output: string[] = [];
  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        resolve();
        return;
      }
      // Closing stdin lets serve.ts exit normally (so a CPU profile gets written); SIGTERM if not.
      const force = setTimeout(() => child.kill('SIGTERM'), 15_000);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.stdin.end();
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`server ${kind} did not start within 120 s:\n${output.join('\n')}`));
    }, 120_000);
    createInterface({ input: child.stderr }).on('line', (line) => output.push(line));
    createInterface({ input: child.stdout }).on('line', (line) => {
      output.push(line);
      const match = /^BENCH_SERVER_READY (\d+)$/.exec(line);
      if (match === null) return;
      clearTimeout(timer);
      resolve({
        kind,
        origin: `http://127.0.0.1:${match[1] ?? ''}`,
        pid: child.pid ?? -1,
        startProfiling: () => {
          child.stdin.write('profile-start\n');
        },
        stop,
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server ${kind} exited (${String(code)}):\n${output.join('\n')}`));
    });
  });
}
