/**
 * Armor's cost rule reads only literal arguments: `first: $n` and an omitted `first` both count
 * as 1. At execution the variables are known, so the same cost model runs again on the document
 * with every `first`/`last` set to the value the resolver will get: the variable's value, the
 * variable's default or the schema's default.
 */
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import {
  Kind,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type IntValueNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { executionArgs } from './executionArgs.ts';
import { COST_MODEL, rejectAs } from './queryLimits.ts';

const SIZE_ARGUMENTS = new Set(['first', 'last']);

function intNode(value: unknown): IntValueNode | null {
  return typeof value === 'number' && Number.isSafeInteger(value)
    ? { kind: Kind.INT, value: String(value) }
    : null;
}

function variableDefaults(document: DocumentNode): Map<string, unknown> {
  const defaults = new Map<string, unknown>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const value = variable.defaultValue;
      if (value?.kind === Kind.INT) defaults.set(variable.variable.name.value, Number(value.value));
    }
  }
  return defaults;
}

/** The document with the effective value of every size argument written in as a literal. */
export function withEffectiveSizes(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>>,
): DocumentNode {
  const defaults = variableDefaults(document);
  const typeInfo = new TypeInfo(schema);
  return visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node: FieldNode): FieldNode | undefined {
        const definition = typeInfo.getFieldDef();
        if (definition === null || definition === undefined) return undefined;
        let changed = false;
        const args: ArgumentNode[] = [];
        for (const argument of definition.args) {
          if (!SIZE_ARGUMENTS.has(argument.name)) continue;
          const given = node.arguments?.find((a) => a.name.value === argument.name);
          const value =
            given === undefined
              ? intNode(argument.defaultValue)
              : given.value.kind === Kind.VARIABLE
                ? intNode(
                    variables[given.value.name.value] ??
                      defaults.get(given.value.name.value) ??
                      argument.defaultValue,
                  )
                : null;
          if (value === null) continue;
          changed = true;
          args.push({
            kind: Kind.ARGUMENT,
            name: { kind: Kind.NAME, value: argument.name },
            value,
          });
        }
        if (!changed) return undefined;
        const names = new Set(args.map((a) => a.name.value));
        const rest = (node.arguments ?? []).filter((a) => !names.has(a.name.value));
        return { ...node, arguments: [...args, ...rest] };
      },
    }),
  );
}

/** The variables whose values reach a size argument; the verdict depends on nothing else. */
export function sizeVariables(schema: GraphQLSchema, document: DocumentNode): readonly string[] {
  const names = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node: ArgumentNode) {
        const name = typeInfo.getArgument()?.name;
        if (name !== undefined && SIZE_ARGUMENTS.has(name) && node.value.kind === Kind.VARIABLE) {
          names.add(node.value.name.value);
        }
      },
    }),
  );
  return [...names].sort();
}

/** Verdicts kept per document: one per distinct set of size values, up to this many. */
const MAX_VERDICTS = 64;
const PASSED = Symbol('passed');

/**
 * Rejects, before any resolver runs, an operation whose cost with its real sizes is too high.
 * Yoga hands every request for the same text the same cached document, so the verdict is kept
 * per document and size values: a repeated operation is not walked and validated again.
 */
export function variableCostPlugin(): Plugin {
  const rule = costLimitRule({ ...COST_MODEL, ...rejectAs('cost') });
  const known = new WeakMap<
    DocumentNode,
    { sizes: readonly string[]; verdicts: Map<string, Error | typeof PASSED> }
  >();
  return {
    onExecute({ args }) {
      const { schema, document, variableValues } = executionArgs(args);
      const variables = variableValues ?? {};
      let entry = known.get(document);
      if (entry === undefined) {
        entry = { sizes: sizeVariables(schema, document), verdicts: new Map() };
        known.set(document, entry);
      }
      const key = JSON.stringify(entry.sizes.map((name) => variables[name] ?? null));
      const verdict = entry.verdicts.get(key);
      if (verdict === PASSED) return;
      if (verdict !== undefined) throw verdict;
      const remember = (value: Error | typeof PASSED): void => {
        if (entry.verdicts.size < MAX_VERDICTS) entry.verdicts.set(key, value);
      };
      try {
        validate(schema, withEffectiveSizes(schema, document, variables), [rule]);
      } catch (error) {
        if (error instanceof Error) remember(error);
        throw error;
      }
      remember(PASSED);
    },
  };
}
