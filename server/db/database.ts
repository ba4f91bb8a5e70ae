import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { logger } from '../logger';
import { isConnectionLoss, isTransactionConflict } from './databaseErrors';

export type Row = Record<string, unknown>;

export interface Queryable {
  query<T extends Row = Row>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Transaction extends Queryable {
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** The one interface the routes use, whichever PostgreSQL is underneath. */
export interface Database extends Transaction {
  readonly kind: 'pglite' | 'postgres';
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The embedded database, which can also be copied whole (a data directory to start another from). */
export interface EmbeddedDatabase extends Database {
  dump(): Promise<Blob>;
}

// Dates (OID 1082) stay 'YYYY-MM-DD' strings: a birth date has no time zone.
const DATE_OID = 1082;
const INT8_OID = 20;
const CONNECT_TIMEOUT_MS = 10_000;
const CONFLICT_ATTEMPTS = 4;

/** `from`: a data directory dumped earlier (PGlite's dumpDataDir) to start from, e.g. the tests' migrated template. */
export async function openPglite(dataDir?: string, from?: Blob): Promise<EmbeddedDatabase> {
  // PGlite creates its own folder but not the ones above it: a fresh clone has no data/ (git ignores it).
  if (dataDir) mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const db = await PGlite.create({
    dataDir,
    loadDataDir: from,
    extensions: { pg_trgm },
    parsers: { [DATE_OID]: (v: string) => v, [INT8_OID]: (v: string) => Number(v) },
  });
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Transaction => ({
    async query<T extends Row>(sql: string, params?: unknown[]) {
      return (await q.query<T>(sql, params)).rows;
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  return {
    kind: 'pglite',
    ...wrap(db),
    transaction: (work) => db.transaction((tx) => work(wrap(tx))),
    close: () => db.close(),
    dump: () => db.dumpDataDir('none'),
  };
}

export async function openPostgres(connectionString: string): Promise<Database> {
  const types = {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === DATE_OID) return (v: string) => v;
      if (oid === INT8_OID) return (v: string) => Number(v);
      return pg.types.getTypeParser(oid, format);
    },
  };
  // A database that does not answer (a failover in progress) fails the request after CONNECT_TIMEOUT_MS
  // rather than holding it forever; keep-alive notices a connection whose server vanished.
  const pool = new pg.Pool({ connectionString, types, max: 10, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, keepAlive: true });
  // A dropped idle connection must not crash the process; the next query opens a new one.
  pool.on('error', (err) => logger.warn({ err: err.message }, 'PostgreSQL dropped an idle connection'));
  return {
    kind: 'postgres',
    async query<T extends Row>(sql: string, params?: unknown[]) {
      return (await pool.query(sql, params as unknown[])).rows as T[];
    },
    async exec(sql) {
      await pool.query(sql);
    },
    transaction: (work) => retryConflicts(() => transactionOnce(pool, work)),
    close: () => pool.end(),
  };
}

/**
 * One transaction on a client of its own. The server ending the connection mid-transaction (a failover,
 * pg_terminate_backend) arrives as the client's 'error' event, which crashes Node unless someone listens:
 * the pool listens only while the client is idle, so we do while we hold it. A broken client is handed
 * back with its error, so the pool destroys it instead of lending it out again. PostgreSQL rolls back a
 * transaction whose connection ends before COMMIT, so nothing is half-written.
 */
async function transactionOnce<T>(pool: pg.Pool, work: (tx: Transaction) => Promise<T>): Promise<T> {
  let lost: Error | undefined;
  const onLost = (err: Error) => {
    lost = err;
  };
  // Listening from the callback, not after `await pool.connect()`: the client can come straight from a
  // previous user whose last answer and the server's goodbye arrived in one read, and the 'error' for
  // the goodbye is emitted before an awaiting caller would run.
  const client = await new Promise<pg.PoolClient>((resolve, reject) =>
    pool.connect((err, connected) => {
      if (err || !connected) return reject(err);
      connected.on('error', onLost);
      resolve(connected);
    }),
  );
  try {
    await client.query('BEGIN');
    const result = await work({
      query: async <R extends Row>(sql: string, params?: unknown[]) => (await client.query(sql, params as unknown[])).rows as R[],
      exec: async (sql: string) => void (await client.query(sql)),
    });
    await client.query('COMMIT');
    return result;
  } catch (err) {
    if (isConnectionLoss(err)) lost ??= err as Error;
    if (!lost) await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.off('error', onLost);
    if (lost) logger.warn({ err: lost.message }, 'PostgreSQL connection lost during a transaction');
    client.release(lost);
  }
}

/**
 * PostgreSQL breaks a deadlock or a serialization failure by rolling one transaction back; run again, it
 * usually goes through. Safe because a transaction's work reads what it needs inside the transaction and
 * does nothing outside it (mail waits in the outbox). After the last attempt the conflict reaches the
 * caller, who answers 409.
 */
async function retryConflicts<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      if (!isTransactionConflict(err) || attempt >= CONFLICT_ATTEMPTS) throw err;
      logger.warn({ code: (err as { code?: string }).code, attempt }, 'transaction conflicted with another; running it again');
      // A random pause, so the two that collided do not collide again in step.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

export function openDatabase(options: { databaseUrl?: string; dataDir?: string }): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.dataDir);
}
