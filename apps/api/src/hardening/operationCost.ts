/**
 * What an operation costs in rate-limit tokens: the expensive root fields it asks for, each alias
 * counted. Path questions and exposure reports scan much of the graph; writes take locks and are
 * audited; a neighbourhood is cheap at the explorer's page size but not at first: 200.
 */
import {
  getOperationAST,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/** Tokens per call of a root query field; fields not named here cost nothing. */
export const EXPENSIVE_QUERIES: Readonly<Record<string, number>> = {
  accessPaths: 1,
  shortestPath: 1,
  chokepoints: 1,
  whatIf: 1,
  providerExposure: 1,
};

/** Every mutation costs 1, except an import of a whole dataset file. */
export const MUTATION_COSTS: Readonly<Record<string, number>> = { importDataset: 5 };

/** A neighbourhood with a larger `first` than the explorer's page (the schema's default) costs 1. */
export const NEIGHBORHOOD_FREE_FIRST = 50;

type Variables = Readonly<Record<string, unknown>>;

function rootFields(document: DocumentNode, selections: SelectionSetNode): FieldNode[] {
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [],
    ),
  );
  const fields: FieldNode[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment !== undefined) walk(fragment);
      }
    }
  };
  walk(selections);
  return fields;
}

/** The value `first` will have: literal, variable, the variable's default or the schema's. */
function firstOf(
  schema: GraphQLSchema,
  field: FieldNode,
  variables: Variables,
  defaults: ReadonlyMap<string, number>,
): number {
  const given = field.arguments?.find((a) => a.name.value === 'first')?.value;
  const definition = schema.getQueryType()?.getFields()[field.name.value];
  const fallback = definition?.args.find((a) => a.name === 'first')?.defaultValue;
  const value =
    given === undefined
      ? fallback
      : given.kind === Kind.INT
        ? Number(given.value)
        : given.kind === Kind.VARIABLE
          ? (variables[given.name.value] ?? defaults.get(given.name.value) ?? fallback)
          : fallback;
  return typeof value === 'number' ? value : 0;
}

/** The tokens one operation of a validated document takes. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Variables,
): number {
  const operation = getOperationAST(document, operationName ?? null);
  if (operation === null || operation === undefined) return 0;
  const fields = rootFields(document, operation.selectionSet);
  if (operation.operation === OperationTypeNode.MUTATION) {
    const writes = fields.filter((f) => !f.name.value.startsWith('__'));
    return writes.reduce((sum, f) => sum + (MUTATION_COSTS[f.name.value] ?? 1), 0);
  }
  if (operation.operation !== OperationTypeNode.QUERY) return 0;
  const defaults = new Map<string, number>();
  for (const variable of operation.variableDefinitions ?? []) {
    const value = variable.defaultValue;
    if (value?.kind === Kind.INT) defaults.set(variable.variable.name.value, Number(value.value));
  }
  let cost = 0;
  for (const field of fields) {
    const name = field.name.value;
    if (name === 'neighborhood') {
      if (firstOf(schema, field, variables, defaults) > NEIGHBORHOOD_FREE_FIRST) cost += 1;
    } else cost += EXPENSIVE_QUERIES[name] ?? 0;
  }
  return cost;
}
