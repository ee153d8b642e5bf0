// What to tell an analyst when a request fails. Switches on error codes, never on message text.
import { ApiError, ApiUnreachableError } from '../../graphql/client.ts';

export interface ErrorDescription {
  readonly title: string;
  readonly detail: string;
  /** True when trying again may help. */
  readonly retryable: boolean;
}

export function describeError(error: unknown): ErrorDescription {
  if (error instanceof ApiUnreachableError) {
    return {
      title: `Cannot reach the Detour API at ${error.endpoint}`,
      detail: 'The server may be stopped or restarting. Check that it is running, then retry.',
      retryable: true,
    };
  }
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'NOT_FOUND':
        return {
          title: 'Not found',
          detail: 'That entity is no longer in the database.',
          retryable: false,
        };
      case 'BAD_USER_INPUT':
        return {
          title: 'The API did not accept the request',
          detail: error.message,
          retryable: false,
        };
      case 'ANALYSIS_TOO_LARGE':
        // The message says which arguments would narrow the question; trying again would not.
        return {
          title: 'This question is too large to answer exactly',
          detail: error.message,
          retryable: false,
        };
      case 'DATABASE_UNAVAILABLE':
        return {
          title: 'The Detour database is not answering',
          detail: 'The API is up but cannot reach Neo4j. Try again in a moment.',
          retryable: true,
        };
      case 'BAD_RESPONSE':
        return {
          title: 'Unexpected answer from the API',
          detail: `${error.message} The explorer and the API may be different versions.`,
          retryable: false,
        };
      default:
        return {
          title: 'The API reported an error',
          detail: `${error.message} (${error.code})`,
          retryable: true,
        };
    }
  }
  return {
    title: 'Something went wrong',
    detail: error instanceof Error ? error.message : String(error),
    retryable: true,
  };
}
