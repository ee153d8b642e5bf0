import { readFile } from 'node:fs/promises';
import {
  decodeUtf8,
  formatProblem,
  readCsvTables,
  summariseSkipped,
  type Imported,
  type ImportOptions,
  type Problem,
  type ReadResult,
} from '@detour/ingest';
import type { Database } from '../db/database.ts';
import { removeUnfinishedImports } from '../modules/datasets/unfinishedImports.ts';
import { entityNames } from '../modules/entities/repository.ts';
import { CliError } from './cliError.ts';
import { detectFormat, FORMATS, isEdgesTable, readFormat, type Format } from './formats.ts';
import { afterImport, prepareImport, type Prepared } from './prepareImport.ts';
import { progressLine } from './progress.ts';
import { writeDataset } from './writeDataset.ts';

/** What the user said about the files on the command line. */
export interface ImportArgs {
  readonly format: Format | null;
  readonly sourceUrl?: string;
  readonly datasetId?: string;
  readonly title?: string;
  readonly licence?: string;
}

/** One dataset read from the command line, with the file that names it in messages. */
export interface ReadImport {
  readonly file: string;
  readonly format: Format;
  readonly imported: Imported;
}

interface TextFile {
  readonly file: string;
  readonly text: string;
  readonly format: Format;
}

function fail(problems: readonly Problem[]): never {
  throw new CliError(`${problems.map(formatProblem).join('\n')}\nNothing was imported.`);
}

function optionsFor(file: string, args: ImportArgs): ImportOptions {
  const { sourceUrl, datasetId, title, licence } = args;
  return {
    file,
    ...(sourceUrl === undefined ? {} : { sourceUrl }),
    ...(datasetId === undefined ? {} : { datasetId }),
    ...(title === undefined ? {} : { title }),
    ...(licence === undefined ? {} : { licence }),
  };
}

/** csv-tables files → the one nodes + edges pair they must form. */
function readTables(files: readonly TextFile[], args: ImportArgs): ReadResult<Imported> {
  const edges = files.filter((f) => isEdgesTable(f.text));
  const nodes = files.filter((f) => !isEdgesTable(f.text));
  const [nodesFile] = nodes;
  const [edgesFile] = edges;
  if (
    nodes.length !== 1 ||
    edges.length !== 1 ||
    nodesFile === undefined ||
    edgesFile === undefined
  ) {
    const got = files.map((f) => `${f.file} (${isEdgesTable(f.text) ? 'edges' : 'nodes'})`);
    const message = `csv-tables needs one nodes file (id, label or name, kind) and one edges file (source, target, type or interaction); got ${got.join(', ')}`;
    return { ok: false, problems: [{ file: files[0]?.file ?? '', message }] };
  }
  return readCsvTables(nodesFile, edgesFile, optionsFor(nodesFile.file, args));
}

/** Reads and validates every file before anything is written: one bad file writes nothing. */
export async function readAll(files: readonly string[], args: ImportArgs): Promise<ReadImport[]> {
  const problems: Problem[] = [];
  const texts: TextFile[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      problems.push({ file, message: `cannot read: ${reason}` });
      continue;
    }
    const text = decodeUtf8(bytes, file);
    if (!text.ok) {
      problems.push(...text.problems);
      continue;
    }
    const format = args.format ?? detectFormat(file, text.value);
    if (format === null) {
      const message = `cannot tell the format; pass --format with one of ${FORMATS.join(', ')}`;
      problems.push({ file, message });
    } else texts.push({ file, text: text.value, format });
  }
  const tables = texts.filter((t) => t.format === 'csv-tables');
  const datasets = texts.length - tables.length + (tables.length > 0 ? 1 : 0);
  if (args.datasetId !== undefined && datasets > 1) {
    throw new CliError('--dataset-id names one dataset; import these files one at a time.');
  }
  const read: ReadImport[] = [];
  const collect = (file: string, format: Format, result: ReadResult<Imported>): void => {
    if (result.ok) read.push({ file, format, imported: result.value });
    else problems.push(...result.problems);
  };
  for (const { file, text, format } of texts) {
    if (format !== 'csv-tables')
      collect(file, format, readFormat(format, text, optionsFor(file, args)));
  }
  const [firstTable] = tables;
  if (firstTable !== undefined) collect(firstTable.file, 'csv-tables', readTables(tables, args));
  if (problems.length > 0) fail(problems);
  return read;
}

/**
 * Matches every dataset against the database and checks the result, before any is written:
 * detour files are taken as they are; imported formats get POSSIBLY_SAME_AS edges and keep
 * existing ControlLists (see prepareImport). Without a database (a store not built yet), nothing
 * exists to match against.
 */
export async function prepareAll(
  db: Database | null,
  read: readonly ReadImport[],
  log: (line: string) => void,
): Promise<Prepared[]> {
  let existing =
    db !== null && read.some((r) => r.format !== 'detour') ? await entityNames(db) : [];
  const problems: Problem[] = [];
  const prepared: Prepared[] = [];
  for (const { file, format, imported } of read) {
    if (format === 'detour') {
      prepared.push({ ...imported, matches: 0, linked: [] });
      continue;
    }
    const result = prepareImport(imported.dataset, imported.skipped, existing, file);
    if (!result.ok) problems.push(...result.problems);
    else {
      prepared.push(result.value);
      // Later files are matched against earlier ones, as if imported one after another.
      existing = afterImport(existing, result.value);
    }
  }
  if (problems.length > 0) fail(problems);
  for (const { dataset, skipped, matches, linked } of prepared) {
    const id = dataset.dataset.id;
    for (const line of summariseSkipped(skipped)) log(`  ${id}: ${line}`);
    if (matches > 0)
      log(
        `  ${id}: ${String(matches)} possible matches with existing entities (POSSIBLY_SAME_AS, unverified)`,
      );
    for (const list of linked)
      log(`  ${id}: linked to the existing ControlList "${list}", left as it is`);
  }
  return prepared;
}

/** Removes the records of loads that never finished, saying so. */
export async function removeUnfinished(db: Database, log: (line: string) => void): Promise<void> {
  for (const id of await removeUnfinishedImports(db)) {
    log(`  removed the records of an unfinished load of "${id}"`);
  }
}

/**
 * Imports each dataset on its own (see writeDataset), after removing what unfinished loads left,
 * printing progress and the final rate.
 */
export async function importAll(
  db: Database,
  prepared: readonly Prepared[],
  log: (line: string) => void,
): Promise<void> {
  await removeUnfinished(db, log);
  for (const { dataset } of prepared) {
    const started = performance.now();
    // The first batch is always reported: writing has begun.
    const counts = await writeDataset(
      db,
      dataset,
      progressLine(dataset.dataset.id, 'records', log),
    );
    const seconds = (performance.now() - started) / 1000;
    const rate = Math.round(counts.relationships / Math.max(seconds, 0.001));
    log(
      `Imported "${dataset.dataset.id}": ${String(counts.entities)} entities, ${String(counts.relationships)} relationships, ${String(counts.sources)} sources in ${seconds.toFixed(2)} s (${String(rate)} relationships/s).`,
    );
  }
}
