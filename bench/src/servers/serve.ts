/**
 * A server under test, in its own process so the load generator does not share its event loop:
 *   tsx serve.ts <detour|bare|neo4j-graphql|hello> [boltUri]
 * Prints `BENCH_SERVER_READY <port>` once listening on 127.0.0.1; exits when stdin closes.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../../apps/api/src/config.ts';
import { connect } from '../../../apps/api/src/db/connect.ts';
import { createDatabase } from '../../../apps/api/src/db/database.ts';
import { createDetourServer } from '../../../apps/api/src/server.ts';
import { createBareServer } from './bareServer.ts';
import { createNeo4jGraphqlServer } from './neo4jGraphqlServer.ts';

const [kind, uri] = process.argv.slice(2);

async function serverFor(): Promise<Server> {
  if (kind === 'hello') {
    return createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"hello":"world"}');
    });
  }
  if (uri === undefined) throw new Error(`serve ${String(kind)}: give the Bolt URI`);
  // Production settings, as `pnpm start` has them; only the database is given.
  const config = loadConfig({ NEO4J_URI: uri, NODE_ENV: 'production' });
  const connection = await connect(config, () => undefined);
  switch (kind) {
    case 'detour':
      return createDetourServer({
        db: createDatabase(connection.driver, connection.database, config.queryTimeoutMs),
        production: config.production,
        webDist: null,
        auth: config.auth,
        corsOrigins: config.corsOrigins,
        graphiql: config.graphiql,
        maxRequestBodyBytes: config.maxRequestBodyBytes,
      });
    case 'bare':
      return createBareServer(connection.driver);
    case 'neo4j-graphql':
      return createNeo4jGraphqlServer(connection.driver);
    default:
      throw new Error(`serve: unknown server "${String(kind)}"`);
  }
}

const server = await serverFor();
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  console.log(`BENCH_SERVER_READY ${String((server.address() as AddressInfo).port)}`);
});
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
