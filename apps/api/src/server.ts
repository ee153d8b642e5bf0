import { createServer, type Server } from 'node:http';
import type { AuthConfig } from './auth/authenticate.ts';
import type { Database } from './db/database.ts';
import { ASSET_PREFIX, serveGraphiqlAsset } from './graphiql/assets.ts';
import type { RateLimitConfig } from './hardening/rateLimit.ts';
import type { AccessIndex } from './modules/analyses/accessIndex.ts';
import { serveStatic } from './http/staticFiles.ts';
import { setSecurityHeaders } from './http/securityHeaders.ts';
import { createSchema } from './schema.ts';
import { createDetourYoga } from './yoga.ts';

export interface ServerOptions {
  readonly db: Database;
  readonly production: boolean;
  /** The built web app; not served when absent. */
  readonly webDist: string | null;
  /** Bearer tokens and whether reads need one. */
  readonly auth: AuthConfig;
  /** Origins allowed to call /graphql from browsers; none (same origin only) when absent. */
  readonly corsOrigins?: readonly string[];
  /** GraphiQL at GET /graphql and its assets under /graphiql/; on when absent. */
  readonly graphiql?: boolean;
  /** Larger request bodies to /graphql get 413; 100 kB when absent. */
  readonly maxRequestBodyBytes?: number;
  /** Per-client limits on expensive operations; none when absent (tests, the bench). */
  readonly rateLimit?: RateLimitConfig;
  /** The access graph cache for the analyses; one with the default bounds when absent. */
  readonly accessIndex?: AccessIndex;
}

/**
 * One port for everything: GraphQL at /graphql, /health (the process is up), /ready (the
 * database answers), and the web app at /. Holds no state of its own, so it scales out.
 */
export function createDetourServer({
  db,
  production,
  webDist,
  auth,
  corsOrigins = [],
  graphiql = true,
  maxRequestBodyBytes,
  rateLimit,
  accessIndex,
}: ServerOptions): Server {
  const yoga = createDetourYoga({
    schema: createSchema(),
    db,
    production,
    auth,
    corsOrigins,
    graphiql,
    ...(maxRequestBodyBytes === undefined ? {} : { maxRequestBodyBytes }),
    ...(rateLimit === undefined ? {} : { rateLimit }),
    ...(accessIndex === undefined ? {} : { accessIndex }),
  });
  const statics = webDist === null ? null : serveStatic(webDist);
  return createServer((req, res) => {
    setSecurityHeaders(res);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/graphql') {
      void yoga.handle(req, res);
      return;
    }
    if (graphiql && path.startsWith(ASSET_PREFIX)) {
      void serveGraphiqlAsset(req, res);
      return;
    }
    if (path === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      return;
    }
    if (path === '/ready') {
      void db.ping().then((ready) => {
        res
          .writeHead(ready ? 200 : 503, { 'content-type': 'application/json' })
          .end(JSON.stringify({ ready }));
      });
      return;
    }
    if (statics?.(req, res) === true) return;
    res
      .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
      .end('Not found. GraphQL is at /graphql.');
  });
}
