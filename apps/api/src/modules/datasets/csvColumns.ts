/**
 * The columns of the CSV files Neo4j's batch importer reads for a fresh store: one per property
 * that toRecords.ts writes, typed as Cypher stores what the driver sends (every JS number is a
 * FLOAT), so a store built by the importer reads exactly like one written through Cypher.
 */
import { LIST_SEPARATOR } from '@detour/neo4j-embedded';

export type ColumnType = 'string' | 'double' | 'long' | 'datetime' | 'string[]';

export interface Column {
  readonly key: string;
  readonly type: ColumnType;
  /** The header field when it is not `key:type`, such as `id:ID(Entity)`. */
  readonly header?: string;
}

/** The importer's id spaces: an entity id and a source id may be equal. */
const id = (space: string): Column => ({ key: 'id', type: 'string', header: `id:ID(${space})` });
const text = (key: string): Column => ({ key, type: 'string' });
const float = (key: string): Column => ({ key, type: 'double' });
const list = (key: string): Column => ({ key, type: 'string[]' });

export const ENTITY_COLUMNS: readonly Column[] = [
  id('Entity'),
  ...['kind', 'name'].map(text),
  list('aliases'),
  text('searchText'),
  float('searchVersion'),
  ...['country', 'description', 'citation', 'effective'].map(text),
  list('sourceIds'),
  text('datasetId'),
];

export const SOURCE_COLUMNS: readonly Column[] = [
  id('Source'),
  ...['title', 'publisher', 'url', 'published'].map(text),
];

export const RELATIONSHIP_COLUMNS: readonly Column[] = [
  ...['id', 'status', 'start', 'end', 'validFrom', 'validTo'].map(text),
  float('amountValue'),
  text('amountCurrency'),
  text('amountUnit'),
  float('quantityValue'),
  text('quantityCurrency'),
  text('quantityUnit'),
  text('note'),
  list('covers'),
  text('service'),
  float('share'),
  text('citation'),
  float('score'),
  text('explanation'),
  list('sourceIds'),
  text('datasetId'),
];

/** The (:Import) node of unfinishedImports.ts, as IMPORT_CYPHER.begin writes it. */
export const IMPORT_COLUMNS: readonly Column[] = [
  id('Import'),
  text('datasetId'),
  text('state'),
  { key: 'batches', type: 'long' },
  { key: 'startedAt', type: 'datetime' },
  list('newSourceIds'),
];

/** The column through which the launcher's EmptyListsInput learns which lists are empty. */
const EMPTY_LISTS = '_emptyLists';

/** The header line: labels (or type, start and end) first, the properties, the empty lists. */
export function headerLine(columns: readonly Column[], kind: 'node' | 'relationship'): string {
  const fixed = kind === 'node' ? [':LABEL'] : [':TYPE', ':START_ID(Entity)', ':END_ID(Entity)'];
  const properties = columns.map((column) => column.header ?? `${column.key}:${column.type}`);
  return [...fixed, ...properties, `${EMPTY_LISTS}:string[]`].join(',') + '\n';
}

/**
 * The first field of a line: labels or a relationship type, unquoted. A file with fields that
 * span lines is cut into chunks by scanning back for the start of a line, and Neo4j's scanner
 * (MultiLineChunker, `--multiline-fields-format=v2`) only finds a line whose first field is not
 * quoted: with a quoted one it fails as soon as a file outgrows its 4 MiB buffer ("found CR
 * outside a text cell"). Names from the vocabulary need no quotes; anything else is refused.
 */
export function bare(names: readonly string[]): string {
  for (const name of names) {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name))
      throw new CsvValueError(`label or type "${name}" is not a plain name`);
  }
  return names.join(LIST_SEPARATOR);
}

/** A CSV field: quoted, with quotes doubled (an unquoted empty field is no property at all). */
export function quoted(value: string): string {
  return value.includes('"') ? `"${value.replaceAll('"', '""')}"` : `"${value}"`;
}

/** A value the importer cannot store as Cypher would, or a record with a property of no column. */
export class CsvValueError extends Error {
  override readonly name = 'CsvValueError';
}

function field(column: Column, value: unknown, emptyLists: string[]): string {
  if (value === undefined || value === null) return '';
  const where = `property "${column.key}"`;
  switch (column.type) {
    case 'string':
    case 'datetime':
      if (typeof value !== 'string') throw new CsvValueError(`${where}: expected text`);
      return quoted(value);
    case 'double':
    case 'long':
      if (typeof value !== 'number' || !Number.isFinite(value))
        throw new CsvValueError(`${where}: expected a finite number`);
      return String(value);
    case 'string[]': {
      if (!Array.isArray(value)) throw new CsvValueError(`${where}: expected a list`);
      if (value.length === 0) {
        emptyLists.push(column.key);
        return '';
      }
      for (const item of value) {
        if (typeof item !== 'string' || item === '' || item.includes(LIST_SEPARATOR))
          throw new CsvValueError(
            `${where}: list items must be non-empty text without U+001F (the importer's list separator), got ${JSON.stringify(item)}`,
          );
      }
      return quoted(value.join(LIST_SEPARATOR));
    }
  }
}

/** Encodes records as lines under the columns' header. */
export class CsvLines {
  private readonly keys: ReadonlySet<string>;

  constructor(private readonly columns: readonly Column[]) {
    this.keys = new Set(columns.map((column) => column.key));
  }

  /**
   * One CSV line: `fixed` (labels, or start, end and type; already encoded), then each column's
   * property from `record`. Throws CsvValueError for a property that has no column.
   */
  line(fixed: readonly string[], record: Readonly<Record<string, unknown>>): string {
    for (const key of Object.keys(record)) {
      if (record[key] !== undefined && !this.keys.has(key))
        throw new CsvValueError(`property "${key}" has no column in the importer's files`);
    }
    // A loop and one string: this runs once per record of a new store (a million for M).
    const emptyLists: string[] = [];
    let line = fixed.length === 0 ? '' : `${fixed.join(',')},`;
    for (const column of this.columns) {
      line += `${field(column, record[column.key], emptyLists)},`;
    }
    const empty = emptyLists.length === 0 ? '' : quoted(emptyLists.join(LIST_SEPARATOR));
    return `${line}${empty}\n`;
  }
}
