/**
 * `pnpm --filter @detour/api schema:print`: writes the executable schema, sorted and with its
 * descriptions, to apps/api/schema.graphql, the one file to review the public API in.
 * printSchema.test.ts fails when the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema } from './schema.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('../schema.graphql', import.meta.url));

const HEADER =
  '# Detour GraphQL API. Generated from src/schema/*.graphql by `pnpm --filter @detour/api schema:print`; do not edit.\n\n';

/** The SDL of the executable schema, as schema.graphql holds it. */
export function printDetourSchema(): string {
  return `${HEADER}${printSchema(lexicographicSortSchema(createSchema()))}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_FILE, printDetourSchema());
  console.log(`Wrote ${SCHEMA_FILE}`);
}
