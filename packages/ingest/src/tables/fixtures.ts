import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** packages/ingest/fixtures: real files in the formats the importers read (see its README). */
export const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** A fixture's text, for tests. */
export function fixture(path: string): string {
  return readFileSync(`${FIXTURES}${path}`, 'utf8');
}
