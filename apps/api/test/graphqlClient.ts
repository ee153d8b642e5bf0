/**
 * In-process GraphQL requests (yoga.fetch, no network) with an optional bearer token, for the
 * integration tests of curation and access control.
 */
import type { AuthConfig } from '../src/auth/authenticate.ts';
import { parseTokens } from '../src/auth/parseTokens.ts';
import type { Database } from '../src/db/database.ts';
import { createSchema } from '../src/schema.ts';
import { createDetourYoga } from '../src/yoga.ts';

/** Test tokens: distinctive, so a test can look for any of them in logs and the audit log. */
export const TOKENS = {
  alice: 'alice-editor-0123456789abcdef0123456789',
  carol: 'carol-editor-0123456789abcdef0123456789',
  bob: 'bob-reader-0123456789abcdef0123456789ab',
  stranger: 'stranger-0123456789abcdef0123456789abcd',
} as const;

export function testAuth(readsRequireToken = false): AuthConfig {
  const parsed = parseTokens(
    `editor:${TOKENS.alice}:alice,editor:${TOKENS.carol}:carol,reader:${TOKENS.bob}:bob`,
  );
  if (!parsed.ok) throw new Error(parsed.problem);
  return { credentials: parsed.credentials, readsRequireToken };
}

export interface GraphQLError {
  readonly message: string;
  readonly extensions?: {
    readonly code?: string;
    readonly argument?: string;
    readonly problems?: readonly {
      path?: string;
      message: string;
      line?: number;
      column?: number;
    }[];
  };
}

export interface GraphQLResponse {
  readonly status: number;
  /** The challenge a 401 carries. */
  readonly wwwAuthenticate: string | null;
  readonly data?: Record<string, unknown> | null;
  readonly errors?: readonly GraphQLError[];
}

export type Client = (
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
) => Promise<GraphQLResponse>;

export function graphqlClient(db: Database, auth: AuthConfig, production = true): Client {
  const yoga = createDetourYoga({
    schema: createSchema(),
    db,
    production,
    auth,
  });
  return async (query, variables = {}, token) => {
    const response = await yoga.fetch('http://detour.test/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Pick<GraphQLResponse, 'data' | 'errors'>;
    const wwwAuthenticate = response.headers.get('www-authenticate');
    return { status: response.status, wwwAuthenticate, ...body };
  };
}

/** Nodes and relationships other than audit entries, and the audit entries. */
export async function dataCounts(
  db: Database,
): Promise<{ nodes: number; relationships: number; audit: number }> {
  const [row] = await db.read(
    [
      'CALL () { MATCH (n) WHERE NOT n:AuditEntry RETURN count(n) AS nodes }',
      'CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }',
      'CALL () { MATCH (e:AuditEntry) RETURN count(e) AS audit }',
      'RETURN nodes, relationships, audit',
    ].join('\n'),
  );
  return {
    nodes: Number(row?.['nodes']),
    relationships: Number(row?.['relationships']),
    audit: Number(row?.['audit']),
  };
}
