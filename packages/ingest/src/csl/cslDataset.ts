import {
  DATASET_FORMAT,
  type Dataset,
  type Entity,
  type PartialDate,
  type Relationship,
  type Source,
} from '@detour/domain';
import { optional } from '../optional.ts';
import type { Problem, ReadResult } from '../problems.ts';
import {
  datasetInfo,
  finishImport,
  slugId,
  type Imported,
  type ImportOptions,
  type Skipped,
} from '../tables/imported.ts';
import { controlListFor, type ControlListInfo } from './controlLists.ts';

/** One listing of a party: the dates, citation and licence terms of one list entry. */
export interface CslListing {
  readonly start?: PartialDate;
  readonly end?: PartialDate;
  readonly citation?: string;
  readonly note?: string;
}

/** A screening-list record in the shape every CSL layout is read into. */
export interface CslParty {
  /** Where the record is, for skipped records: a line or a JSON path. */
  readonly line?: number;
  readonly path?: string;
  readonly id: string;
  /** The CSL `source` text (or a legacy list code) naming the list. */
  readonly list: string;
  readonly type?: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly country?: string;
  readonly description?: string;
  readonly listings: readonly CslListing[];
  /** The list's own page, if the record gives one. */
  readonly url?: string;
}

export const CSL_LICENCE = 'Public domain (US government work)';
export const CSL_DOWNLOAD =
  'https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.json';

const NOT_PARTIES = new Set(['vessel', 'aircraft']);

/** "For all items …" and "Presumption of denial." → one note for the LISTED_ON edge. */
export function licenceNote(requirement: string, policy: string): string | undefined {
  const parts = [
    requirement === '' ? '' : `Licence requirement: ${requirement}`,
    policy === '' ? '' : `Licence policy: ${policy}`,
  ].filter((part) => part !== '');
  return parts.length === 0 ? undefined : parts.join(' ');
}

/** Title and remarks, the free text a record has about the party. */
export function partyDescription(...texts: string[]): string | undefined {
  const parts = [...new Set(texts.filter((text) => text !== ''))];
  return parts.length === 0 ? undefined : parts.join('; ');
}

/** An id for a record without one: the list, its entry number and the name. */
export function derivedId(list: string, entityNumber: string, name: string): string {
  const listId = controlListFor(list).id.replace(/^csl-/, '');
  return slugId(`csl-${listId}`, `${entityNumber} ${name}`);
}

/**
 * Parties read from any CSL layout → a Dataset: each party an entity (EndUser, or Person for
 * individuals; vessels and aircraft are skipped), a ControlList and a Source per list, and a
 * confirmed LISTED_ON edge per listing.
 */
export function cslDataset(
  parties: readonly CslParty[],
  options: ImportOptions,
  problems: readonly Problem[],
): ReadResult<Imported> {
  const { file } = options;
  const meta = datasetInfo(options, CSL_LICENCE);
  const lists = new Map<string, { info: ControlListInfo; source: Source }>();
  const entities: Entity[] = [];
  const relationships: Relationship[] = [];
  const skipped: Skipped[] = [];
  for (const party of parties) {
    const type = party.type?.toLowerCase() ?? '';
    if (NOT_PARTIES.has(type)) {
      skipped.push({
        file,
        ...optional('line', party.line),
        ...optional('path', party.path),
        what: `${party.type ?? ''} ${JSON.stringify(party.name)}`,
        reason: 'vessels and aircraft are not parties in Detour',
      });
      continue;
    }
    const listInfo = controlListFor(party.list);
    let list = lists.get(listInfo.id);
    if (list === undefined) {
      // One Source per list and file: another download of the list is another document.
      const source: Source = {
        id: `${meta.id}-${listInfo.id}`,
        title: listInfo.name,
        publisher: listInfo.publisher,
        url: party.url ?? CSL_DOWNLOAD,
      };
      list = { info: listInfo, source };
      lists.set(listInfo.id, list);
    }
    const sources = [list.source.id];
    entities.push({
      id: party.id,
      kind: type === 'individual' ? 'Person' : 'EndUser',
      name: party.name,
      aliases: [...new Set(party.aliases)].filter((alias) => alias !== party.name),
      ...optional('country', party.country),
      ...optional('description', party.description),
      sources,
    });
    party.listings.forEach((listing, i) => {
      relationships.push({
        id: `${party.id}-on-${listInfo.id}${i === 0 ? '' : `-${String(i + 1)}`}`,
        type: 'LISTED_ON',
        from: party.id,
        to: listInfo.id,
        status: 'confirmed',
        ...optional('start', listing.start),
        ...optional('end', listing.end),
        ...optional('note', listing.note),
        sources,
        ...optional('citation', listing.citation),
      });
    });
  }
  const listEntities = [...lists.values()].map(({ info, source }): Entity => ({
    id: info.id,
    kind: 'ControlList',
    name: info.name,
    aliases: [],
    country: 'US',
    sources: [source.id],
  }));
  const dataset: Dataset = {
    format: DATASET_FORMAT,
    dataset: meta,
    sources: [...lists.values()].map(({ source }) => source),
    entities: [...listEntities, ...entities],
    relationships,
  };
  return finishImport(file, problems, dataset, skipped);
}
