import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { NamedSize } from '@detour/synthetic';
import { BENCH_DATA_DIR, REPO_ROOT } from './paths.ts';
import { runCli, type CliRun } from './runCli.ts';

/** Memory for every embedded Neo4j the bench starts, the CLI's included. */
export interface Neo4jMemory {
  readonly heapMiB: number;
  readonly pageCacheMiB: number;
}

export interface Store {
  readonly size: NamedSize;
  readonly seed: number;
  readonly dataDir: string;
  /** The CLI load that built it in this run; null when an earlier run's store was reused. */
  readonly built: CliRun | null;
}

interface Marker {
  readonly size: NamedSize;
  readonly seed: number;
  readonly fingerprint: string;
}

const MARKER = 'bench-marker.json';

/** What decides the store's content: the generator, the loaders, the schema and search text. */
async function fingerprint(): Promise<string> {
  const hash = createHash('sha256');
  const synthetic = join(REPO_ROOT, 'packages', 'synthetic', 'src');
  const files = (await readdir(synthetic))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .sort()
    .map((file) => join(synthetic, file));
  const datasets = join(REPO_ROOT, 'apps', 'api', 'src', 'modules', 'datasets');
  files.push(
    join(datasets, 'bulkLoad.ts'),
    join(datasets, 'toRecords.ts'),
    // A new store is built by the batch importer from these files' CSV.
    join(datasets, 'csvColumns.ts'),
    join(datasets, 'writeImportFiles.ts'),
    join(REPO_ROOT, 'apps', 'api', 'src', 'db', 'schema.ts'),
    // The search text each entity is stored with.
    join(REPO_ROOT, 'packages', 'ingest', 'src', 'match', 'normaliseName.ts'),
    join(REPO_ROOT, 'packages', 'ingest', 'src', 'match', 'nameVocabulary.ts'),
  );
  for (const file of files) hash.update(file).update(await readFile(file));
  return hash.digest('hex').slice(0, 16);
}

async function readMarker(dataDir: string): Promise<Marker | null> {
  try {
    return JSON.parse(await readFile(join(dataDir, MARKER), 'utf8')) as Marker;
  } catch {
    return null;
  }
}

export function cliMemoryVars(memory: Neo4jMemory): Record<string, string> {
  return {
    DETOUR_NEO4J_HEAP_MB: String(memory.heapMiB),
    DETOUR_NEO4J_PAGECACHE_MB: String(memory.pageCacheMiB),
  };
}

/**
 * A data directory holding the synthetic network of this size and seed, loaded by
 * `pnpm detour generate` (into a new store: Neo4j's batch importer). Reused when its marker matches (same size, seed, generator, loader and
 * schema); otherwise wiped and loaded again.
 */
export async function ensureStore(
  size: NamedSize,
  seed: number,
  memory: Neo4jMemory,
  log: (line: string) => void,
): Promise<Store> {
  const dataDir = join(BENCH_DATA_DIR, `${size}-${String(seed)}`);
  const expected: Marker = { size, seed, fingerprint: await fingerprint() };
  const found = await readMarker(dataDir);
  if (found !== null && JSON.stringify(found) === JSON.stringify(expected)) {
    log(`  store ${size} (seed ${String(seed)}): reusing ${dataDir}`);
    return { size, seed, dataDir, built: null };
  }
  log(
    `  store ${size} (seed ${String(seed)}): loading into ${dataDir} with pnpm detour generate …`,
  );
  await rm(dataDir, { recursive: true, force: true });
  const built = await runCli(
    ['generate', '--size', size, '--seed', String(seed)],
    { DETOUR_DATA_DIR: dataDir, ...cliMemoryVars(memory) },
    log,
  );
  await writeFile(join(dataDir, MARKER), JSON.stringify(expected) + '\n');
  return { size, seed, dataDir, built };
}
