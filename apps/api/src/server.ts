import { createServer, type Server } from 'node:http';
import type { Database } from './db/database.ts';
import { serveStatic } from './http/staticFiles.ts';
import { setSecurityHeaders } from './http/securityHeaders.ts';
import { createSchema } from './schema.ts';
import { createDetourYoga } from './yoga.ts';

export interface ServerOptions {
  readonly db: Database;
  readonly production: boolean;
  /** The built web app; not served when absent. */
  readonly webDist: string | null;
}

/**
 * One port for everything: GraphQL at /graphql, /health (the process is up), /ready (the
 * database answers), and the web app at /. Holds no state of its own, so it scales out.
 */
export function createDetourServer({ db, production, webDist }: ServerOptions): Server {
  const yoga = createDetourYoga({ schema: createSchema(), db, production });
  const statics = webDist === null ? null : serveStatic(webDist);
  return createServer((req, res) => {
    setSecurityHeaders(res);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/graphql') {
      void yoga.handle(req, res);
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
