/**
 * A request we refuse to run (no query, a syntax or validation error) is answered 400 whatever the
 * Accept header, like the query limits. Yoga marks these errors `http.spec` to answer 200 to
 * `application/json` clients, the GraphQL-over-HTTP spec's legacy mode; scripts that check the
 * status would then take a refusal for an answer. (docs/graphql-over-http.md lists this SHOULD.)
 */
import { createGraphQLError, isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';

/** The same error without Yoga's legacy-mode mark, so its status (400) is used. */
function asClientError(error: GraphQLError): GraphQLError {
  const http = error.extensions.http;
  if (http?.spec !== true) return error;
  return createGraphQLError(error.message, {
    ...(error.nodes === undefined ? {} : { nodes: error.nodes }),
    ...(error.source === undefined ? {} : { source: error.source }),
    ...(error.positions === undefined ? {} : { positions: error.positions }),
    extensions: { ...error.extensions, http: { status: http.status ?? 400 } },
  });
}

export function refusedDocumentsPlugin(): Plugin {
  return {
    onResultProcess(payload) {
      const { result } = payload;
      if (Array.isArray(result) || isAsyncIterable(result) || result.errors === undefined) return;
      if (!result.errors.some((error) => error.extensions.http?.spec === true)) return;
      payload.setResult({ ...result, errors: result.errors.map(asClientError) });
    },
  };
}
