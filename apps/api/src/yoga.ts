import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { GraphQLSchema } from 'graphql';
import { identify, OPEN_ACCESS, type AuthConfig } from './auth/authenticate.ts';
import { useReadAccess } from './auth/useReadAccess.ts';
import { DEFAULT_ANALYSIS } from './config.ts';
import { createContext, type Context } from './context.ts';
import type { Database } from './db/database.ts';
import { graphiqlOptions, renderGraphiqlPage } from './graphiql/page.ts';
import { hardeningPlugins, MAX_REQUEST_BODY_BYTES } from './hardening/plugins.ts';
import { corsPolicy } from './hardening/cors.ts';
import { maskDetourError } from './hardening/maskError.ts';
import { AccessIndex } from './modules/analyses/accessIndex.ts';
import type { RateLimitConfig } from './hardening/rateLimit.ts';
import { requestLogger } from './hardening/requestId.ts';

export interface YogaOptions {
  readonly schema: GraphQLSchema;
  readonly db: Database;
  readonly production: boolean;
  /** Bearer tokens and whether reads need one; no tokens and public reads when absent. */
  readonly auth?: AuthConfig;
  /** Origins allowed to call from browsers (CORS); same origin only when absent or empty. */
  readonly corsOrigins?: readonly string[];
  /** GraphiQL at GET /graphql for browsers; on when absent. */
  readonly graphiql?: boolean;
  /** Larger request bodies get 413; 100 kB when absent. */
  readonly maxRequestBodyBytes?: number;
  /** Per-client limits on expensive operations; none when absent. */
  readonly rateLimit?: RateLimitConfig;
  /** The access graph cache for the analyses; one with the default bounds when absent. */
  readonly accessIndex?: AccessIndex;
}

export type DetourYoga = YogaServerInstance<Record<string, unknown>, Context>;

/**
 * GraphQL over HTTP at /graphql, hardened for the open internet (docs/graphql-over-http.md):
 * query limits, a body-size limit, no batching, CSRF prevention, a CORS allow-list, and masked
 * unexpected errors logged once with the request id. Coded errors pass through.
 */
export function createDetourYoga({
  schema,
  db,
  production,
  auth = OPEN_ACCESS,
  corsOrigins = [],
  graphiql = true,
  maxRequestBodyBytes = MAX_REQUEST_BODY_BYTES,
  rateLimit,
  accessIndex = new AccessIndex(db, DEFAULT_ANALYSIS),
}: YogaOptions): DetourYoga {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    context: ({ request }) =>
      createContext(db, accessIndex, identify(auth, request.headers.get('authorization'))),
    plugins: [
      useReadAccess(auth),
      ...hardeningPlugins({
        maxRequestBodyBytes,
        ...(rateLimit === undefined ? {} : { rateLimit }),
      }),
    ],
    maskedErrors: { maskError: maskDetourError, isDev: false },
    graphiql: graphiql ? graphiqlOptions(schema) : false,
    renderGraphiQL: renderGraphiqlPage,
    landingPage: false,
    logging: requestLogger(production ? 'warn' : 'info'),
    cors: corsPolicy(corsOrigins),
    // hardening/bodyLimit.ts enforces maxRequestBodyBytes, with Yoga's answers and less work.
    maxRequestBodySize: false,
    // One operation per request: a batch would multiply every per-operation limit.
    batching: false,
    // No file uploads: multipart/form-data is only a way around CSRF prevention.
    multipart: false,
  });
}
