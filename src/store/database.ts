import type pg from 'pg';

/** What a repository runs its SQL on: the database itself, or one transaction of it. */
export interface Queryable {
  /** Rows of one statement; `$1`… placeholders, values passed separately (never concatenated into the SQL). */
  query<R extends object = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

/**
 * The one SQL layer over PostgreSQL, whichever server runs it: PGlite (Postgres compiled to WebAssembly, the default)
 * or a real server named by `DATABASE_URL`. Both are driven through node-postgres, so every statement is the same.
 */
export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. Inside `fn` use `tx` only:
   * on PGlite a statement on the database itself waits for the transaction to end.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

type Client = Pick<pg.ClientBase, 'query'>;

function queryable(client: Client): Queryable {
  return {
    async query<R extends object>(sql: string, params: readonly unknown[] = []) {
      const result = await client.query(sql, params as unknown[]);
      return result.rows as R[];
    },
  };
}

async function inTransaction<T>(client: Client, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const out = await fn(queryable(client));
    await client.query('COMMIT');
    return out;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

/** A real server: a pool of connections, one per transaction. */
export function poolDatabase(pool: pg.Pool, onClose: () => Promise<void> = async () => undefined): Database {
  return {
    kind: 'postgres',
    query: (sql, params) => queryable(pool).query(sql, params),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        return await inTransaction(client, fn);
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
      await onClose();
    },
  };
}

/**
 * PGlite: one session only, so statements take turns. A transaction holds the turn until it ends, so no other
 * statement can land inside it (which a pool over the one session would allow).
 */
export function singleSessionDatabase(client: pg.Client, onClose: () => Promise<void>): Database {
  let turn: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = turn.then(fn, fn);
    turn = run.catch(() => undefined);
    return run;
  };
  return {
    kind: 'pglite',
    query: (sql, params) => exclusive(() => queryable(client).query(sql, params)),
    transaction: (fn) => exclusive(() => inTransaction(client, fn)),
    async close() {
      await exclusive(async () => undefined);
      await client.end();
      await onClose();
    },
  };
}
