import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import pg from 'pg';
import type { AppConfig } from '../config/app-schema.js';
import { AppError } from '../errors.js';
import type { Logger } from '../logger.js';
import { type Database, poolDatabase, singleSessionDatabase } from './database.js';
import { migrate } from './migrate.js';
import { lockPglite } from './pglite-lock.js';

/** PGlite's folder and lock file under DATA_DIR. */
export function pgliteDir(dataDir: string): string {
  return path.join(dataDir, 'pglite');
}

async function openPglite(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const release = lockPglite(path.join(dataDir, 'pglite.lock'));
  try {
    const pglite = await PGlite.create(pgliteDir(dataDir));
    const client = new pg.Client(createPgConfig(pglite) as pg.ClientConfig);
    await client.connect();
    return singleSessionDatabase(client, async () => {
      await pglite.close();
      release();
    });
  } catch (err) {
    release();
    throw err;
  }
}

async function openServer(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 5, connectionTimeoutMillis: 10_000, idleTimeoutMillis: 30_000 });
  // A dropped idle connection must not crash the process; the next query opens a new one.
  pool.on('error', () => undefined);
  try {
    await pool.query('SELECT 1');
  } catch (err) {
    await pool.end().catch(() => undefined);
    // The URL may hold a password: name the host only.
    const host = new URL(url).host;
    throw new AppError('DATABASE_UNAVAILABLE', `cannot reach PostgreSQL at ${host}: ${(err as Error).message}`, { cause: err });
  }
  return poolDatabase(pool);
}

/**
 * Opens the database (`database.url`, else PGlite under DATA_DIR) and brings its schema up to date. Throws
 * DATABASE_BUSY when another process has the PGlite folder open, DATABASE_UNAVAILABLE when the server cannot be reached.
 */
export async function openDatabase(app: Pick<AppConfig, 'dataDir' | 'database'>, logger: Logger): Promise<Database> {
  const log = logger.child({ module: 'store' });
  const started = Date.now();
  const db = app.database.url ? await openServer(app.database.url) : await openPglite(app.dataDir);
  try {
    const applied = await migrate(db);
    log.info({ kind: db.kind, migrations: applied, ms: Date.now() - started }, 'database open');
    return db;
  } catch (err) {
    await db.close().catch(() => undefined);
    throw err;
  }
}

/**
 * For processes that only read submissions (the indexer run by hand, the indexer daemon): the database, or null
 * when PGlite is held by the running server (whose own indexer publishes submissions then).
 */
export async function openDatabaseIfFree(app: Pick<AppConfig, 'dataDir' | 'database'>, logger: Logger): Promise<Database | null> {
  try {
    return await openDatabase(app, logger);
  } catch (err) {
    if (!(err instanceof AppError) || err.code !== 'DATABASE_BUSY') throw err;
    logger.warn({ code: err.code, reason: err.message }, 'submissions are not read in this process');
    return null;
  }
}
