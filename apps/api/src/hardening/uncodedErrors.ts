/**
 * Every error a client sees carries an extensions.code. graphql-js reports some request errors
 * without one: a variable whose value does not fit its type (`$n: Int` given "NaN"), or an
 * operation type the schema does not have (`subscription { … }`, answered 200), and the CSRF
 * plugin's refusal (403). Those are the client's fault: BAD_USER_INPUT with HTTP 400, or
 * FORBIDDEN when a plugin already answered 403. An uncoded error at a field path is a broken
 * promise of the schema (a null for a non-null field): INTERNAL_SERVER_ERROR.
 */
import { createGraphQLError, isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';

function coded(error: GraphQLError): GraphQLError {
  if (typeof error.extensions.code === 'string') return error;
  const requestError = error.path === undefined;
  const status = error.extensions.http?.status ?? 400;
  return createGraphQLError(requestError ? error.message : 'Unexpected error.', {
    ...(error.nodes === undefined ? {} : { nodes: error.nodes }),
    ...(error.source === undefined ? {} : { source: error.source }),
    ...(error.positions === undefined ? {} : { positions: error.positions }),
    ...(error.path === undefined ? {} : { path: error.path }),
    extensions: requestError
      ? {
          ...error.extensions,
          code: status === 403 ? 'FORBIDDEN' : 'BAD_USER_INPUT',
          http: { ...error.extensions.http, status },
        }
      : { code: 'INTERNAL_SERVER_ERROR' },
  });
}

export function uncodedErrorsPlugin(): Plugin {
  return {
    onResultProcess(payload) {
      const { result } = payload;
      if (Array.isArray(result) || isAsyncIterable(result) || result.errors === undefined) return;
      if (result.errors.every((error) => typeof error.extensions.code === 'string')) return;
      payload.setResult({ ...result, errors: result.errors.map(coded) });
    },
  };
}
