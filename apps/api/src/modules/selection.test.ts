import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectedFields, type SelectionInfo } from './selection.ts';

/** The info the resolver of the root field answered at `root` (its alias or name) gets. */
function infoFor(document: string, root = 'accessPaths'): SelectionInfo {
  const parsed = parse(document);
  const operation = parsed.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const fragments = Object.fromEntries(
    parsed.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const fieldNodes = (operation?.selectionSet.selections ?? []).filter(
    (s) => s.kind === Kind.FIELD && (s.alias ?? s.name).value === root,
  );
  return { fieldNodes: fieldNodes.filter((s) => s.kind === Kind.FIELD), fragments };
}

const sorted = (fields: ReadonlySet<string>) => [...fields].sort();

describe('selectedFields', () => {
  it('lists the fields selected at a path below the resolved field', () => {
    const info = infoFor(
      '{ accessPaths(from: "a") { truncated subgraph { entities { id name } relationships { id status } } } }',
    );
    expect(sorted(selectedFields(info, ['subgraph', 'entities']))).toEqual(['id', 'name']);
    expect(sorted(selectedFields(info, ['subgraph', 'relationships']))).toEqual(['id', 'status']);
    expect(sorted(selectedFields(info, []))).toEqual(['subgraph', 'truncated']);
  });

  it('follows named and inline fragments, at every level', () => {
    const info = infoFor(`
      query { accessPaths(from: "a") { ...Explained } }
      fragment Explained on AccessPathResult { subgraph { entities { ...Names ... on Entity { kind } } } }
      fragment Names on Entity { name aliases }
    `);
    expect(sorted(selectedFields(info, ['subgraph', 'entities']))).toEqual([
      'aliases',
      'kind',
      'name',
    ]);
  });

  it('merges aliased and repeated fields by their field name', () => {
    const info = infoFor(`{
      accessPaths(from: "a") {
        a: subgraph { entities { id } }
        b: subgraph { entities { label: name } }
        subgraph { entities { country } }
      }
      other: accessPaths(from: "b") { subgraph { entities { description } } }
    }`);
    // Only the field node being resolved counts: `other` is another call, with its own info.
    expect(sorted(selectedFields(info, ['subgraph', 'entities']))).toEqual([
      'country',
      'id',
      'name',
    ]);
  });

  it('counts fields under @skip and @include as selected (reading more is safe, less is not)', () => {
    const info = infoFor(
      'query ($x: Boolean!) { accessPaths(from: "a") { subgraph { entities { id name @skip(if: $x) } } } }',
    );
    expect(sorted(selectedFields(info, ['subgraph', 'entities']))).toEqual(['id', 'name']);
  });

  it('is empty where nothing is selected', () => {
    const info = infoFor('{ accessPaths(from: "a") { truncated } }');
    expect(selectedFields(info, ['subgraph', 'entities']).size).toBe(0);
  });
});
