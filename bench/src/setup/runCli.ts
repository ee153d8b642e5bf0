import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { API_DIR } from './paths.ts';

export interface CliRun {
  readonly output: readonly string[];
  /** Wall time of the whole command, JVM start and schema included. */
  readonly wallSeconds: number;
  /** The rate the CLI itself printed ("… relationships/s"), or NaN. */
  readonly printedRate: number;
  /** The seconds the CLI itself printed for the load, or NaN. */
  readonly printedSeconds: number;
}

/**
 * Runs `pnpm detour <args>` (its entry point, without pnpm's own start-up) with extra environment
 * variables, the way a user would type `VAR=… pnpm detour generate …`. NEO4J_URI is dropped so
 * the CLI uses its embedded Neo4j on the given data directory.
 */
export function runCli(
  args: readonly string[],
  vars: Readonly<Record<string, string>>,
  log: (line: string) => void,
): Promise<CliRun> {
  const assignments = Object.entries(vars).map(([key, value]) => `${key}=${value}`);
  const command = ['-u', 'NEO4J_URI', ...assignments, process.execPath, '--import', 'tsx'];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('env', [...command, 'src/cli/main.ts', ...args], {
      cwd: API_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: string[] = [];
    const onLine = (line: string): void => {
      output.push(line);
      log(`    ${line}`);
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
    child.once('error', reject);
    child.once('exit', (code) => {
      const wallSeconds = (performance.now() - started) / 1000;
      if (code !== 0) {
        reject(new Error(`detour ${args.join(' ')} exited with ${String(code)}`));
        return;
      }
      const summary = output.find((line) => line.includes('relationships/s')) ?? '';
      const rate = /\((\d+) relationships\/s\)/.exec(summary);
      const seconds = /in ([\d.]+) s/.exec(summary);
      resolve({
        output,
        wallSeconds,
        printedRate: rate ? Number(rate[1]) : Number.NaN,
        printedSeconds: seconds ? Number(seconds[1]) : Number.NaN,
      });
    });
  });
}
