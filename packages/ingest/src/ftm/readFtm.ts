import { DATASET_FORMAT, type Dataset, type Entity, type Relationship } from '@detour/domain';
import type { Problem, ReadResult } from '../problems.ts';
import {
  datasetInfo,
  DEFAULT_LICENCE,
  finishImport,
  type Imported,
  type ImportOptions,
  sourceFor,
  type Skipped,
} from '../tables/imported.ts';
import { ftmEdge, isEdgeSchema } from './ftmEdges.ts';
import { ftmLines } from './ftmLines.ts';
import { ftmParty, isPartySchema } from './ftmParty.ts';
import { FtmProps } from './ftmProps.ts';
import type { ListRegistry } from './sanctionList.ts';

/**
 * FollowTheMoney JSON lines (one `{"id", "schema", "properties"}` entity per line, as
 * OpenSanctions and Aleph export them) → a Dataset. People and organisations become entities;
 * Ownership, Payment, Representation and Sanction records become relationships, all `reported`
 * (FtM does not say how a fact is known); every other schema is skipped and counted. The file's
 * one Source is the `sourceUrl` the user gives.
 */
export function readFtm(text: string, options: ImportOptions): ReadResult<Imported> {
  const { file } = options;
  const lines = ftmLines(text, file);
  const source = sourceFor(options, 'FollowTheMoney');
  if (!lines.ok) return { ok: false, problems: [...source.problems, ...lines.problems] };
  const problems: Problem[] = [...source.problems];
  const records = lines.value.map((record) => new FtmProps(record, file, problems));
  const agents = new Set(
    records.filter((p) => p.record.schema === 'Representation').flatMap((p) => p.values('agent')),
  );
  const entities: Entity[] = [];
  const skipped: Skipped[] = [];
  const parties = new Set<string>();
  const skippedIds = new Set<string>();
  const skip = (p: FtmProps, reason: string): void => {
    const { line, schema, id } = p.record;
    skippedIds.add(id);
    skipped.push({ file, line, what: `${schema} ${JSON.stringify(id)}`, reason });
  };
  for (const p of records) {
    const { schema, id } = p.record;
    if (isEdgeSchema(schema)) continue;
    if (!isPartySchema(schema)) {
      skip(p, `FtM schema ${schema} is not imported`);
      continue;
    }
    const entity = ftmParty(p, agents, source.source.id);
    if (entity === undefined) skip(p, 'a party without a name cannot be shown');
    else {
      entities.push(entity);
      parties.add(id);
    }
  }
  const relationships: Relationship[] = [];
  const lists: ListRegistry = new Map();
  const ctx = {
    file,
    sourceId: source.source.id,
    parties,
    skippedIds,
    skipped,
    relationships,
    lists,
  };
  for (const p of records) {
    const { schema } = p.record;
    if (isEdgeSchema(schema)) ftmEdge(ctx, p, schema);
  }
  const listEntities = [...lists.values()].map((info): Entity => ({
    id: info.id,
    kind: 'ControlList',
    name: info.name,
    aliases: [],
    sources: [source.source.id],
  }));
  const dataset: Dataset = {
    format: DATASET_FORMAT,
    dataset: datasetInfo(options, DEFAULT_LICENCE),
    sources: [source.source],
    entities: [...listEntities, ...entities],
    relationships,
  };
  return finishImport(file, problems, dataset, skipped);
}
