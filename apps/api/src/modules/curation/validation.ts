/**
 * Mutation inputs are checked by the dataset file format's own rules: each is placed in a
 * one-record dataset beside the stored records it refers to, and `validateDataset` judges it.
 * What is stored was checked the same way, so any problem found is the input's.
 */
import {
  CAPABILITY_KINDS,
  DATASET_FORMAT,
  RELATIONSHIP_TYPE_INFO,
  type Dataset,
  type Entity,
  type Relationship,
  type Source,
} from '@detour/domain';
import { validateDataset } from '@detour/ingest';
import type { Tx } from '../../db/database.ts';
import {
  fileShape,
  withProvenance,
  type EntityInput,
  type RelationshipInput,
  type SourceInput,
} from './inputs.ts';
import { invalidInput, toInputProblems, type InputProblem, type Layout } from './inputProblems.ts';
import { kindUses, storedEntities, storedSources } from './lookups.ts';
import { CURATION_DATASET_ID } from './repository.ts';

const INFO = { id: CURATION_DATASET_ID, title: 'Curation through the API', licence: 'n/a' };

/** A record and the new sources stored with it, ready to write. */
export interface Valid<T> {
  readonly record: T;
  readonly newSources: readonly Source[];
}

function check(parts: Partial<Record<keyof Dataset, unknown[]>>, layout: Layout): Dataset {
  const json = {
    format: DATASET_FORMAT,
    dataset: INFO,
    sources: [],
    entities: [],
    relationships: [],
  };
  const result = validateDataset({ ...json, ...parts }, 'input');
  if (!result.ok) throw invalidInput(toInputProblems(result.problems, layout));
  return result.value;
}

function only<T>(records: readonly T[]): T {
  const [record] = records;
  if (record === undefined) throw new Error('A valid one-record dataset lost its record');
  return record;
}

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

export function validSource(input: SourceInput): Source {
  const layout = { record: 'sources[0]', cited: 0, storedSources: 0 };
  return only(check({ sources: [fileShape(input)] }, layout).sources);
}

/** Stored sources to place before the new ones: those cited, except any the input replaces. */
async function contextSources(
  tx: Tx,
  ids: readonly string[],
  newSources: readonly SourceInput[],
): Promise<Source[]> {
  const replaced = new Set(newSources.map((source) => source.id));
  return storedSources(
    tx,
    unique(ids).filter((id) => !replaced.has(id)),
  );
}

export async function validEntity(tx: Tx, input: EntityInput): Promise<Valid<Entity>> {
  const { record, cited, newSources } = withProvenance(input);
  const stored = await contextSources(tx, cited, newSources);
  const layout = { record: 'entities[0]', cited: cited.length, storedSources: stored.length };
  const sources = [...stored, ...newSources.map(fileShape)];
  const dataset = check({ sources, entities: [record] }, layout);
  return { record: only(dataset.entities), newSources: dataset.sources.slice(stored.length) };
}

/** Checked against the stored entities at its ends and in `covers`, with the sources they cite. */
export async function validRelationship(
  tx: Tx,
  input: RelationshipInput,
): Promise<Valid<Relationship>> {
  const { record, cited, newSources } = withProvenance(input);
  const ends = unique([input.from, input.to, ...(input.covers ?? [])]);
  const entities = (await storedEntities(tx, ends)).map((stored) => stored.record);
  const citedByAll = [...cited, ...entities.flatMap((entity) => entity.sources)];
  const stored = await contextSources(tx, citedByAll, newSources);
  const layout = { record: 'relationships[0]', cited: cited.length, storedSources: stored.length };
  const sources = [...stored, ...newSources.map(fileShape)];
  const dataset = check({ sources, entities, relationships: [record] }, layout);
  return { record: only(dataset.relationships), newSources: dataset.sources.slice(stored.length) };
}

/**
 * A stored entity may change kind only if every relationship it is in still allows the new kind,
 * as a dataset file holding them all would require.
 */
export async function checkKindChange(
  tx: Tx,
  entity: Entity,
  before: Entity | null,
): Promise<void> {
  if (before === null || before.kind === entity.kind) return;
  const uses = await kindUses(tx, entity.id);
  const change = `cannot change from ${before.kind} to ${entity.kind}`;
  const problems: InputProblem[] = uses.ends.flatMap(({ type, end, count }) => {
    const allowed = RELATIONSHIP_TYPE_INFO[type][end];
    if (allowed.includes(entity.kind)) return [];
    const where = end === 'from' ? 'starts' : 'ends';
    const message = `${change}: ${String(count)} ${type} relationship(s) ${where} here, and ${type} allows only ${allowed.join(', ')} there`;
    return [{ path: 'input.kind', message }];
  });
  if (uses.coveredBy > 0 && !(CAPABILITY_KINDS as readonly string[]).includes(entity.kind)) {
    const message = `${change}: ${String(uses.coveredBy)} BUYS_FROM relationship(s) cover it, and covers allows only ${CAPABILITY_KINDS.join(', ')}`;
    problems.push({ path: 'input.kind', message });
  }
  if (problems.length > 0) throw invalidInput(problems);
}
