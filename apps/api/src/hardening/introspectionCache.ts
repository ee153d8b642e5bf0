/**
 * Introspection stays open (investigators' tools need the schema), and its answer changes only
 * with the schema, so an introspection operation is executed once and then answered from memory:
 * a flood of GraphiQL schema fetches costs a lookup each, not an execution.
 *
 * Results are keyed by the parsed document, which Yoga's parser cache reuses for the same text,
 * so the cache holds at most what that cache holds and frees entries with it.
 */
import {
  getOperationAST,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type ExecutionResult,
} from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { executionArgs } from './executionArgs.ts';

const INTROSPECTION_FIELDS = new Set(['__schema', '__type', '__typename']);
/** Variable sets kept per document: `__type(name: $name)` must not grow the cache without end. */
const MAX_VARIANTS = 32;

/** True when the operation to run selects nothing but introspection fields at its root. */
export function isIntrospectionOnly(document: DocumentNode, operationName?: string | null) {
  const operation = getOperationAST(document, operationName);
  return (
    operation?.operation === OperationTypeNode.QUERY &&
    operation.selectionSet.selections.every(
      (selection) =>
        selection.kind === Kind.FIELD && INTROSPECTION_FIELDS.has(selection.name.value),
    )
  );
}

export function introspectionCachePlugin(): Plugin {
  const results = new WeakMap<DocumentNode, Map<string, ExecutionResult>>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const { document, operationName, variableValues } = executionArgs(args);
      if (!isIntrospectionOnly(document, operationName)) return undefined;
      const key = JSON.stringify([operationName ?? null, variableValues ?? null]);
      const cached = results.get(document)?.get(key);
      if (cached !== undefined) {
        setResultAndStopExecution(cached);
        return undefined;
      }
      return {
        onExecuteDone({ result }) {
          if (isAsyncIterable(result) || result.errors !== undefined) return;
          const byKey = results.get(document) ?? new Map<string, ExecutionResult>();
          if (byKey.size >= MAX_VARIANTS) return;
          byKey.set(key, result);
          results.set(document, byKey);
        },
      };
    },
  };
}
