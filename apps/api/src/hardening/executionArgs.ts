/** Envelop types execution arguments as `any`; this is what they are for graphql-js 16. */
import type { DocumentNode, GraphQLSchema } from 'graphql';

export interface ExecutionArgs {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly variableValues?: Readonly<Record<string, unknown>> | null;
  readonly operationName?: string | null;
}

export function executionArgs(args: object): ExecutionArgs {
  return args as ExecutionArgs;
}
