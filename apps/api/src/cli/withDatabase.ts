import { loadConfig } from '../config.ts';
import { connect } from '../db/connect.ts';
import { createDatabase, type Database } from '../db/database.ts';
import { ensureSchema, type EnsureSchemaOptions } from '../db/schema.ts';

export interface WithDatabaseOptions {
  readonly schema?: EnsureSchemaOptions;
  /** See ConnectOptions.transactionTimeoutSeconds. */
  readonly transactionTimeoutSeconds?: number;
}

/**
 * Runs a CLI command against the configured database: the server at NEO4J_URI, the embedded
 * Neo4j that `pnpm start` is already running on the data directory, or a fresh embedded one.
 */
export async function withDatabase<T>(
  work: (db: Database) => Promise<T>,
  log: (line: string) => void,
  options: WithDatabaseOptions = {},
): Promise<T> {
  const config = loadConfig();
  const connection = await connect(config, log, {
    attach: true,
    ...(options.transactionTimeoutSeconds === undefined
      ? {}
      : { transactionTimeoutSeconds: options.transactionTimeoutSeconds }),
  });
  const db = createDatabase(connection.driver, connection.database, config.queryTimeoutMs);
  try {
    const searchable = await ensureSchema(db, options.schema);
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
