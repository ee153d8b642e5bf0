import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../schema.ts';
import { sizeVariables, withEffectiveSizes } from './variableCost.ts';

const schema = createSchema();
const effective = (query: string, variables: Record<string, unknown> = {}) =>
  print(withEffectiveSizes(schema, parse(query), variables));

describe('withEffectiveSizes', () => {
  it('writes in the value of a `first` variable', () => {
    expect(
      effective('query ($n: Int) { search(query: "x", first: $n) { score } }', { n: 100 }),
    ).toContain('search(first: 100, query: "x")');
  });

  it('falls back to the variable’s default, then to the schema’s default', () => {
    expect(effective('query ($n: Int = 70) { search(query: "x", first: $n) { score } }')).toContain(
      'first: 70',
    );
    expect(effective('query ($n: Int) { search(query: "x", first: $n) { score } }')).toContain(
      'first: 10',
    );
    expect(effective('{ neighborhood(id: "aws") { truncated } }')).toContain(
      'neighborhood(first: 50, id: "aws")',
    );
  });

  it('keeps literals, and anything that is not an integer, as they are', () => {
    expect(effective('{ search(query: "x", first: 3) { score } }')).toContain('first: 3');
    expect(
      effective('query ($n: Int) { search(query: "x", first: $n) { score } }', { n: '9' }),
    ).toContain('first: $n');
  });
});

describe('sizeVariables', () => {
  it('names the variables that reach a first or last, and no others', () => {
    const document = parse(
      'query ($n: Int, $m: Int, $q: String!, $id: ID!) { search(query: $q, first: $n) { score } neighborhood(id: $id, first: $m) { truncated } entity(id: $id) { id } }',
    );
    expect(sizeVariables(schema, document)).toEqual(['m', 'n']);
    expect(sizeVariables(schema, parse('query ($id: ID!) { entity(id: $id) { id } }'))).toEqual([]);
  });
});
