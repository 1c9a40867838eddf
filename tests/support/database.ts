import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from '../../src/store/database.js';
import { openDatabase } from '../../src/store/open-database.js';
import { quietLogger } from './engine.js';

/**
 * The database the submission tests run on: PGlite in the test's data folder, or, when TEST_DATABASE_URL names a
 * PostgreSQL server (CI starts one), a fresh database created on it for this test file and dropped afterwards.
 */
export interface TestDatabase {
  database: Database;
  /** The URL of the fresh database on the server; null on PGlite. */
  url: string | null;
  close(): Promise<void>;
}

export const testServerUrl = (): string | null => process.env.TEST_DATABASE_URL?.trim() || null;

export async function startTestDatabase(dataDir: string): Promise<TestDatabase> {
  const server = testServerUrl();
  if (!server) {
    const database = await openDatabase({ dataDir, database: { url: null } }, quietLogger);
    return { database, url: null, close: () => database.close() };
  }
  const name = `upptack_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const database = await openDatabase({ dataDir, database: { url: url.href } }, quietLogger);
  return {
    database,
    url: url.href,
    async close() {
      await database.close();
      const drop = new pg.Client({ connectionString: server });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}
