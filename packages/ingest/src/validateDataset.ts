import { DATASET_FORMAT, type Dataset, type DatasetInfo } from '@detour/domain';
import { Fields, jsonType, quote } from './fields.ts';
import { optional } from './optional.ts';
import { limitProblems, Report, type Problem, type ReadResult } from './problems.ts';
import { validateEntities } from './validateEntities.ts';
import { validateRelationships } from './validateRelationships.ts';
import { validateSources } from './validateSources.ts';

/** `$schema` lets editors find the JSON Schema; the reader ignores it. */
export const TOP_LEVEL_FIELDS = [
  '$schema',
  'format',
  'dataset',
  'sources',
  'entities',
  'relationships',
] as const;

export const DATASET_INFO_FIELDS = [
  'id',
  'title',
  'description',
  'licence',
] as const satisfies readonly (keyof DatasetInfo)[];

/**
 * A parsed JSON value → a Dataset, checking every rule of `detour.dataset/v1` and reporting every
 * problem found (up to MAX_PROBLEMS), each at its JSON path. `earlier` problems (such as duplicate
 * keys found in the text) are reported first.
 */
export function validateDataset(
  json: unknown,
  file: string,
  earlier: readonly Problem[] = [],
): ReadResult<Dataset> {
  const report = new Report(file);
  report.problems.push(...earlier);
  const what = 'a JSON object with "format", "dataset", "sources", "entities" and "relationships"';
  const f = Fields.open(report, '', json, TOP_LEVEL_FIELDS, what);
  if (f === undefined) return { ok: false, problems: limitProblems(report.problems, file) };

  f.optionalText('$schema');
  const format = f.get('format');
  if (!f.has('format')) f.problem('format', `missing required field; expected "${DATASET_FORMAT}"`);
  else if (format !== DATASET_FORMAT) {
    const got = typeof format === 'string' ? quote(format) : jsonType(format);
    f.problem('format', `expected "${DATASET_FORMAT}", got ${got}`);
  }
  const info = readInfo(f);
  const { sources, ids } = validateSources(report, f.list('sources', 'an array of sources'));
  const entityList = f.list('entities', 'an array of entities');
  const { entities, index } = validateEntities(report, entityList, ids);
  const relationshipList = f.list('relationships', 'an array of relationships');
  const relationships = validateRelationships(report, relationshipList, index, ids);

  if (report.problems.length > 0 || info === undefined) {
    return { ok: false, problems: limitProblems(report.problems, file) };
  }
  return {
    ok: true,
    value: { format: DATASET_FORMAT, dataset: info, sources, entities, relationships },
  };
}

function readInfo(parent: Fields): DatasetInfo | undefined {
  if (!parent.required('dataset')) return undefined;
  const what = 'an object with "id", "title" and "licence"';
  const f = Fields.open(parent.report, 'dataset', parent.get('dataset'), DATASET_INFO_FIELDS, what);
  if (f === undefined) return undefined;
  const id = f.text('id');
  const title = f.text('title');
  const licence = f.text('licence');
  const description = f.optionalText('description');
  if (id === undefined || title === undefined || licence === undefined) return undefined;
  return { id, title, ...optional('description', description), licence };
}
