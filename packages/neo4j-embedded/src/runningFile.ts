import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Written into the data directory while a launcher serves it, so other tools can attach to it. */
const FILE = 'detour-bolt.json';

interface RunningRecord {
  readonly uri: string;
  readonly pid: number;
}

export async function writeRunningFile(dataDir: string, record: RunningRecord): Promise<void> {
  await writeFile(join(dataDir, FILE), JSON.stringify(record) + '\n');
}

export async function removeRunningFile(dataDir: string): Promise<void> {
  await rm(join(dataDir, FILE), { force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Bolt URI of an embedded Neo4j already serving `dataDir` (started by `pnpm start` or
 * `pnpm db:start`), or null. A second JVM could not open the same store: Neo4j locks it.
 */
export async function findRunningNeo4j(dataDir: string): Promise<string | null> {
  let text: string;
  try {
    text = await readFile(join(dataDir, FILE), 'utf8');
  } catch {
    return null;
  }
  try {
    const record = JSON.parse(text) as Partial<RunningRecord>;
    if (typeof record.uri === 'string' && typeof record.pid === 'number' && alive(record.pid))
      return record.uri;
  } catch {
    // A torn file from a crash: treat as not running.
  }
  return null;
}
