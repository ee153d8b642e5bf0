// The shown subgraph as two CSV tables (nodes and edges), as spreadsheet users expect them.
import type { Subgraph } from '../../model/subgraph.ts';

/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(value: string | number | undefined): string {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(
  header: readonly string[],
  rows: readonly (readonly (string | number | undefined)[])[],
): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function nodesCsv(subgraph: Subgraph): string {
  return table(
    ['id', 'name', 'kind', 'country', 'aliases'],
    subgraph.entities.map((e) => [e.id, e.name, e.kind, e.country, e.aliases.join('; ')]),
  );
}

export function edgesCsv(subgraph: Subgraph): string {
  return table(
    ['id', 'source', 'target', 'type', 'status', 'start', 'end', 'amount', 'currency', 'sources'],
    subgraph.relationships.map((r) => [
      r.id,
      r.from,
      r.to,
      r.type,
      r.status,
      r.start,
      r.end,
      r.amount?.value,
      r.amount?.currency,
      r.sources.map((s) => s.url).join(' '),
    ]),
  );
}
