import { DATASET_FORMAT } from '@detour/domain';
import { optional } from '../optional.ts';
import { limitProblems, type Problem, type ReadResult } from '../problems.ts';
import { validateDataset } from '../validateDataset.ts';
import { Columns } from './csvColumns.ts';
import {
  datasetInfo,
  DEFAULT_LICENCE,
  sourceFor,
  type Imported,
  type ImportOptions,
} from './imported.ts';
import { parseCsv, type CsvRow } from './parseCsv.ts';
import { locate, type Origin } from './locate.ts';
import { entityKindWord, relationshipTypeWord } from './vocabulary.ts';

export interface CsvFile {
  readonly file: string;
  readonly text: string;
}

type Json = Record<string, unknown>;

const NUMBER = /^-?\d+(?:\.\d+)?$/;

function number(
  columns: Columns,
  row: CsvRow,
  name: string,
  problems: Problem[],
): number | undefined {
  const text = columns.cell(row, name).replace(/,/g, '');
  if (text === '') return undefined;
  if (NUMBER.test(text)) return Number(text);
  problems.push(columns.problem(row, name, `expected a number, got ${JSON.stringify(text)}`));
  return undefined;
}

function open(
  csv: CsvFile,
  required: readonly (readonly string[])[],
): ReadResult<{ columns: Columns; rows: readonly CsvRow[] }> {
  const table = parseCsv(csv.text, csv.file);
  if (!table.ok) return table;
  const names = required.map(
    (options) =>
      options.find((name) => table.value.header.some((h) => h.toLowerCase() === name)) ??
      options.join('|'),
  );
  const opened = Columns.open(table.value, csv.file, names);
  return opened.ok
    ? { ok: true, value: { columns: opened.value, rows: table.value.rows } }
    : opened;
}

/**
 * The two-table CSV convention of Cytoscape's and Gephi's table import: a nodes file (`id`,
 * `label` or `name`, `kind`, optional `aliases` split on "; ", `country`, `description`) and an
 * edges file (`source`, `target`, `type` or `interaction`, optional `status` (default
 * `unverified`), `id`, `start`, `end`, `note`, `amount`+`currency`, `share`, `citation`, `service`,
 * `covers`). Other columns are ignored. Every rule of the dataset format is checked and reported
 * at the file, line and column it comes from.
 */
export function readCsvTables(
  nodes: CsvFile,
  edges: CsvFile,
  options: ImportOptions,
): ReadResult<Imported> {
  const source = sourceFor(options, 'CSV tables');
  const n = open(nodes, [['id'], ['label', 'name'], ['kind']]);
  const e = open(edges, [['source'], ['target'], ['type', 'interaction']]);
  if (!n.ok || !e.ok) {
    const all = [n, e].flatMap((result) => (result.ok ? [] : result.problems));
    return { ok: false, problems: [...source.problems, ...all] };
  }
  const problems: Problem[] = [...source.problems];
  const sources = [source.source.id];
  const nc = n.value.columns;
  const name = nc.pick('label', 'name') ?? 'name';
  const entityOrigin: Origin = {
    file: nodes.file,
    lines: [],
    fields: {
      id: 'id',
      kind: 'kind',
      name,
      aliases: 'aliases',
      country: 'country',
      description: 'description',
    },
  };
  const entities = n.value.rows.map((row): Json => {
    entityOrigin.lines.push(row.line);
    const cell = (column: string): string | undefined => nc.cell(row, column) || undefined;
    return {
      id: nc.cell(row, 'id'),
      kind: entityKindWord(nc.cell(row, 'kind')),
      name: nc.cell(row, name),
      aliases: nc.list(row, 'aliases'),
      ...optional('country', cell('country')?.toUpperCase()),
      ...optional('description', cell('description')),
      sources,
    };
  });
  const ec = e.value.columns;
  const type = ec.pick('interaction', 'type') ?? 'type';
  const relOrigin: Origin = {
    file: edges.file,
    lines: [],
    fields: { id: 'id', from: 'source', to: 'target', type, status: 'status', amount: 'amount' },
  };
  const seen = new Map<string, number>();
  const relationships = e.value.rows.map((row): Json => {
    relOrigin.lines.push(row.line);
    const cell = (column: string): string | undefined => ec.cell(row, column) || undefined;
    const [from, to, kind] = [
      ec.cell(row, 'source'),
      ec.cell(row, 'target'),
      relationshipTypeWord(ec.cell(row, type)),
    ];
    const base = `${from}-${kind.toLowerCase()}-${to}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const amount = number(ec, row, 'amount', problems);
    const currency = cell('currency')?.toUpperCase();
    const covers = ec.list(row, 'covers');
    return {
      id: cell('id') ?? (count === 1 ? base : `${base}-${String(count)}`),
      type: kind,
      from,
      to,
      status: cell('status')?.toLowerCase() ?? 'unverified',
      ...optional('start', cell('start')),
      ...optional('end', cell('end')),
      ...optional(
        'amount',
        amount === undefined ? undefined : { value: amount, ...optional('currency', currency) },
      ),
      ...optional('note', cell('note')),
      sources,
      ...optional('covers', covers.length > 0 ? covers : undefined),
      ...optional('service', cell('service')),
      ...optional('share', number(ec, row, 'share', problems)),
      ...optional('citation', cell('citation')),
    };
  });
  const json = {
    format: DATASET_FORMAT,
    dataset: datasetInfo(options, DEFAULT_LICENCE),
    sources: [source.source],
    entities,
    relationships,
  };
  const checked = validateDataset(json, nodes.file);
  if (checked.ok && problems.length === 0) {
    return { ok: true, value: { dataset: checked.value, skipped: [] } };
  }
  const origins = { entities: entityOrigin, relationships: relOrigin };
  const located = checked.ok ? [] : checked.problems.map((p) => locate(p, origins));
  const order = (p: Problem): string =>
    `${p.file === nodes.file ? 0 : 1}:${String(p.line ?? 0).padStart(9, '0')}`;
  const all = [...problems, ...located].sort((a, b) => order(a).localeCompare(order(b)));
  return { ok: false, problems: limitProblems(all, nodes.file) };
}
