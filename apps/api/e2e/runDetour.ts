/**
 * Runs the real production server (`pnpm start`'s entry point) as a child process on its own
 * embedded Neo4j, for end-to-end tests: what a user gets, not an in-process imitation.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { freePort } from '@detour/neo4j-embedded';

const API_DIR = fileURLToPath(new URL('..', import.meta.url));

export interface RunningDetour {
  readonly url: string;
  /** Every line the server printed so far (stdout and stderr). */
  readonly output: string[];
  readonly process: ChildProcess;
  /** Sends SIGINT (as Ctrl-C does) and waits for the exit code. */
  stop(): Promise<number | null>;
  /** Sends a signal (SIGTERM as a supervisor does, SIGKILL as a crash) and waits for the exit. */
  kill(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface RunDetourOptions {
  /** The HTTP port; a free one when absent. A restarted server keeps its clients' URL with it. */
  readonly port?: number;
  /** Flags for node itself, e.g. --expose-gc for the soak's heap samples. */
  readonly nodeArgs?: readonly string[];
}

export async function runDetour(
  dataDir: string,
  extraEnv: Record<string, string> = {},
  options: RunDetourOptions = {},
): Promise<RunningDetour> {
  const port = options.port ?? (await freePort());
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DETOUR_DATA_DIR: dataDir,
  };
  delete env['NEO4J_URI'];
  Object.assign(env, extraEnv);
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), '--import', 'tsx', 'src/main.ts'],
    {
      cwd: API_DIR,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  const url = `http://localhost:${String(port)}`;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`Detour did not start within 300 s:\n${output.join('\n')}`));
    }, 300_000);
    const onLine = (line: string): void => {
      output.push(line);
      if (line.startsWith('Detour is running at')) {
        clearTimeout(timer);
        resolve();
      }
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new Error(
          `Detour exited with code ${String(code)} before it was ready:\n${output.join('\n')}`,
        ),
      );
    });
  });
  return {
    url,
    output,
    process: child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) {
          resolve(child.exitCode);
          return;
        }
        child.once('exit', (code) => {
          resolve(code);
        });
        child.kill('SIGINT');
      }),
    kill: (signal) =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          resolve({ code: child.exitCode, signal: child.signalCode });
          return;
        }
        child.once('exit', (code, exitSignal) => {
          resolve({ code, signal: exitSignal });
        });
        child.kill(signal);
      }),
  };
}

/** Pids of Java processes whose command line mentions `needle` (e.g. a data directory). */
export async function javaProcessesMentioning(needle: string): Promise<number[]> {
  const { readdir, readFile } = await import('node:fs/promises');
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = (await readFile(`/proc/${entry}/cmdline`, 'utf8')).split('\0');
      if (
        cmdline.some((arg) => arg.endsWith('java') || arg.includes('/java')) &&
        cmdline.some((arg) => arg.includes(needle))
      ) {
        pids.push(Number(entry));
      }
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}
