import type { Queryable } from './database.js';

/** Records a solved challenge; false when it was used before (a replayed solution). */
export async function spendChallenge(db: Queryable, signature: string, expiresAt: number): Promise<boolean> {
  const rows = await db.query('INSERT INTO altcha_spent (signature, expires_at) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING signature', [signature, expiresAt]);
  return rows.length === 1;
}

export async function forgetSpentBefore(db: Queryable, now: number): Promise<number> {
  const rows = await db.query('DELETE FROM altcha_spent WHERE expires_at < $1 RETURNING signature', [now]);
  return rows.length;
}
