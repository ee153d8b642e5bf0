/**
 * The arguments of every Query and Mutation field, read from the executable schema, so that tests
 * which must reach every argument (injection, fuzzing) cover a new one without being edited.
 */
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

export type OperationKind = 'query' | 'mutation';

export interface RootField {
  readonly operation: OperationKind;
  readonly field: GraphQLField<unknown, unknown>;
}

export function rootFields(schema: GraphQLSchema): RootField[] {
  const of = (operation: OperationKind, type: ReturnType<GraphQLSchema['getQueryType']>) =>
    Object.values(type?.getFields() ?? {}).map((field) => ({ operation, field }));
  return [...of('query', schema.getQueryType()), ...of('mutation', schema.getMutationType())];
}

/** A place a string can go: an argument, or a field inside an input object or list, as a path. */
export interface StringSlot {
  readonly root: RootField;
  readonly argument: GraphQLArgument;
  /** Keys and `0` for list items below the argument, e.g. ['newSources', 0, 'title']. */
  readonly path: readonly (string | number)[];
}

function slotsIn(
  type: GraphQLInputType,
  path: (string | number)[],
  seen: Set<string>,
): (string | number)[][] {
  const inner = getNullableType(type);
  if (isListType(inner)) return slotsIn(inner.ofType, [...path, 0], seen);
  if (isScalarType(inner)) return inner.name === 'String' || inner.name === 'ID' ? [path] : [];
  if (!isInputObjectType(inner) || seen.has(inner.name)) return [];
  const next = new Set(seen).add(inner.name);
  return Object.values(inner.getFields()).flatMap((f) => slotsIn(f.type, [...path, f.name], next));
}

/** Every string slot of every argument of every root field. */
export function stringSlots(schema: GraphQLSchema): StringSlot[] {
  return rootFields(schema).flatMap((root) =>
    root.field.args.flatMap((argument) =>
      slotsIn(argument.type, [], new Set()).map((path) => ({ root, argument, path })),
    ),
  );
}

/** What to put in a slot that is not under test: a name → value the caller chooses. */
export type Fill = (name: string, type: GraphQLInputType) => unknown;

/**
 * A value of `type` with every required field filled by `fill`, and the field at `path` (if any)
 * set to `value`: the smallest input that reaches that field.
 */
export function valueFor(
  name: string,
  type: GraphQLInputType,
  fill: Fill,
  path: readonly (string | number)[] = [],
  value?: unknown,
): unknown {
  if (path.length === 0 && value !== undefined) return value;
  const inner = getNullableType(type);
  if (isListType(inner)) return [valueFor(name, inner.ofType, fill, path.slice(1), value)];
  if (isInputObjectType(inner)) {
    const object: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) {
      const onPath = path[0] === field.name;
      if (!onPath && !isNonNullType(field.type)) continue;
      object[field.name] = valueFor(
        field.name,
        field.type,
        fill,
        onPath ? path.slice(1) : [],
        onPath ? value : undefined,
      );
    }
    return object;
  }
  if (isEnumType(inner)) return inner.getValues()[0]?.value;
  return fill(name, type);
}

/** `query ($a: T!, …) { field(a: $a, …) { __typename } }` for the arguments given. */
export function documentFor(root: RootField, argumentNames: readonly string[]): string {
  const args = root.field.args.filter((a) => argumentNames.includes(a.name));
  const variables = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(root.field.type)) ? ' { __typename }' : '';
  const head = variables === '' ? root.operation : `${root.operation} (${variables})`;
  return `${head} { ${root.field.name}${call === '' ? '' : `(${call})`}${selection} }`;
}
