/**
 * The few coded errors clients can switch on (extensions.code). Everything else is masked by
 * Yoga as INTERNAL_SERVER_ERROR and logged once.
 */
import { createGraphQLError } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';

export const ERROR_CODES = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  /** The operation exceeds a query limit (depth, cost, aliases, directives, tokens). */
  QUERY_TOO_COMPLEX: 400,
  /** Too many expensive operations from one client; the Retry-After header says when to retry. */
  RATE_LIMITED: 429,
  DATABASE_UNAVAILABLE: 503,
  /** Neo4j stopped the query at the configured timeout (DETOUR_QUERY_TIMEOUT_MS). */
  QUERY_TIMEOUT: 504,
  /**
   * An analysis has more access paths in scope than it may walk (DETOUR_ANALYSIS_MAX_STEPS); the
   * message names the arguments that narrow it.
   */
  ANALYSIS_TOO_LARGE: 422,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export function codedError(code: ErrorCode, message: string, argument?: string): GraphQLError {
  return createGraphQLError(message, {
    extensions: {
      code,
      ...(argument === undefined ? {} : { argument }),
      http: { status: ERROR_CODES[code] },
    },
  });
}

/** A BAD_USER_INPUT error naming the argument at fault. */
export function badInput(argument: string, message: string): GraphQLError {
  return codedError('BAD_USER_INPUT', `${argument}: ${message}`, argument);
}

/**
 * Every code a client can see: ours, the masked INTERNAL_SERVER_ERROR, and Yoga's for requests
 * refused before execution (a body that is not JSON, a syntax or validation error, an operation
 * name that matches nothing, a body over the size limit; docs/graphql-over-http.md).
 */
export const KNOWN_ERROR_CODES: ReadonlySet<string> = new Set([
  ...Object.keys(ERROR_CODES),
  'INTERNAL_SERVER_ERROR',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'REQUEST_ENTITY_TOO_LARGE',
]);
