import type { Queryable } from './database.js';

export async function insertSession(db: Queryable, tokenHash: string, moderatorId: number, now: number): Promise<void> {
  await db.query('INSERT INTO moderator_sessions (token_hash, moderator_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)', [tokenHash, moderatorId, now]);
}

/**
 * The moderator of a live session (used since `idleSince`, started since `startedSince`, account not disabled),
 * marking it used now; null otherwise.
 */
export async function useSession(db: Queryable, tokenHash: string, bounds: { idleSince: number; startedSince: number; now: number }): Promise<number | null> {
  const rows = await db.query<{ moderator_id: string }>(
    `UPDATE moderator_sessions ms SET last_seen_at = $4
     FROM moderators m
     WHERE ms.token_hash = $1 AND m.id = ms.moderator_id AND m.disabled_at IS NULL
       AND ms.last_seen_at >= $2 AND ms.created_at >= $3
     RETURNING ms.moderator_id`,
    [tokenHash, bounds.idleSince, bounds.startedSince, bounds.now],
  );
  return rows[0] ? Number(rows[0].moderator_id) : null;
}

export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('DELETE FROM moderator_sessions WHERE token_hash = $1', [tokenHash]);
}

export async function deleteSessionsBefore(db: Queryable, idleSince: number, startedSince: number): Promise<number> {
  const rows = await db.query('DELETE FROM moderator_sessions WHERE last_seen_at < $1 OR created_at < $2 RETURNING token_hash', [idleSince, startedSince]);
  return rows.length;
}

/** Every session of an account ends (turned off, a new password, locked while signed in). */
export async function endSessionsOf(db: Queryable, moderatorId: number): Promise<void> {
  await db.query('DELETE FROM moderator_sessions WHERE moderator_id = $1', [moderatorId]);
}
