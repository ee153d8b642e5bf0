import neo4j, { type AuthToken, type Driver } from 'neo4j-driver';
import { findRunningNeo4j, startNeo4j, type RunningNeo4j } from '@detour/neo4j-embedded';
import type { Config } from '../config.ts';

export interface Connection {
  readonly driver: Driver;
  readonly database: string;
  /** What the log and /ready show: the URI (never the password). */
  readonly uri: string;
  /** Stops the embedded Neo4j if this process started it. */
  readonly embedded: RunningNeo4j | null;
}

export interface ConnectOptions {
  /** Use an embedded Neo4j that already serves the data directory (the CLI beside `pnpm start`). */
  readonly attach?: boolean;
  /**
   * The embedded Neo4j's own limit on any transaction (60 s by default); longer where the CLI
   * creates constraints over a store the batch importer has just filled.
   */
  readonly transactionTimeoutSeconds?: number;
}

/**
 * With no NEO4J_URI, starts the embedded Neo4j; otherwise connects to the given server.
 * Fails fast with a message naming the URI when the server cannot be reached.
 */
export async function connect(
  config: Config,
  log: (line: string) => void,
  options: ConnectOptions = {},
): Promise<Connection> {
  const { neo4j: db } = config;
  let embedded: RunningNeo4j | null = null;
  let uri: string;
  let auth: AuthToken | undefined; // none: the embedded Neo4j runs with auth off
  const attached =
    db.mode === 'embedded' && options.attach === true ? await findRunningNeo4j(db.dataDir) : null;
  if (attached !== null) {
    uri = attached;
  } else if (db.mode === 'embedded') {
    embedded = await startNeo4j({
      dataDir: db.dataDir,
      heapMiB: db.heapMiB,
      pageCacheMiB: db.pageCacheMiB,
      ...(db.port === undefined ? {} : { port: db.port }),
      ...(options.transactionTimeoutSeconds === undefined
        ? {}
        : { transactionTimeoutSeconds: options.transactionTimeoutSeconds }),
      log,
    });
    uri = embedded.uri;
  } else {
    uri = db.uri;
    if (db.user !== undefined && db.password !== undefined)
      auth = neo4j.auth.basic(db.user, db.password);
  }
  // A request waits at most databaseWaitMs for a connection; no driver retries, which would wait
  // 1, 2, 4 … s more: a stopped database answers DATABASE_UNAVAILABLE at once (database.ts
  // repeats only deadlocks and other transient conflicts, a few times, quickly).
  const driver = neo4j.driver(uri, auth, {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: config.databaseWaitMs,
    connectionTimeout: config.databaseWaitMs,
    maxTransactionRetryTime: 0,
  });
  try {
    await driver.getServerInfo({ database: db.database });
  } catch (error) {
    await driver.close();
    await embedded?.stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot connect to Neo4j at ${uri} (database "${db.database}"): ${reason}`);
  }
  return { driver, database: db.database, uri, embedded };
}
