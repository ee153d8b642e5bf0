/**
 * `pnpm db:start`: runs the embedded Neo4j on its own (e.g. to browse it with cypher-shell or to
 * share one database between several API processes). `--build-only` just builds the launcher.
 * Usage: db:start [--port 7687] [--data-dir .detour/neo4j] [--build-only]
 */
import { parseArgs } from 'node:util';
import { buildLauncher } from './buildLauncher.ts';
import { startNeo4j } from './startNeo4j.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '7687' },
    'data-dir': {
      type: 'string',
      default: new URL('../../../.detour/neo4j', import.meta.url).pathname,
    },
    'build-only': { type: 'boolean', default: false },
  },
});

if (values['build-only']) {
  await buildLauncher();
} else {
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`--port: expected a port number between 1 and 65535, got "${values.port}"`);
    process.exit(2);
  }
  const neo4j = await startNeo4j({ port, dataDir: values['data-dir'] });
  const shutdown = (): void => {
    void neo4j.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
