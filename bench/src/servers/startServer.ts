import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export type ServerKind = 'detour' | 'bare' | 'neo4j-graphql' | 'hello';

export interface ServerOptions {
  /** Where stop() writes the V8 CPU profile that startProfiling() starts. */
  readonly profileTo?: string;
  /** DETOUR_ANALYSIS_CACHE_MB for Detour's server (0: no analysis is kept); 512 when absent. */
  readonly analysisCacheMiB?: number;
  /** DETOUR_ANALYSIS_MAX_STEPS; Detour's default when absent. */
  readonly analysisMaxSteps?: number;
}

export interface RunningServer {
  readonly kind: ServerKind;
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  readonly pid: number;
  /** Every line the server printed so far, stdout and stderr. */
  readonly output: readonly string[];
  /** Starts the CPU profiler (only when started with a profile path). */
  startProfiling(): void;
  /** process.memoryUsage() in the server after a full garbage collection. */
  memory(): Promise<NodeJS.MemoryUsage>;
  stop(): Promise<void>;
}

const BENCH_DIR = fileURLToPath(new URL('../..', import.meta.url));
const SERVE = fileURLToPath(new URL('./serve.ts', import.meta.url));
const MEMORY_LINE = 'BENCH_MEMORY ';

/**
 * Starts a server under test (servers/serve.ts) in a child process and waits until it listens.
 * With `profileTo`, startProfiling() starts V8's profiler and stop() writes the profile there.
 */
export function startServer(
  kind: ServerKind,
  boltUri?: string,
  options: ServerOptions = {},
): Promise<RunningServer> {
  const { profileTo, analysisCacheMiB, analysisMaxSteps } = options;
  const args = [
    // Lets memory() measure what survives a full collection; no effect on anything else.
    '--expose-gc',
    '--import',
    'tsx',
    SERVE,
    kind,
    boltUri ?? '-',
    ...(profileTo === undefined ? [] : [profileTo]),
    ...(analysisCacheMiB === undefined ? [] : ['--analysis-cache-mb', String(analysisCacheMiB)]),
    ...(analysisMaxSteps === undefined ? [] : ['--analysis-max-steps', String(analysisMaxSteps)]),
  ];
  const child = spawn(process.execPath, args, { cwd: BENCH_DIR, stdio: ['pipe', 'pipe', 'pipe'] });
  const output: string[] = [];
  const memoryWaiters: ((usage: NodeJS.MemoryUsage) => void)[] = [];
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
  const memory = (): Promise<NodeJS.MemoryUsage> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`server ${kind} did not report its memory within 30 s`));
      }, 30_000);
      memoryWaiters.push((usage) => {
        clearTimeout(timer);
        resolve(usage);
      });
      child.stdin.write('memory\n');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`server ${kind} did not start within 120 s:\n${output.join('\n')}`));
    }, 120_000);
    createInterface({ input: child.stderr }).on('line', (line) => output.push(line));
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith(MEMORY_LINE)) {
        memoryWaiters.shift()?.(JSON.parse(line.slice(MEMORY_LINE.length)) as NodeJS.MemoryUsage);
        return;
      }
      output.push(line);
      const match = /^BENCH_SERVER_READY (\d+)$/.exec(line);
      if (match === null) return;
      clearTimeout(timer);
      resolve({
        kind,
        origin: `http://127.0.0.1:${match[1] ?? ''}`,
        pid: child.pid ?? -1,
        output,
        startProfiling: () => {
          child.stdin.write('profile-start\n');
        },
        memory,
        stop,
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server ${kind} exited (${String(code)}):\n${output.join('\n')}`));
    });
  });
}
