import { loadConfig } from '../config.ts';
import { connect } from '../db/connect.ts';
import { createDatabase, type Database } from '../db/database.ts';
import { ensureSchema } from '../db/schema.ts';

/**
 * Runs a CLI command against the configured database: the server at NEO4J_URI, the embedded
 * Neo4j that `pnpm start` is already running on the data directory, or a fresh embedded one.
 */
export async function withDatabase<T>(
  work: (db: Database) => Promise<T>,
  log: (line: string) => void,
): Promise<T> {
  const config = loadConfig();
  const connection = await connect(config, log, { attach: true });
  const db = createDatabase(connection.driver, connection.database, config.queryTimeoutMs);
  try {
    const searchable = await ensureSchema(db);
    if (searchable > 0)
      log(
        `Normalised the names of ${String(searchable)} entities for search (a database from an older Detour).`,
      );
    return await work(db);
  } finally {
    await db.close();
    await connection.embedded?.stop();
  }
}
