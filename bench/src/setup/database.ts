import { startNeo4j, type RunningNeo4j } from '@detour/neo4j-embedded';
import { loadConfig } from '../../../apps/api/src/config.ts';
import { connect, type Connection } from '../../../apps/api/src/db/connect.ts';
import { createDatabase, type Database } from '../../../apps/api/src/db/database.ts';
import type { Neo4jMemory } from './store.ts';

/** neo4j-driver's Driver, as Detour's db/connect.ts configures it (the bench never builds its own). */
export type Driver = Connection['driver'];

export interface OpenDatabase {
  readonly neo4j: RunningNeo4j;
  /** The bare driver: what the raw-Cypher baselines use. */
  readonly driver: Driver;
  /** Detour's own database layer on the same driver: what the API uses. */
  readonly db: Database;
  readonly neo4jVersion: string;
  close(): Promise<void>;
}

/**
 * Starts an embedded Neo4j on a data directory and connects to it the way Detour does (same
 * driver options, same query timeout), with APOC core loaded when asked (for @neo4j/graphql).
 */
export async function openDatabase(
  dataDir: string,
  memory: Neo4jMemory,
  apoc: boolean,
  log: (line: string) => void,
): Promise<OpenDatabase> {
  const neo4j = await startNeo4j({
    dataDir,
    ...memory,
    apoc,
    log: (line) => {
      log(`  ${line}`);
    },
  });
  try {
    const config = loadConfig({ NEO4J_URI: neo4j.uri });
    const connection = await connect(config, log);
    const db = createDatabase(connection.driver, connection.database, config.queryTimeoutMs);
    const info = await connection.driver.getServerInfo({ database: 'neo4j' });
    return {
      neo4j,
      driver: connection.driver,
      db,
      neo4jVersion: info.agent ?? 'unknown',
      close: async () => {
        await db.close();
        await neo4j.stop();
      },
    };
  } catch (error) {
    await neo4j.stop();
    throw error;
  }
}
