/**
 * Cypher injection in every string argument is data. The string slots (arguments, and the fields
 * of input objects and lists below them) are read from the executable schema, so a new argument
 * is covered without editing this test. Each gets every payload; the answer is never a 500 or an
 * INTERNAL_SERVER_ERROR, queries leave every stored element exactly as it was, and writes change
 * no element that existed before and store a payload, when they accept it, verbatim.
 */
import { getNamedType, type GraphQLInputType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { elementDigests } from '../../test/dataChecksum.ts';
import { chainDataset } from '../../test/fixtures.ts';
import { graphqlClient, testAuth, TOKENS, type GraphQLResponse } from '../../test/graphqlClient.ts';
import { documentFor, stringSlots, valueFor, type StringSlot } from '../../test/schemaArguments.ts';
import { useTestDatabase } from '../../test/testDatabase.ts';
import { KNOWN_ERROR_CODES } from '../errors.ts';
import { importDataset } from '../modules/datasets/repository.ts';
import { createSchema } from '../schema.ts';

/** Strings that would change a query built by concatenation, in Cypher's and Lucene's syntax. */
const PAYLOADS = [
  `aws' OR 1=1 //`,
  `aws"}) MATCH (n) DETACH DELETE n //`,
  `x'}) WITH 1 AS x MATCH (n) SET n.pwned = true RETURN 1 //`,
  'x`) CREATE (:Pwned) //',
  `\\' }]->() CALL db.labels() YIELD label RETURN label //`,
  '$id',
  'LOAD CSV FROM "file:///etc/passwd" AS l RETURN l',
  '*:* OR name:* AND (shen~ [a TO z] {b} ^2 \\ / ? "',
  '深圳 🙂 \u202e ; /* */ -- \t',
];

const database = useTestDatabase();
const schema = createSchema();
const client = graphqlClient(database.db, testAuth(false));
const slots = stringSlots(schema);

/** Ids that exist in the chain fixture, so a query gets as far as its Cypher. */
const EXISTING: Readonly<Record<string, string>> = {
  id: 'aws',
  from: 'shenzhen-university',
  to: 'nvidia-h100',
  provider: 'aws',
  remove: 'yunda-technology',
  avoid: 'yunda-technology',
  query: 'shenzhen',
  sources: 's1',
  covers: 'nvidia-h100',
  url: 'https://example.org/injected',
};

let fresh = 0;
function fill(operation: 'query' | 'mutation') {
  return (name: string, type: GraphQLInputType): unknown => {
    const named = getNamedType(type).name;
    if (named === 'Int' || named === 'Float') return 1;
    if (named === 'Boolean') return true;
    // A write gets a new id, so that nothing stored before is replaced on purpose.
    if (operation === 'mutation' && name === 'id') return `injected-${String(++fresh)}`;
    if (operation === 'mutation' && name === 'to') return 'aws';
    return EXISTING[name] ?? 'x';
  };
}

function request(slot: StringSlot, payload: string): Promise<GraphQLResponse> {
  const { root, argument, path } = slot;
  const names = root.field.args
    .filter((a) => a === argument || a.type.toString().endsWith('!'))
    .map((a) => a.name);
  const variables: Record<string, unknown> = {};
  for (const a of root.field.args) {
    if (!names.includes(a.name)) continue;
    const onPath = a === argument;
    variables[a.name] = valueFor(
      a.name,
      a.type,
      fill(root.operation),
      onPath ? path : [],
      onPath ? payload : undefined,
    );
  }
  // An editor's token, so that writes and the audit log get past access control to their Cypher.
  return client(documentFor(root, names), variables, TOKENS.alice);
}

/** How many stored properties (or list items) equal the payload exactly. */
async function storedVerbatim(payload: string): Promise<number> {
  const [row] = await database.db.read(
    [
      'CALL () {',
      '  MATCH (n) WHERE NOT n:AuditEntry',
      '  UNWIND keys(n) AS key',
      '  WITH n[key] AS value',
      "  WHERE value = $payload OR (valueType(value) STARTS WITH 'LIST' AND $payload IN value)",
      '  RETURN count(*) AS inNodes',
      '}',
      'CALL () {',
      '  MATCH ()-[r]->()',
      '  UNWIND keys(r) AS key',
      '  WITH r[key] AS value',
      "  WHERE value = $payload OR (valueType(value) STARTS WITH 'LIST' AND $payload IN value)",
      '  RETURN count(*) AS inRelationships',
      '}',
      'RETURN inNodes + inRelationships AS found',
    ].join('\n'),
    { payload },
  );
  return Number(row?.['found']);
}

function expectCoded(slotName: string, payload: string, answer: GraphQLResponse): void {
  const codes = (answer.errors ?? []).map((e) => e.extensions?.code ?? 'none');
  expect({ slotName, payload, status: answer.status }).not.toMatchObject({ status: 500 });
  for (const code of codes) {
    expect({ slotName, payload, code, known: KNOWN_ERROR_CODES.has(code) }).toEqual({
      slotName,
      payload,
      code,
      known: true,
    });
    expect({ slotName, payload, code }).not.toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
  }
}

const nameOf = ({ root, argument, path }: StringSlot): string =>
  [root.field.name, argument.name, ...path.map(String)].join('.');

beforeAll(async () => {
  await importDataset(database.db, chainDataset);
});

describe('Cypher injection in every string argument', () => {
  it('reaches every string slot of the schema, mutations included', () => {
    const names = slots.map(nameOf);
    expect(names).toEqual(
      expect.arrayContaining([
        'search.query',
        'entity.id',
        'accessPaths.to',
        'whatIf.remove.0',
        'upsertEntity.input.newSources.0.title',
        'upsertRelationship.input.covers.0',
        'importDataset.dataset',
      ]) as unknown,
    );
  });

  it('is treated as data by every query: coded answers, no stored element changed', async () => {
    const before = await elementDigests(database.db);
    let answered = 0;
    for (const slot of slots.filter((s) => s.root.operation === 'query')) {
      for (const payload of PAYLOADS) {
        const answer = await request(slot, payload);
        expectCoded(nameOf(slot), payload, answer);
        if (answer.errors === undefined) answered++;
      }
      expect({ slot: nameOf(slot), after: await elementDigests(database.db) }).toEqual({
        slot: nameOf(slot),
        after: before,
      });
    }
    // Payloads that passed validation reached the database and were answered as data.
    expect(answered).toBeGreaterThan(PAYLOADS.length);
  });

  it('is treated as data by every mutation: stored verbatim or refused, nothing else changed', async () => {
    const before = await elementDigests(database.db);
    let accepted = 0;
    for (const slot of slots.filter((s) => s.root.operation === 'mutation')) {
      for (const payload of PAYLOADS) {
        const answer = await request(slot, payload);
        expectCoded(nameOf(slot), payload, answer);
        if (answer.errors === undefined) {
          accepted++;
          expect({
            slot: nameOf(slot),
            payload,
            stored: (await storedVerbatim(payload)) > 0,
          }).toEqual({ slot: nameOf(slot), payload, stored: true });
        }
      }
      const after = await elementDigests(database.db);
      for (const [id, digest] of before) {
        expect({ slot: nameOf(slot), id, digest: after.get(id) }).toEqual({
          slot: nameOf(slot),
          id,
          digest,
        });
      }
    }
    // Writes that passed validation stored their payloads: the test reached the Cypher.
    expect(accepted).toBeGreaterThan(PAYLOADS.length);
  });
});
