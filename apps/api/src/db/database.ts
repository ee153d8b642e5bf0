/**
 * The only module that talks to neo4j-driver (with db/connect.ts). Repositories call read/write
 * with parameterised Cypher and get plain JS objects back (see db/convert.ts).
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { codedError } from '../errors.ts';
import { toPlain } from './convert.ts';

export type Params = Readonly<Record<string, unknown>>;
export type Row = Readonly<Record<string, unknown>>;

export interface Tx {
  run(cypher: string, params?: Params): Promise<Row[]>;
}

export interface Database {
  read(cypher: string, params?: Params): Promise<Row[]>;
  write(cypher: string, params?: Params): Promise<Row[]>;
  /** Runs work in one write transaction: all of it commits or none of it does. */
  writeTransaction<T>(work: (tx: Tx) => Promise<T>, timeoutMs?: number): Promise<T>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/** What the driver reports when the server is down, restarting or unreachable (refused too). */
const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

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
  if (UNAVAILABLE.has(driver.code) || poolExhausted)
    return codedError('DATABASE_UNAVAILABLE', 'The database is not available; try again shortly.');
  if (TIMED_OUT.has(driver.code))
    return codedError(
      'QUERY_TIMEOUT',
      'The query ran longer than the server allows and was stopped; ask for less (fewer hops, a smaller first) or narrow it.',
    );
  return error;
}

function txRunner(tx: ManagedTransaction): Tx {
  return {
    run: async (cypher, params = {}) => {
      const result = await tx.run(cypher, params);
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    },
  };
}

export function createDatabase(driver: Driver, database: string, queryTimeoutMs: number): Database {
  const run = async (mode: 'READ' | 'WRITE', cypher: string, params: Params): Promise<Row[]> => {
    try {
      const result = await driver.executeQuery(cypher, params, {
        database,
        routing: mode === 'READ' ? neo4j.routing.READ : neo4j.routing.WRITE,
        transactionConfig: { timeout: queryTimeoutMs },
      });
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    } catch (error) {
      throw mapError(error);
    }
  };
  return {
    read: (cypher, params = {}) => run('READ', cypher, params),
    write: (cypher, params = {}) => run('WRITE', cypher, params),
    writeTransaction: async (work, timeoutMs = queryTimeoutMs) => {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
      try {
        return await session.executeWrite((tx) => work(txRunner(tx)), { timeout: timeoutMs });
      } catch (error) {
        throw mapError(error);
      } finally {
        await session.close();
      }
    },
    ping: async () => {
      try {
        await driver.executeQuery(
          'RETURN 1',
          {},
          { database, transactionConfig: { timeout: 2000 } },
        );
        return true;
      } catch {
        return false;
      }
    },
    close: () => driver.close(),
  };
}
