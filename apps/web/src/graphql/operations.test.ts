// The contract check: every document the explorer sends is valid against the API's SDL.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as mainOperations from './operations.ts';
import * as pathOperations from './pathOperations.ts';

const operations = { ...mainOperations, ...pathOperations };

const schemaDir = fileURLToPath(new URL('../../../api/src/schema/', import.meta.url));
const sdl = readdirSync(schemaDir)
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => readFileSync(schemaDir + file, 'utf8'))
  .join('\n');
const schema = buildSchema(sdl);

describe('operations', () => {
  it.each(Object.entries(operations))('%s is valid against the API schema', (_name, document) => {
    // graphql(`…`) finds a document only when codegen has seen that exact text.
    const text = document.toString();
    expect(text, 'stale documents: run pnpm --filter @detour/web codegen').toMatch(/^\s*query /);
    expect(validate(schema, parse(text)).map((e) => e.message)).toEqual([]);
  });
});
