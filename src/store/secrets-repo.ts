import type { Queryable } from './database.js';

/**
 * A secret every process shares (through the database, so several web processes agree): the stored one, or `make()`
 * stored now. Two processes racing keep the first one written.
 */
export async function sharedSecret(db: Queryable, name: string, make: () => string, now: number): Promise<string> {
  await db.query('INSERT INTO app_secrets (name, value, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING', [name, make(), now]);
  const rows = await db.query<{ value: string }>('SELECT value FROM app_secrets WHERE name = $1', [name]);
  const value = rows[0]?.value;
  if (!value) throw new Error(`secret ${name} missing after insert`);
  return value;
}
