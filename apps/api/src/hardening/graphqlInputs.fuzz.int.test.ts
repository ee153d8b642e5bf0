/**
 * Property: whatever the arguments, /graphql never answers 500, and every error carries a code
 * clients can switch on. Random operations on every Query and Mutation field (read from the
 * schema) with random values: unicode strings, huge, negative and fractional numbers, "NaN" as a
 * string, nulls, deeply nested lists and objects, unknown arguments and unknown variables, sent
 * with and without an editor token over HTTP to Yoga on the real database.
 */
import fc from 'fast-check';
import { FUZZ_TIMEOUT_MS, fuzzRuns } from '@detour/ingest/testing/fuzzRuns';
import { beforeAll, describe, expect, it } from 'vitest';
import { chainDataset } from '../../test/fixtures.ts';
import { graphqlClient, testAuth, TOKENS } from '../../test/graphqlClient.ts';
import { documentFor, rootFields, valueFor } from '../../test/schemaArguments.ts';
import { useTestDatabase } from '../../test/testDatabase.ts';
import { KNOWN_ERROR_CODES } from '../errors.ts';
import { importDataset } from '../modules/datasets/repository.ts';
import { createSchema } from '../schema.ts';

const database = useTestDatabase();
const schema = createSchema();
const client = graphqlClient(database.db, testAuth(false));
const roots = rootFields(schema);

const IDS = ['aws', 'shenzhen-university', 'yunda-technology', 'nvidia-h100', 's1', 'szu-yunda'];

const scalar = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom(...IDS, 'NaN', 'Infinity', '-0', '', ' ', '1e309', '2024-02-30', 'END_USER'),
  fc.integer(),
  fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 1, -1, 0, 1e308, -1e308, 0.5),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);

/** JSON values nested up to a depth, to reach the input objects and lists. */
const nested = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('id', 'kind', 'from', 'to', 'value')),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
})).value;

/** Deep nesting, deeper than any input type: 50 levels of lists or objects. */
const deep = fc.tuple(fc.boolean(), fc.integer({ min: 20, max: 60 })).map(([lists, depth]) => {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = lists ? [value] : { id: value };
  return value;
});

const fill = (name: string): unknown => (name === 'id' ? 'aws' : 'x');

interface Case {
  readonly query: string;
  readonly variables: Record<string, unknown>;
  readonly token: string | undefined;
}

const cases: fc.Arbitrary<Case> = fc
  .record({
    root: fc.constantFrom(...roots),
    shapes: fc.array(fc.constantFrom('omit', 'typed', 'random', 'null', 'deep'), {
      minLength: 12,
      maxLength: 12,
    }),
    randoms: fc.array(nested, { minLength: 12, maxLength: 12 }),
    deeps: fc.array(deep, { minLength: 12, maxLength: 12 }),
    // Rare: an unknown argument fails validation, and nothing else would be tried.
    unknown: fc.oneof(
      { arbitrary: fc.constant(null), weight: 9 },
      { arbitrary: fc.tuple(fc.constantFrom('bogus', 'limit', 'where'), nested), weight: 1 },
    ),
    token: fc.constantFrom(undefined, TOKENS.alice, TOKENS.bob, TOKENS.stranger),
  })
  .map(({ root, shapes, randoms, deeps, unknown, token }): Case => {
    const variables: Record<string, unknown> = {};
    const names: string[] = [];
    root.field.args.forEach((argument, i) => {
      const shape = shapes[i % shapes.length] ?? 'omit';
      if (shape === 'omit') return;
      names.push(argument.name);
      variables[argument.name] =
        shape === 'typed'
          ? valueFor(argument.name, argument.type, fill)
          : shape === 'random'
            ? randoms[i % randoms.length]
            : shape === 'deep'
              ? deeps[i % deeps.length]
              : null;
    });
    let query = documentFor(root, names);
    if (unknown !== null) {
      const [name, value] = unknown;
      // An unknown argument, and a variable nobody declared.
      query = query.replace(`${root.field.name}(`, `${root.field.name}(${name}: 1, `);
      variables[`${name}Extra`] = value;
    }
    return { query, variables, token };
  });

beforeAll(async () => {
  await importDataset(database.db, chainDataset);
});

describe('random operations on every field', () => {
  it(
    'never answer 500, and every error has a known code',
    async () => {
      const seenCodes = new Set<string>();
      await fc.assert(
        fc.asyncProperty(cases, async ({ query, variables, token }) => {
          const answer = await client(query, variables, token);
          expect(answer.status).not.toBe(500);
          for (const error of answer.errors ?? []) {
            const code = error.extensions?.code ?? 'none';
            seenCodes.add(code);
            expect({ code, known: KNOWN_ERROR_CODES.has(code) }).toEqual({ code, known: true });
            expect(code).not.toBe('INTERNAL_SERVER_ERROR');
          }
        }),
        { numRuns: fuzzRuns(150) },
      );
      // The generator reaches validation, argument checks and access control alike.
      expect(seenCodes).toContain('BAD_USER_INPUT');
      expect(seenCodes).toContain('GRAPHQL_VALIDATION_FAILED');
    },
    Math.max(60_000, FUZZ_TIMEOUT_MS),
  );
});
