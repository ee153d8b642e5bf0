import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { buildLauncher } from './buildLauncher.ts';
import {
  ImporterProgressReader,
  importerFailure,
  type ImporterProgress,
} from './importerProgress.ts';
import { jvmArgs } from './jvmArgs.ts';

/**
 * The separator between list items in the importer's CSV files (U+001F, the ASCII unit
 * separator): a character no list item of Detour's may contain.
 */
export const LIST_SEPARATOR = '\u001f';

/** CSV files in the importer's format (neo4j-admin database import), with their headers. */
export interface ImportFiles {
  readonly nodes: readonly string[];
  readonly relationships: readonly string[];
  /** Those of the files above with a field that spans lines (the importer reads them apart). */
  readonly multiline: readonly string[];
}

export interface ImporterOptions {
  /** JVM heap of the importer, in MiB. */
  readonly heapMiB?: number;
  /** The importer's off-heap memory (caches, ID mapping), in MiB. */
  readonly offHeapMiB?: number;
  /** Called when the importer reports a new stage or percentage. */
  readonly onProgress?: (progress: ImporterProgress) => void;
  /** Where the importer writes its report of bad input. */
  readonly reportFile?: string;
  /** The java executable; `java` on the PATH by default. */
  readonly java?: string;
  readonly log?: (line: string) => void;
}

/**
 * Runs Neo4j's batch importer (the launcher's BulkImport: `neo4j-admin database import full` with
 * Detour's empty lists) on CSV files, building a store in `<home>/data`. Fails on the first bad
 * record (a duplicate id, a relationship to a missing node) with the importer's own explanation;
 * what it built is then garbage for the caller to remove.
 */
export async function runImporter(
  home: string,
  files: ImportFiles,
  options: ImporterOptions = {},
): Promise<void> {
  const { classpath } = await buildLauncher(options.log);
  const args = [
    ...jvmArgs(options.heapMiB ?? 512),
    '-cp',
    classpath,
    'dev.detour.neo4j.BulkImport',
    home,
    ...files.nodes.map((file) => `--nodes=${file}`),
    ...files.relationships.map((file) => `--relationships=${file}`),
    '--id-type=string',
    '--array-delimiter=U+001F',
    '--bad-tolerance=0',
    '--skip-bad-relationships=false',
    '--skip-duplicate-nodes=false',
    `--max-off-heap-memory=${String(options.offHeapMiB ?? 512)}m`,
    ...(options.reportFile === undefined ? [] : [`--report-file=${options.reportFile}`]),
    ...(files.multiline.length === 0
      ? []
      : ['--multiline-fields-format=v2', `--multiline-fields=${files.multiline.join(',')}`]),
  ];
  const child = spawn(options.java ?? 'java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  const lines: string[] = [];
  const keep = (line: string): void => {
    lines.push(line);
    if (lines.length > 400) lines.shift();
  };
  const reader = new ImporterProgressReader();
  createInterface({ input: child.stdout }).on('line', (line) => {
    keep(line);
    const progress = reader.read(line);
    if (progress !== null) options.onProgress?.(progress);
    // "Relationship import COMPLETED in 7s 223ms", "IMPORT DONE in 14s 911ms.": where time went.
    if (/ COMPLETED in |^IMPORT DONE in /.test(line))
      options.log?.(`  batch importer: ${line.trim()}`);
  });
  createInterface({ input: child.stderr }).on('line', keep);
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', (error) => {
        reject(
          new Error(
            `Cannot start Java for Neo4j's batch importer: ${error.message}. Install Java 17 (see README).`,
          ),
        );
      });
      child.once('close', (exitCode) => {
        resolve(exitCode);
      });
    });
    if (code !== 0) {
      throw new Error(
        `Neo4j's batch importer failed (exit ${String(code)}):\n${importerFailure(lines)}`,
      );
    }
  } finally {
    process.off('exit', killOnExit);
  }
}
