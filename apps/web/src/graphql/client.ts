// A tiny typed GraphQL-over-HTTP client. Callers switch on ApiError.code, never on message text.
import { config } from '../config.ts';
import type { TypedDocumentString } from './generated/graphql.ts';

/** The API answered with a GraphQL error; `code` is its `extensions.code` (e.g. NOT_FOUND). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The API did not answer (server down, proxy failure, or a reply that is not GraphQL). */
export class ApiUnreachableError extends Error {
  override readonly name = 'ApiUnreachableError';
  constructor(
    readonly endpoint: string,
    options?: { cause?: unknown },
  ) {
    super(`Cannot reach the Detour API at ${endpoint}`, options);
  }
}

export interface RequestOptions {
  readonly signal?: AbortSignal;
  /** Defaults to config.graphqlEndpoint. */
  readonly endpoint?: string;
}

interface GraphqlError {
  readonly message?: unknown;
  readonly extensions?: { readonly code?: unknown };
}

interface GraphqlResponse<TData> {
  readonly data?: TData | null;
  readonly errors?: readonly GraphqlError[];
}

/**
 * Sends one GraphQL operation and returns its `data`, typed by codegen from the SDL: a document
 * from operations.ts carries its result and variable types (a TypedDocumentString, the string
 * form of a TypedDocumentNode, so nothing parses or prints GraphQL in the browser).
 * Throws ApiError for GraphQL errors, ApiUnreachableError when no GraphQL answer arrives, and
 * rethrows the AbortError when `signal` aborts.
 */
export async function request<TData, TVars>(
  document: TypedDocumentString<TData, TVars>,
  variables: NoInfer<TVars>,
  options: RequestOptions = {},
): Promise<TData> {
  const endpoint = options.endpoint ?? config.graphqlEndpoint;
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiUnreachableError(endpoint, { cause: error });
  }

  const body = await readJson<TData>(response, endpoint, options.signal);
  const first = body.errors?.[0];
  if (first !== undefined) {
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'UNKNOWN';
    const message =
      typeof first.message === 'string' ? first.message : 'The API returned an error.';
    throw new ApiError(code, message);
  }
  if (body.data == null) throw new ApiError('UNKNOWN', 'The API returned no data.');
  return body.data;
}

async function readJson<TData>(
  response: Response,
  endpoint: string,
  signal: AbortSignal | undefined,
): Promise<GraphqlResponse<TData>> {
  try {
    const body: unknown = await response.json();
    if (typeof body === 'object' && body !== null && ('data' in body || 'errors' in body)) {
      return body as GraphqlResponse<TData>;
    }
  } catch (error) {
    if (isAbort(error) || signal?.aborted === true) throw error;
  }
  // A proxy error page, an HTML fallback or an empty 502: nothing GraphQL is listening.
  throw new ApiUnreachableError(endpoint, { cause: new Error(`HTTP ${response.status}`) });
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
