/**
 * A server under test, in its own process so the load generator does not share its event loop:
 *   tsx serve.ts <detour|bare|neo4j-graphql|hello> [boltUri] [profile.cpuprofile]
 *     [--analysis-cache-mb N] [--analysis-max-steps N]
 * Prints `BENCH_SERVER_READY <port>` once listening on 127.0.0.1; exits when stdin closes. With a
 * profile path, the line `profile-start` on stdin starts V8's CPU profiler, and the profile is
 * written there on exit: only the measured load is profiled, not start-up. The line `memory`
 * prints `BENCH_MEMORY <process.memoryUsage() as JSON>`, after a full GC when run with --expose-gc.
 */
import { writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { Session } from 'node:inspector/promises';
import { createInterface } from 'node:readline';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../../apps/api/src/config.ts';
import { connect } from '../../../apps/api/src/db/connect.ts';
import { createDatabase } from '../../../apps/api/src/db/database.ts';
import { AccessIndex } from '../../../apps/api/src/modules/analyses/accessIndex.ts';
import { createDetourServer } from '../../../apps/api/src/server.ts';
import { createBareServer } from './bareServer.ts';
import { createNeo4jGraphqlServer } from './neo4jGraphqlServer.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { 'analysis-cache-mb': { type: 'string' }, 'analysis-max-steps': { type: 'string' } },
});
const [kind, uri, profileTo] = positionals;
const analysisCacheMb = values['analysis-cache-mb'];
const analysisMaxSteps = values['analysis-max-steps'];

async function serverFor(): Promise<Server> {
  if (kind === 'hello') {
    return createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"hello":"world"}');
    });
  }
  if (uri === undefined || uri === '-') throw new Error(`serve ${String(kind)}: give the Bolt URI`);
  // Production settings, as `pnpm start` has them; only the database is given, and the per-client
  // rate limit is off: every workload (W5's 32 analysts too) comes from one address, 127.0.0.1.
  // W6 gives DETOUR_ANALYSIS_CACHE_MB (0: every analysis is computed afresh).
  const config = loadConfig({
    NEO4J_URI: uri,
    NODE_ENV: 'production',
    DETOUR_RATE_LIMIT_PER_MINUTE: '0',
    ...(analysisCacheMb === undefined ? {} : { DETOUR_ANALYSIS_CACHE_MB: analysisCacheMb }),
    ...(analysisMaxSteps === undefined ? {} : { DETOUR_ANALYSIS_MAX_STEPS: analysisMaxSteps }),
  });
  // As main.ts: stack traces are not mapped to TypeScript in production (tsx turned that on).
  // Every server under test runs so, @neo4j/graphql and the bare driver too.
  process.setSourceMapsEnabled(config.sourceMaps);
  const connection = await connect(config, () => undefined);
  switch (kind) {
    case 'detour': {
      const db = createDatabase(connection.driver, connection.database, config.queryTimeoutMs);
      // As main.ts builds it, but the access graph is not read at start: W6 times the first read
      // (the index logs it to stdout, where startServer keeps the lines).
      const accessIndex = new AccessIndex(db, {
        ...config.analysis,
        log: (line) => {
          console.log(line);
        },
      });
      return createDetourServer({
        db,
        production: config.production,
        webDist: null,
        auth: config.auth,
        corsOrigins: config.corsOrigins,
        graphiql: config.graphiql,
        maxRequestBodyBytes: config.maxRequestBodyBytes,
        rateLimit: config.rateLimit,
        accessIndex,
      });
    }
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
let profiler: Session | null = null;
const control = createInterface({ input: process.stdin });
/** What the process holds; with --expose-gc (startServer passes it) only what survives a full GC. */
function reportMemory(): void {
  (globalThis as { gc?: () => void }).gc?.();
  console.log(`BENCH_MEMORY ${JSON.stringify(process.memoryUsage())}`);
}

control.on('line', (line) => {
  if (line === 'memory') {
    reportMemory();
    return;
  }
  if (line !== 'profile-start' || profileTo === undefined || profiler !== null) return;
  const session = new Session();
  session.connect();
  profiler = session;
  void session.post('Profiler.enable').then(() => session.post('Profiler.start'));
});
control.on('close', () => {
  const done = (): never => process.exit(0);
  if (profiler === null || profileTo === undefined) done();
  else {
    void profiler
      .post('Profiler.stop')
      .then(({ profile }) => writeFile(profileTo, JSON.stringify(profile)))
      .finally(done);
  }
});
