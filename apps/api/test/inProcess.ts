/**
 * In-process requests to the hardened Yoga (yoga.fetch, no socket) for tests of what the HTTP
 * layer accepts and refuses. Its database answers nothing: a request that reaches a resolver
 * fails with "not used by this test", which these tests never expect to happen.
 */
import type { Database } from '../src/db/database.ts';
import { createSchema } from '../src/schema.ts';
import { createDetourYoga, type DetourYoga, type YogaOptions } from '../src/yoga.ts';

const unused = (): Promise<never> => Promise.reject(new Error('not used by this test'));

export const unusedDatabase: Database = {
  read: unused,
  readTransaction: unused,
  write: unused,
  writeTransaction: unused,
  schema: unused,
  ping: unused,
  close: unused,
};

export function hardenedYoga(options: Partial<YogaOptions> = {}): DetourYoga {
  return createDetourYoga({
    schema: createSchema(),
    db: unusedDatabase,
    production: true,
    ...options,
  });
}

export interface HttpResult {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly errors: readonly { message: string; extensions?: Record<string, unknown> }[];
  readonly data?: unknown;
}

/** Sends one HTTP request to /graphql (a query string in `search`) and reads the answer. */
export async function send(
  yoga: DetourYoga,
  init: RequestInit & { readonly search?: string } = {},
): Promise<HttpResult> {
  const response = await yoga.fetch(`http://detour.test/graphql${init.search ?? ''}`, init);
  const text = await response.text();
  let body: { data?: unknown; errors?: HttpResult['errors'] } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // Not JSON (GraphiQL's page, an empty 204): callers look at `text`.
  }
  return {
    status: response.status,
    headers: response.headers,
    text,
    errors: body.errors ?? [],
    data: body.data,
  };
}

/** A curl-style POST: JSON body, JSON content type, nothing else. */
export function postJson(yoga: DetourYoga, body: unknown, headers: Record<string, string> = {}) {
  return send(yoga, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}
