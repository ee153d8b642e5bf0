import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { ImportFiles } from '@detour/neo4j-embedded';
import type { RecordStream } from './bulkLoad.ts';
import {
  bare,
  CsvLines,
  CsvValueError,
  ENTITY_COLUMNS,
  headerLine,
  IMPORT_COLUMNS,
  quoted,
  RELATIONSHIP_COLUMNS,
  SOURCE_COLUMNS,
} from './csvColumns.ts';
import { CsvFile } from './csvFile.ts';
import { entityProperties, relationshipProperties } from './toRecords.ts';
import type { BegunImport } from './unfinishedImports.ts';

export interface WrittenImport {
  readonly files: ImportFiles;
  /** The (:Import) node the files hold: the store reads as an unfinished load until finished. */
  readonly load: BegunImport;
}

const labels = (...names: string[]): string => bare(names);

/** A line of `what`, or a CsvValueError that names it. */
function lineOf(what: string, encode: () => string): string {
  try {
    return encode();
  } catch (error) {
    if (error instanceof CsvValueError) throw new CsvValueError(`${what}: ${error.message}`);
    throw error;
  }
}

/**
 * Writes a dataset as the CSV files of Neo4j's batch importer, with the same property maps as
 * bulkLoad writes through Cypher (toRecords.ts), plus an (:Import) node in state "loading" whose
 * new sources are all of the dataset's: until finishImport runs, the store reads as a load that
 * never finished, and removeUnfinishedImports takes its records away again.
 */
export async function writeImportFiles(
  dir: string,
  stream: RecordStream,
  onProgress?: (written: number, total: number) => void,
): Promise<WrittenImport> {
  const datasetId = stream.dataset.id;
  const total = stream.counts.sources + stream.counts.entities + stream.counts.relationships;
  let written = 0;
  let reported = 0;
  const step = (): void => {
    written++;
    if (written - reported >= 10_000) {
      reported = written;
      onProgress?.(written, total);
    }
  };

  const sources = new CsvFile(join(dir, 'sources.csv'), headerLine(SOURCE_COLUMNS, 'node'));
  const sourceLines = new CsvLines(SOURCE_COLUMNS);
  const sourceIds: string[] = [];
  for (const source of stream.sources) {
    sourceIds.push(source.id);
    await sources.add(
      lineOf(`source "${source.id}"`, () => sourceLines.line([labels('Source')], { ...source })),
    );
    step();
  }
  await sources.close();

  const entities = new CsvFile(join(dir, 'entities.csv'), headerLine(ENTITY_COLUMNS, 'node'));
  const entityLines = new CsvLines(ENTITY_COLUMNS);
  for (const entity of stream.entities) {
    const record = entityProperties(entity, datasetId);
    await entities.add(
      lineOf(`entity "${entity.id}"`, () =>
        entityLines.line([labels('Entity', entity.kind)], record),
      ),
    );
    step();
  }
  await entities.close();

  const relationships = new CsvFile(
    join(dir, 'relationships.csv'),
    headerLine(RELATIONSHIP_COLUMNS, 'relationship'),
  );
  const relationshipLines = new CsvLines(RELATIONSHIP_COLUMNS);
  for (const rel of stream.relationships) {
    const record = relationshipProperties(rel, datasetId);
    await relationships.add(
      lineOf(`relationship "${rel.id}"`, () =>
        relationshipLines.line([bare([rel.type]), quoted(rel.from), quoted(rel.to)], record),
      ),
    );
    step();
  }
  await relationships.close();

  const load: BegunImport = { id: randomUUID(), datasetId };
  const imports = new CsvFile(join(dir, 'imports.csv'), headerLine(IMPORT_COLUMNS, 'node'));
  await imports.add(
    new CsvLines(IMPORT_COLUMNS).line([labels('Import')], {
      id: load.id,
      datasetId,
      state: 'loading',
      batches: 0,
      startedAt: new Date().toISOString(),
      newSourceIds: [...new Set(sourceIds)],
    }),
  );
  await imports.close();
  onProgress?.(written, total);

  const all = [sources, entities, relationships, imports];
  return {
    files: {
      nodes: [sources.path, entities.path, imports.path],
      relationships: [relationships.path],
      multiline: all.filter((file) => file.multiline).map((file) => file.path),
    },
    load,
  };
}
