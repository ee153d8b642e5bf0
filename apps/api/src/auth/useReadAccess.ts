import { getOperationAST, OperationTypeNode, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';
import type { AuthConfig } from './authenticate.ts';
import { access } from './authorize.ts';

function isDocument(value: unknown): value is DocumentNode {
  return (
    typeof value === 'object' && value !== null && 'kind' in value && value.kind === 'Document'
  );
}

function isMutation(document: unknown, operationName: unknown): boolean {
  if (!isDocument(document)) return false;
  const name = typeof operationName === 'string' ? operationName : null;
  return getOperationAST(document, name)?.operation === OperationTypeNode.MUTATION;
}

/**
 * Guards every query (and subscription) before it runs: a token that is sent must be valid, and
 * with `readsRequireToken` a reader or editor token is needed. Mutations check the editor role in
 * their resolvers, which also record refused attempts in the audit log.
 */
export function useReadAccess(auth: AuthConfig): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (isMutation(args.document, args.operationName)) return;
      const { caller } = args.contextValue;
      if (caller.kind === 'anonymous' && !auth.readsRequireToken) return;
      const result = access(caller, 'reader');
      if (!result.granted) setResultAndStopExecution({ errors: [result.error] });
    },
  };
}
