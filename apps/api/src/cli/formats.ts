import {
  parseCsv,
  readCslCsv,
  readCslJson,
  readDataset,
  readFtm,
  readLegacyElCsv,
  type Imported,
  type ImportOptions,
  type ReadResult,
} from '@detour/ingest';

export const FORMATS = [
  'detour',
  'csl-csv',
  'csl-json',
  'csl-legacy-csv',
  'ftm',
  'csv-tables',
] as const;
export type Format = (typeof FORMATS)[number];

/** Formats whose files are read one at a time (csv-tables takes a nodes and an edges file). */
export type SingleFileFormat = Exclude<Format, 'csv-tables'>;

export function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

function firstLine(text: string): string {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
}

/** A CSV file's column names, lower-cased, from its first line. */
export function csvHeader(text: string): ReadonlySet<string> {
  const parsed = parseCsv(firstLine(text), '');
  return new Set(parsed.ok ? parsed.value.header.map((name) => name.toLowerCase()) : []);
}

/** True when the first line is one whole FollowTheMoney entity. */
function isFtmLine(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && 'schema' in value && 'id' in value;
  } catch {
    return false;
  }
}

/**
 * The format of a file from its first bytes, then its extension: a FollowTheMoney entity on the
 * first line, a JSON array or `results` (the CSL), a `detour.dataset/v1` object, or a CSV header
 * (`_id`… the CSL, `Source List`… the legacy Entity List, `id,…,kind` or `source,target,…` the
 * two-table convention). Null when none fits.
 */
export function detectFormat(file: string, text: string): Format | null {
  const head = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 4096);
  const json = file.toLowerCase().endsWith('.json');
  if (head.startsWith('{') || head.startsWith('[')) {
    if (isFtmLine(firstLine(text.trimStart()))) return 'ftm';
    if (head.startsWith('[')) return 'csl-json';
    if (head.includes('"detour.dataset/v1"')) return 'detour';
    if (/"results"\s*:/.test(head)) return 'csl-json';
    return json ? 'detour' : null;
  }
  const header = csvHeader(text);
  const has = (...names: string[]): boolean => names.every((name) => header.has(name));
  if (has('_id', 'source', 'name')) return 'csl-csv';
  if (has('source list', 'name')) return 'csl-legacy-csv';
  if (has('source', 'target') || has('id', 'kind')) return 'csv-tables';
  return json ? 'detour' : null;
}

/** A csv-tables file is the edges file when it has `source` and `target` columns. */
export function isEdgesTable(text: string): boolean {
  const header = csvHeader(text);
  return header.has('source') && header.has('target');
}

/** Reads one file in a single-file format; a detour file names its own dataset and sources. */
export function readFormat(
  format: SingleFileFormat,
  text: string,
  options: ImportOptions,
): ReadResult<Imported> {
  switch (format) {
    case 'detour': {
      const result = readDataset(text, options.file);
      return result.ok ? { ok: true, value: { dataset: result.value, skipped: [] } } : result;
    }
    case 'csl-csv':
      return readCslCsv(text, options);
    case 'csl-json':
      return readCslJson(text, options);
    case 'csl-legacy-csv':
      return readLegacyElCsv(text, options);
    case 'ftm':
      return readFtm(text, options);
  }
}
