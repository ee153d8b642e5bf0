/**
 * What each mutation does inside its transaction: validate, read the record before, write, read
 * it back, and audit the change. The resolvers only pick the input and shape the payload.
 */
import type { DatasetInfo, Entity, Relationship, Source } from '@detour/domain';
import { readDataset } from '@detour/ingest';
import type { Context } from '../../context.ts';
import type { Database } from '../../db/database.ts';
import { codedError } from '../../errors.ts';
import { importDataset, type ImportCounts } from '../datasets/repository.ts';
import { appendAudit } from './auditLog.ts';
import { authorise, type Recorded, type WriteScope } from './editorWrite.ts';
import type { EntityInput, RelationshipInput } from './inputs.ts';
import { invalidDataset } from './inputProblems.ts';
import {
  storedDatasetInfo,
  storedEntity,
  storedRelationship,
  storedSource,
  type Stored,
} from './lookups.ts';
import { removeRelationship, writeEntity, writeRelationship, writeSource } from './repository.ts';
import { checkKindChange, validEntity, validRelationship } from './validation.ts';

function stored<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`${what} was written but cannot be read back`);
  return value;
}

/** Creates or replaces a validated source. */
export async function saveSource(
  scope: WriteScope,
  source: Source,
): Promise<Recorded<Source, Source>> {
  const before = await storedSource(scope.tx, source.id);
  await writeSource(scope.tx, source);
  const after = stored(await storedSource(scope.tx, source.id), `Source ${source.id}`);
  return scope.record('UPSERT_SOURCE', source.id, { before, after });
}

/** New sources are saved (and audited) first, then the record that cites them. */
async function saveNewSources(scope: WriteScope, sources: readonly Source[]): Promise<void> {
  for (const source of sources) await saveSource(scope, source);
}

export async function saveEntity(
  scope: WriteScope,
  input: EntityInput,
): Promise<Recorded<Entity, Entity>> {
  const { record, newSources } = await validEntity(scope.tx, input);
  const before = await storedEntity(scope.tx, record.id);
  await checkKindChange(scope.tx, record, before?.record ?? null);
  await saveNewSources(scope, newSources);
  await writeEntity(scope.tx, record, before?.datasetId ?? null);
  const after = stored(await storedEntity(scope.tx, record.id), `Entity ${record.id}`);
  return scope.record('UPSERT_ENTITY', record.id, {
    before: before?.record ?? null,
    after: after.record,
  });
}

export async function saveRelationship(
  scope: WriteScope,
  input: RelationshipInput,
): Promise<Recorded<Relationship, Relationship>> {
  const { record, newSources } = await validRelationship(scope.tx, input);
  const before = await storedRelationship(scope.tx, record.id);
  await saveNewSources(scope, newSources);
  await writeRelationship(scope.tx, record, before);
  const after = stored(await storedRelationship(scope.tx, record.id), `Relationship ${record.id}`);
  return scope.record('UPSERT_RELATIONSHIP', record.id, {
    before: before?.record ?? null,
    after: after.record,
  });
}

/** Deletes a relationship; NOT_FOUND (and nothing written) when no relationship has the id. */
export async function deleteRelationship(
  scope: WriteScope,
  id: string,
): Promise<Recorded<Relationship, null>> {
  const before: Stored<Relationship> | null = await storedRelationship(scope.tx, id);
  if (before === null) throw codedError('NOT_FOUND', `id: no relationship "${id}"`, 'id');
  await removeRelationship(scope.tx, before.record.type, id);
  return scope.record('DELETE_RELATIONSHIP', id, { before: before.record, after: null });
}

/**
 * Imports the text of a dataset file as the CLI does, through datasets/repository's importDataset,
 * whose one transaction also records the import (see `auditedImports`).
 */
export async function importDatasetText(
  ctx: Context,
  text: string,
): Promise<{ datasetId: string } & ImportCounts> {
  const actor = await authorise(ctx, 'IMPORT_DATASET', null);
  const result = readDataset(text, 'dataset');
  if (!result.ok) throw invalidDataset(result.problems);
  const info = result.value.dataset;
  const counts = await importDataset(auditedImports(ctx.db, actor, info), result.value);
  return { datasetId: info.id, ...counts };
}

/** The database as importDataset sees it: its transaction appends the audit entry before commit. */
function auditedImports(db: Database, actor: string, info: DatasetInfo): Database {
  return {
    ...db,
    writeTransaction: (work, timeoutMs) =>
      db.writeTransaction(async (tx) => {
        const before = await storedDatasetInfo(tx, info.id);
        const counts = await work(tx);
        await appendAudit(tx, {
          actor,
          action: 'IMPORT_DATASET',
          target: info.id,
          before: before === null ? null : JSON.stringify(before),
          after: JSON.stringify({ dataset: info, counts }),
          outcome: 'APPLIED',
        });
        return counts;
      }, timeoutMs),
  };
}
