import type { Dataset, DatasetInfo, Source } from '@detour/domain';
import { limitProblems, type Problem, type ReadResult } from '../problems.ts';
import { validateDataset } from '../validateDataset.ts';

/** A record a reader left out on purpose (a vessel, an address), and why. */
export interface Skipped {
  readonly file: string;
  readonly line?: number;
  readonly path?: string;
  /** The record, as a user would recognise it: `Vessel "Ocean Star"`. */
  readonly what: string;
  /** Why it was left out, worded the same for every record skipped for that reason. */
  readonly reason: string;
}

/** What an importer returns: a dataset ready to validate and write, and what it left out. */
export interface Imported {
  readonly dataset: Dataset;
  readonly skipped: readonly Skipped[];
}

/** What the user says about a file that the file itself does not say. */
export interface ImportOptions {
  /** Names the file in problems and is the default for the dataset id and title. */
  readonly file: string;
  readonly datasetId?: string;
  readonly title?: string;
  /** Where the file was downloaded from (http or https); required by formats without URLs. */
  readonly sourceUrl?: string;
  readonly licence?: string;
}

export const DEFAULT_LICENCE = 'unknown; see the source';

/** "data/el_expected_results.json" → "el-expected-results". */
export function datasetIdFor(file: string): string {
  const base = file.split(/[\\/]/).at(-1) ?? file;
  return slug(base.replace(/\.[^.]*$/, '')) || 'import';
}

export function fileName(file: string): string {
  return file.split(/[\\/]/).at(-1) ?? file;
}

export function datasetInfo(options: ImportOptions, licence: string): DatasetInfo {
  return {
    id: options.datasetId ?? datasetIdFor(options.file),
    title: options.title ?? fileName(options.file),
    licence: options.licence ?? licence,
  };
}

/**
 * The one Source a file without its own URLs cites: `--source-url` is required, since a local
 * path is no use to someone checking the data later.
 */
export function fileSource(options: ImportOptions, format: string): ReadResult<Source> {
  const { file, sourceUrl } = options;
  const fail = (message: string): ReadResult<Source> => ({
    ok: false,
    problems: [{ file, message }],
  });
  if (sourceUrl === undefined) {
    return fail(
      `a ${format} file does not say where it comes from; pass --source-url with the http(s) address it was published at`,
    );
  }
  let url: URL;
  try {
    url = new URL(sourceUrl);
  } catch {
    return fail(`--source-url: not a valid URL: ${JSON.stringify(sourceUrl)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return fail(`--source-url: must be an http or https URL, got ${JSON.stringify(sourceUrl)}`);
  }
  const info = datasetInfo(options, DEFAULT_LICENCE);
  return {
    ok: true,
    value: { id: `${info.id}-source`, title: info.title, publisher: url.hostname, url: sourceUrl },
  };
}

/**
 * The file's Source and any problem with `--source-url`. When it is missing, a stand-in lets the
 * reader go on to find every other problem; it is never written, since the problem fails the read.
 */
export function sourceFor(
  options: ImportOptions,
  format: string,
): { source: Source; problems: readonly Problem[] } {
  const result = fileSource(options, format);
  if (result.ok) return { source: result.value, problems: [] };
  const info = datasetInfo(options, DEFAULT_LICENCE);
  const source = {
    id: `${info.id}-source`,
    title: info.title,
    publisher: 'unknown',
    url: 'https://example.invalid/',
  };
  return { source, problems: result.problems };
}

/**
 * The last step of every importer: problems found while reading win; otherwise the generated
 * dataset must pass the same validation as a hand-written `detour.dataset/v1` file.
 */
export function finishImport(
  file: string,
  problems: readonly Problem[],
  dataset: Dataset,
  skipped: readonly Skipped[],
): ReadResult<Imported> {
  if (problems.length > 0) return { ok: false, problems: limitProblems(problems, file) };
  const checked = validateDataset(JSON.parse(JSON.stringify(dataset)) as unknown, file);
  return checked.ok ? { ok: true, value: { dataset: checked.value, skipped } } : checked;
}

/** "Entity List (EL)" → "entity-list-el"; letters without a Latin form are dropped. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** A short, stable hash (FNV-1a, 32 bits) for ids of names with no Latin letters. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** `prefix-slug`, or `prefix-<hash>` when the text has nothing a slug can keep. */
export function slugId(prefix: string, text: string): string {
  const s = slug(text);
  return `${prefix}-${s === '' ? shortHash(text) : s}`;
}

/** One line per reason: "89 skipped: FtM schema Address is not imported". */
export function summariseSkipped(skipped: readonly Skipped[]): string[] {
  const counts = new Map<string, number>();
  for (const s of skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  return [...counts].map(([reason, n]) => `${String(n)} skipped: ${reason}`);
}
