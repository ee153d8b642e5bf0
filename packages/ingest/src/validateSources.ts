import type { Source } from '@detour/domain';
import { Fields } from './fields.ts';
import { optional } from './optional.ts';
import { indexPath, type Report } from './problems.ts';

export const SOURCE_FIELDS = [
  'id',
  'title',
  'publisher',
  'url',
  'published',
] as const satisfies readonly (keyof Source)[];

/** The `sources` list, and the ids other records may cite. */
export function validateSources(
  report: Report,
  items: readonly unknown[],
): { sources: Source[]; ids: ReadonlySet<string> } {
  const sources: Source[] = [];
  const seen = new Map<string, string>();
  items.forEach((item, i) => {
    const f = Fields.open(report, indexPath('sources', i), item, SOURCE_FIELDS, 'a source object');
    if (f === undefined) return;
    const id = f.id('id', seen);
    const title = f.text('title');
    const publisher = f.text('publisher');
    const url = webAddress(f, 'url');
    const published = f.date('published');
    if (id === undefined || title === undefined || publisher === undefined || url === undefined) {
      return;
    }
    sources.push({ id, title, publisher, url, ...optional('published', published) });
  });
  return { sources, ids: new Set(seen.keys()) };
}

/** A required http or https URL. */
function webAddress(f: Fields, key: string): string | undefined {
  const url = f.text(key);
  if (url === undefined) return undefined;
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    f.problem(key, `not a valid URL: ${JSON.stringify(url)}`);
    return undefined;
  }
  if (protocol === 'http:' || protocol === 'https:') return url;
  f.problem(key, `must be an http or https URL, got ${JSON.stringify(url)}`);
  return undefined;
}
