import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { formatProblem } from '@detour/ingest';
import { readDatasetFile } from '@detour/ingest/node';
import type { Database } from '../../db/database.ts';
import { importDataset, importedDatasets } from './repository.ts';
import { removeUnfinishedImports } from './unfinishedImports.ts';

/**
 * At server start: removes what loads that never finished left behind (see unfinishedImports),
 * then loads each dataset file in `dir` whose dataset id is not in the database yet. A second
 * start therefore loads nothing twice, and a seed file added later is picked up.
 */
export async function loadSeed(
  db: Database,
  dir: string,
  log: (line: string) => void,
): Promise<string[]> {
  for (const id of await removeUnfinishedImports(db)) {
    log(`Removed the records of an unfinished load of dataset "${id}".`);
  }
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  const present = new Set(await importedDatasets(db));
  const loaded: string[] = [];
  for (const name of files) {
    const file = join(dir, name);
    const result = await readDatasetFile(file);
    if (!result.ok) {
      throw new Error(
        `Seed file ${file} is invalid:\n${result.problems.map(formatProblem).join('\n')}`,
      );
    }
    const id = result.value.dataset.id;
    if (present.has(id)) continue;
    const counts = await importDataset(db, result.value);
    log(
      `Loaded seed dataset "${id}": ${String(counts.entities)} entities, ${String(counts.relationships)} relationships, ${String(counts.sources)} sources.`,
    );
    loaded.push(id);
  }
  return loaded;
}
