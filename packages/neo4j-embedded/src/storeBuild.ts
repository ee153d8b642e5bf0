import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve as resolvePath } from 'node:path';
import { runImporter, type ImportFiles, type ImporterOptions } from './runImporter.ts';
import { findRunningNeo4j } from './runningFile.ts';

/** The store Neo4j opens: `<dataDir>/data` (databases and transaction logs). */
const STORE = 'data';
/** Where a bulk import writes its input files and builds the store before moving it in. */
const STAGING = 'detour-build';
/** Held while a bulk import builds the store, with the pid of the process that builds it. */
const LOCK = 'detour-build.json';

export type StoreBuildRefusal = 'STORE_NOT_NEW' | 'STORE_IN_USE';

/** A bulk import that cannot start: the store already exists, or something else has it open. */
export class StoreBuildRefused extends Error {
  override readonly name = 'StoreBuildRefused';
  constructor(
    readonly code: StoreBuildRefusal,
    message: string,
  ) {
    super(message);
  }
}

export interface StoreBuild {
  /** An empty directory for the input files, removed again by release(). */
  readonly inputDir: string;
  /** Runs the importer on the files and, once it has finished, moves the store into place. */
  importFiles(files: ImportFiles, options?: ImporterOptions): Promise<void>;
  /** Removes the store importFiles moved into place: the directory had none before. */
  discardStore(): Promise<void>;
  /** Removes the input files and the half-built store, if any, and gives up the lock. */
  release(): Promise<void>;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function lockOwner(dataDir: string): Promise<number | null> {
  try {
    const { pid } = JSON.parse(await readFile(join(dataDir, LOCK), 'utf8')) as { pid?: unknown };
    return typeof pid === 'number' ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Fails when another process is building a store in `dataDir` with a bulk import, and removes
 * what a killed one left (its lock and staging directory; it never moved a store into place).
 * startNeo4j calls this, so no Neo4j opens a store while it is being built.
 */
export async function assertNoStoreBuild(dataDir: string): Promise<void> {
  if (!existsSync(join(dataDir, LOCK))) return;
  const owner = await lockOwner(dataDir);
  if (owner !== null && owner !== process.pid && alive(owner)) {
    throw new StoreBuildRefused(
      'STORE_IN_USE',
      `The data directory ${dataDir} is being built by a bulk import (process ${String(owner)}); wait for it to finish.`,
    );
  }
  if (owner === process.pid) return;
  await rm(join(dataDir, STAGING), { recursive: true, force: true });
  await rm(join(dataDir, LOCK), { force: true });
}

/** True when `dataDir` holds no store yet: what a bulk import needs. */
export function isNewStore(dataDir: string): boolean {
  return !existsSync(join(resolvePath(dataDir), STORE));
}

/**
 * Starts building a new store in `dataDir` with Neo4j's batch importer: takes the directory's
 * build lock and gives an input directory to write files into. Refused (StoreBuildRefused) when
 * the directory already holds a store or a Neo4j or another build is using it: a bulk import
 * never replaces data. The store is built beside the data directory's `data/` and moved there
 * in one rename, so a kill at any moment leaves either no store or a complete one.
 */
export async function beginStoreBuild(dataDir: string): Promise<StoreBuild> {
  const home = resolvePath(dataDir);
  await mkdir(home, { recursive: true });
  const running = await findRunningNeo4j(home);
  if (running !== null) {
    throw new StoreBuildRefused(
      'STORE_IN_USE',
      `The data directory ${home} is served by a running Neo4j at ${running}; a bulk import needs it to itself. Stop that Detour first.`,
    );
  }
  await assertNoStoreBuild(home);
  try {
    await writeFile(join(home, LOCK), JSON.stringify({ pid: process.pid }) + '\n', { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new StoreBuildRefused(
      'STORE_IN_USE',
      `The data directory ${home} is being built by another bulk import; wait for it to finish.`,
    );
  }
  const staging = join(home, STAGING);
  const release = async (): Promise<void> => {
    await rm(staging, { recursive: true, force: true });
    await rm(join(home, LOCK), { force: true });
  };
  if (!isNewStore(home)) {
    await release();
    throw new StoreBuildRefused(
      'STORE_NOT_NEW',
      `The data directory ${home} already holds a store; a bulk import only builds new ones and never replaces data. Import into it without --fresh, or stop Detour and move ${join(home, STORE)} away (or set DETOUR_DATA_DIR to a new directory) to build a new one.`,
    );
  }
  await rm(staging, { recursive: true, force: true });
  const inputDir = join(staging, 'input');
  await mkdir(inputDir, { recursive: true });
  let moved = false;
  return {
    inputDir,
    importFiles: async (files, options = {}) => {
      const buildHome = join(staging, 'home');
      await runImporter(buildHome, files, { ...options, reportFile: join(staging, 'report') });
      if (!isNewStore(home) || (await findRunningNeo4j(home)) !== null) {
        throw new StoreBuildRefused(
          'STORE_IN_USE',
          `Something created a store in ${home} while the bulk import ran; the new store was not moved in.`,
        );
      }
      await rename(join(buildHome, STORE), join(home, STORE));
      moved = true;
      await rm(staging, { recursive: true, force: true });
    },
    discardStore: async () => {
      if (moved) await rm(join(home, STORE), { recursive: true, force: true });
      moved = false;
    },
    release,
  };
}
