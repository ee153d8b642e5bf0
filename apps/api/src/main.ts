/**
 * `pnpm start`: reads the configuration, starts the embedded Neo4j unless NEO4J_URI is set,
 * prepares the schema, loads the seed data into an empty database and serves everything on one port.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig } from './config.ts';
import { connect } from './db/connect.ts';
import { createDatabase } from './db/database.ts';
import { ensureSchema } from './db/schema.ts';
import { startHeapSamples } from './heapSamples.ts';
import { drainable } from './http/drainable.ts';
import { AccessIndex } from './modules/analyses/accessIndex.ts';
import { loadSeed } from './modules/datasets/loadSeed.ts';
import { createDetourServer } from './server.ts';

const log = (line: string): void => {
  console.log(line);
};

async function main(): Promise<void> {
  const config = loadConfig();
  // tsx maps every stack trace back to TypeScript; production reads too many of them to pay that.
  process.setSourceMapsEnabled(config.sourceMaps);
  const connection = await connect(config, log);
  const db = createDatabase(connection.driver, connection.database, config.queryTimeoutMs);
  const searchable = await ensureSchema(db);
  if (searchable > 0)
    log(
      `Normalised the names of ${String(searchable)} entities for search (a database from an older Detour).`,
    );
  await loadSeed(db, config.seedDir, log);

  const webDist = existsSync(config.webDist) ? config.webDist : null;
  if (webDist === null)
    log(
      `No built web app at ${config.webDist}; serving the API only (run pnpm start to build it).`,
    );
  const accessIndex = new AccessIndex(db, { ...config.analysis, log });
  const server = createDetourServer({
    db,
    production: config.production,
    webDist,
    auth: config.auth,
    corsOrigins: config.corsOrigins,
    graphiql: config.graphiql,
    maxRequestBodyBytes: config.maxRequestBodyBytes,
    rateLimit: config.rateLimit,
    accessIndex,
  });
  const drain = drainable(server);
  if (config.heapSamples !== null)
    startHeapSamples(config.heapSamples.file, config.heapSamples.intervalMs);
  server.listen(config.port, config.host, () => {
    const { port } = server.address() as AddressInfo;
    log(
      `Detour is running at http://localhost:${String(port)} (GraphQL at http://localhost:${String(port)}/graphql)`,
    );
    // The analyses need the access graph; reading it now spares the first analyst the wait.
    if (config.analysis.warm)
      accessIndex.warm().catch((error: unknown) => {
        log(`Access graph not read at start (the first analysis will read it): ${String(error)}`);
      });
  });

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    // Requests in progress finish (up to shutdownGraceMs) before the database connection closes.
    log(`${signal}: stopping Detour once the requests in progress are answered …`);
    void drain(config.shutdownGraceMs)
      .then(() => db.close())
      .then(() => connection.embedded?.stop())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', () => {
    stop('SIGINT');
  });
  process.on('SIGTERM', () => {
    stop('SIGTERM');
  });
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ConfigError
      ? `Configuration error: ${error.message}`
      : error instanceof Error
        ? error.message
        : error,
  );
  process.exit(1);
});
