import { readFile } from 'node:fs/promises';
import type { Dataset } from '@detour/domain';
import { decodeUtf8, formatProblem, readDataset, type Problem } from '@detour/ingest';
import type { Database } from '../db/database.ts';
import { importDataset } from '../modules/datasets/repository.ts';
import { CliError } from './cliError.ts';

export const FORMATS = ['detour'] as const;
export type Format = (typeof FORMATS)[number];

/** Reads and validates every file before anything is written: one bad file writes nothing. */
export async function readAll(files: readonly string[], format: Format | null): Promise<Dataset[]> {
  const problems: Problem[] = [];
  const datasets: Dataset[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      problems.push({
        file,
        message: `cannot read: ${error instanceof Error ? error.message : String(error)}`,
      });
      continue;
    }
    const chosen = format ?? detectFormat(file);
    if (chosen === null) {
      problems.push({
        file,
        message: `cannot tell the format; pass --format with one of ${FORMATS.join(', ')}`,
      });
      continue;
    }
    const text = decodeUtf8(bytes, file);
    const result = text.ok ? readDataset(text.value, file) : text;
    if (result.ok) datasets.push(result.value);
    else problems.push(...result.problems);
  }
  if (problems.length > 0) {
    throw new CliError(`${problems.map(formatProblem).join('\n')}\nNothing was imported.`);
  }
  return datasets;
}

function detectFormat(file: string): Format | null {
  return file.toLowerCase().endsWith('.json') ? 'detour' : null;
}

/** Imports each dataset in its own transaction, printing progress and the final rate. */
export async function importAll(
  db: Database,
  datasets: readonly Dataset[],
  log: (line: string) => void,
): Promise<void> {
  for (const dataset of datasets) {
    const started = performance.now();
    let lastReport = started;
    const counts = await importDataset(db, dataset, {
      onProgress: (written, total) => {
        const now = performance.now();
        if (now - lastReport > 1000 || written === total) {
          lastReport = now;
          log(`  ${dataset.dataset.id}: ${String(written)}/${String(total)} records`);
        }
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const rate = Math.round(counts.relationships / Math.max(seconds, 0.001));
    log(
      `Imported "${dataset.dataset.id}": ${String(counts.entities)} entities, ${String(counts.relationships)} relationships, ${String(counts.sources)} sources in ${seconds.toFixed(2)} s (${String(rate)} relationships/s).`,
    );
  }
}
