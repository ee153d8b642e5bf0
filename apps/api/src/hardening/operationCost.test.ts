import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../schema.ts';
import { operationCost } from './operationCost.ts';

const schema = createSchema();
const cost = (query: string, variables: Record<string, unknown> = {}, name?: string) =>
  operationCost(schema, parse(query), name, variables);

describe('operationCost', () => {
  it('charges nothing for what the explorer does on every click', () => {
    expect(cost('{ search(query: "aws") { score } entity(id: "aws") { name } }')).toBe(0);
    expect(cost('{ neighborhood(id: "aws") { entities { id } } }')).toBe(0);
    expect(cost('{ neighborhood(id: "aws", first: 50) { entities { id } } }')).toBe(0);
    expect(cost('{ __schema { queryType { name } } }')).toBe(0);
  });

  it('charges each expensive root field, aliases and fragments included', () => {
    expect(cost('{ accessPaths(to: "h100") { truncated } }')).toBe(1);
    expect(
      cost(
        `{ a: accessPaths { truncated } b: accessPaths { truncated } ...More }
         fragment More on Query { chokepoints { __typename } ... on Query { whatIf(removed: ["x"]) { __typename } } }`,
      ),
    ).toBe(4);
  });

  it('charges a neighbourhood larger than the explorer’s page, literal or variable', () => {
    expect(cost('{ neighborhood(id: "aws", first: 200) { entities { id } } }')).toBe(1);
    const query =
      'query ($n: Int = 120) { neighborhood(id: "aws", first: $n) { entities { id } } }';
    expect(cost(query, { n: 20 })).toBe(0);
    expect(cost(query, { n: 200 })).toBe(1);
    expect(cost(query)).toBe(1);
  });

  it('charges every write, and an import more', () => {
    expect(cost('mutation { deleteRelationship(id: "r") { __typename } __typename }')).toBe(1);
    expect(cost('mutation { importDataset(dataset: "{}") { entities } }')).toBe(5);
  });

  it('charges the operation that runs, chosen by name', () => {
    const document =
      'query A { search(query: "a") { score } } query B { chokepoints { __typename } }';
    expect(cost(document, {}, 'A')).toBe(0);
    expect(cost(document, {}, 'B')).toBe(1);
    expect(cost(document, {}, 'C')).toBe(0);
  });
});
