/**
 * Error masking for a public API. Coded errors (a GraphQLError we or Yoga created on purpose)
 * reach the client as they are; anything else becomes "Unexpected error." with code
 * INTERNAL_SERVER_ERROR and the request id, and Yoga logs the original once (requestId.ts).
 */
import { createGraphQLError, maskError } from 'graphql-yoga';
import { currentRequestId } from './requestId.ts';

function pathOf(error: Error): readonly (string | number)[] | undefined {
  const path: unknown = (error as { path?: unknown }).path;
  return Array.isArray(path) ? (path as (string | number)[]) : undefined;
}

export function maskDetourError(error: unknown, message: string): Error {
  const masked = maskError(error, message, false);
  if (masked === error) return masked;
  const path = pathOf(masked);
  const requestId = currentRequestId();
  return createGraphQLError(message, {
    ...(path === undefined ? {} : { path }),
    extensions: {
      code: 'INTERNAL_SERVER_ERROR',
      ...(requestId === undefined ? {} : { requestId }),
      // A field's error leaves the rest of the data standing (200); any other fails the request.
      ...(path === undefined ? { http: { status: 500 } } : {}),
    },
  });
}
