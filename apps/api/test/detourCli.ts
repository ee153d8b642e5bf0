/**
 * `pnpm detour <args>` as a user runs it: the CLI as a child process, with the environment given
 * (NEO4J_URI for the shared test database, or DETOUR_DATA_DIR for an embedded store of its own).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const API_DIR = fileURLToPath(new URL('..', import.meta.url));

export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the CLI to its end. With `killWhen`, the process is SIGKILLed once that resolves to true
 * (asked after each line of output and every 100 ms).
 */
export function detourCli(
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  killWhen?: (stdout: string) => Promise<boolean> | boolean,
): Promise<CliRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: API_DIR,
    env: { PATH: process.env['PATH'] ?? '', INIT_CWD: API_DIR, ...env },
  });
  let stdout = '';
  let stderr = '';
  createInterface({ input: child.stdout }).on('line', (line) => (stdout += `${line}\n`));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<CliRun>((resolve) => {
    child.once('exit', (code, signal) => {
      resolve({ code, signal, stdout, stderr });
    });
  });
  let done = false;
  void exited.then(() => (done = true));
  const watch = async (): Promise<void> => {
    if (killWhen === undefined) return;
    while (!done) {
      if (await killWhen(stdout)) {
        child.kill('SIGKILL');
        return;
      }
      await sleep(100);
    }
  };
  return Promise.all([exited, watch()]).then(([run]) => run);
}
