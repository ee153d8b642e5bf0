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

const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

function isUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && UNAVAILABLE.has(code);
}

function mapError(error: unknown): unknown {
  if (isUnavailable(error))
    return codedError('DATABASE_UNAVAILABLE', 'The database is not available; try again shortly.');
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
