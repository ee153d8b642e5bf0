/**
 * The only module that talks to neo4j-driver (with db/connect.ts). Repositories call read/write
 * with parameterised Cypher and get plain JS objects back (see db/convert.ts).
 */
import neo4j, { type Driver, type Session, type Transaction } from 'neo4j-driver';
import { codedError } from '../errors.ts';
import { toPlain } from './convert.ts';
import { BUMP_DATA_VERSION } from './dataVersion.ts';
import { retryTransient, UNAVAILABLE_CODES } from './retryTransient.ts';

export type Params = Readonly<Record<string, unknown>>;
export type Row = Readonly<Record<string, unknown>>;

export interface Tx {
  run(cypher: string, params?: Params): Promise<Row[]>;
  /** Runs a query and hands each row to `onRow` as it arrives, holding none of them. */
  each(cypher: string, params: Params, onRow: (row: Row) => void): Promise<void>;
}

export interface Database {
  /**
   * One read statement in its own auto-commit transaction: one round trip (RUN and PULL sent
   * together), where an explicit transaction needs BEGIN, RUN and PULL, then COMMIT.
   */
  read(cypher: string, params?: Params): Promise<Row[]>;
  /** Several reads in one read transaction (one view of the data where the server gives one). */
  readTransaction<T>(work: (tx: Tx) => Promise<T>, timeoutMs?: number): Promise<T>;
  /** A write in its own transaction; it bumps the data version (db/dataVersion.ts). */
  write(cypher: string, params?: Params): Promise<Row[]>;
  /**
   * Runs work in one write transaction: all of it commits or none of it does. The data version
   * is bumped in the same transaction, so no reader can see the change without the new version.
   */
  writeTransaction<T>(work: (tx: Tx) => Promise<T>, timeoutMs?: number): Promise<T>;
  /**
   * A schema statement (constraint, index): Neo4j runs these apart from data writes. On a store
   * that already holds data, creating one waits for its index to be filled: give it time.
   */
  schema(cypher: string, timeoutMs?: number): Promise<void>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** Neo4j stopped the transaction at the timeout the driver sent with it. */
const TIMED_OUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

function driverError(error: unknown): { code: string; message: string } | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, message } = error as { code?: unknown; message?: unknown };
  return typeof code === 'string' && typeof message === 'string' ? { code, message } : null;
}

function mapError(error: unknown): unknown {
  const driver = driverError(error);
  if (driver === null) return error;
  // Every pooled connection stayed busy for connectionAcquisitionTimeout: overloaded, not broken.
  const poolExhausted = driver.message.startsWith('Connection acquisition timed out');
  // UNAVAILABLE_CODES: what the driver reports when the server is down, restarting or unreachable.
  if (UNAVAILABLE_CODES.has(driver.code) || poolExhausted)
    return codedError('DATABASE_UNAVAILABLE', 'The database is not available; try again shortly.');
  if (TIMED_OUT.has(driver.code))
    return codedError(
      'QUERY_TIMEOUT',
      'The query ran longer than the server allows and was stopped; ask for less (fewer hops, a smaller first) or narrow it.',
    );
  return error;
}

function txRunner(tx: Transaction): Tx {
  return {
    run: async (cypher, params = {}) => {
      const result = await tx.run(cypher, params);
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    },
    each: async (cypher, params, onRow) => {
      for await (const record of tx.run(cypher, params)) onRow(toPlain(record.toObject()) as Row);
    },
  };
}

/** Work in a write transaction, then the data version bump, last so its lock is held briefly. */
function versioned<T>(work: (tx: Tx) => Promise<T>): (tx: Tx) => Promise<T> {
  return async (tx) => {
    const result = await work(tx);
    await tx.run(BUMP_DATA_VERSION);
    return result;
  };
}

/** A session on `database` that starts after every write its bookmark manager has seen. */
function openSession(driver: Driver, database: string, mode: 'READ' | 'WRITE'): Session {
  return driver.session({
    database,
    defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    // Shared with executeQuery, so a read sees earlier writes on a cluster too.
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
}

/**
 * One statement as an auto-commit transaction: the driver sends RUN and PULL in one write and
 * the answer comes back in one, with the same timeout and bookmarks as an explicit transaction.
 */
async function autoCommitRead(
  driver: Driver,
  database: string,
  timeoutMs: number,
  cypher: string,
  params: Params,
): Promise<Row[]> {
  const session = openSession(driver, database, 'READ');
  try {
    const result = await session.run(cypher, params, { timeout: timeoutMs });
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  } finally {
    await session.close();
  }
}

/**
 * One explicit transaction, committed when work resolves and rolled back when it throws. Not
 * the driver's executeQuery/executeWrite: those always repeat a failure on a stopped server once,
 * a second later (see db/connect.ts); transient conflicts are repeated by retryTransient instead.
 */
async function inTransaction<T>(
  driver: Driver,
  database: string,
  mode: 'READ' | 'WRITE',
  timeoutMs: number,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  const session = openSession(driver, database, mode);
  try {
    const tx = await session.beginTransaction({ timeout: timeoutMs });
    try {
      const result = await work(txRunner(tx));
      await tx.commit();
      return result;
    } catch (error) {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      throw error;
    }
  } finally {
    await session.close();
  }
}

export function createDatabase(driver: Driver, database: string, queryTimeoutMs: number): Database {
  const transaction = async <T>(
    mode: 'READ' | 'WRITE',
    timeoutMs: number,
    work: (tx: Tx) => Promise<T>,
  ): Promise<T> => {
    try {
      return await retryTransient(() => inTransaction(driver, database, mode, timeoutMs, work));
    } catch (error) {
      throw mapError(error);
    }
  };
  return {
    read: async (cypher, params = {}) => {
      try {
        return await retryTransient(() =>
          autoCommitRead(driver, database, queryTimeoutMs, cypher, params),
        );
      } catch (error) {
        throw mapError(error);
      }
    },
    readTransaction: (work, timeoutMs = queryTimeoutMs) => transaction('READ', timeoutMs, work),
    write: (cypher, params = {}) =>
      transaction(
        'WRITE',
        queryTimeoutMs,
        versioned((tx) => tx.run(cypher, params)),
      ),
    writeTransaction: (work, timeoutMs = queryTimeoutMs) =>
      transaction('WRITE', timeoutMs, versioned(work)),
    schema: async (cypher, timeoutMs = queryTimeoutMs) => {
      await transaction('WRITE', timeoutMs, (tx) => tx.run(cypher));
    },
    ping: async () => {
      try {
        await inTransaction(driver, database, 'READ', 2_000, (tx) => tx.run('RETURN 1'));
        return true;
      } catch {
        return false;
      }
    },
    close: () => driver.close(),
  };
}
