import type { Database, Queryable } from './database.js';
import { endSessionsOf } from './sessions-repo.js';

export type ModeratorRole = 'editor' | 'admin';

export interface Moderator {
  id: number;
  email: string;
  name: string;
  role: ModeratorRole;
  passwordHash: string;
  failedLogins: number;
  lockedUntil: number | null;
  createdAt: number;
  disabledAt: number | null;
}

interface Row {
  id: string;
  email: string;
  name: string;
  role: ModeratorRole;
  password_hash: string;
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
  disabled_at: string | null;
}

const toModerator = (r: Row): Moderator => ({
  id: Number(r.id),
  email: r.email,
  name: r.name,
  role: r.role,
  passwordHash: r.password_hash,
  failedLogins: r.failed_logins,
  lockedUntil: r.locked_until === null ? null : Number(r.locked_until),
  createdAt: Number(r.created_at),
  disabledAt: r.disabled_at === null ? null : Number(r.disabled_at),
});

/** Null when the e-mail address is taken. */
export async function insertModerator(
  db: Queryable,
  m: { email: string; name: string; role: ModeratorRole; passwordHash: string; now: number },
): Promise<number | null> {
  const rows = await db.query<{ id: string }>(
    `INSERT INTO moderators (email, name, role, password_hash, created_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (lower(email)) DO NOTHING RETURNING id`,
    [m.email, m.name, m.role, m.passwordHash, m.now],
  );
  return rows[0] ? Number(rows[0].id) : null;
}

export async function moderatorByEmail(db: Queryable, email: string): Promise<Moderator | null> {
  const rows = await db.query<Row>('SELECT * FROM moderators WHERE lower(email) = lower($1)', [email]);
  return rows[0] ? toModerator(rows[0]) : null;
}

export async function moderatorById(db: Queryable, id: number): Promise<Moderator | null> {
  const rows = await db.query<Row>('SELECT * FROM moderators WHERE id = $1', [id]);
  return rows[0] ? toModerator(rows[0]) : null;
}

export async function listModerators(db: Queryable): Promise<Moderator[]> {
  return (await db.query<Row>('SELECT * FROM moderators ORDER BY created_at, id')).map(toModerator);
}

export async function countModerators(db: Queryable): Promise<number> {
  const rows = await db.query<{ n: string }>('SELECT count(*) AS n FROM moderators');
  return Number(rows[0]?.n ?? 0);
}

/** One more wrong password; the account is locked until `lockUntil` when this one reaches `maxFailures`. */
export async function recordFailedLogin(db: Queryable, id: number, maxFailures: number, lockUntil: number): Promise<{ failures: number; locked: boolean }> {
  const rows = await db.query<{ failed_logins: number; locked_until: string | null }>(
    `UPDATE moderators SET failed_logins = failed_logins + 1,
       locked_until = CASE WHEN failed_logins + 1 >= $2 THEN $3 ELSE locked_until END
     WHERE id = $1 RETURNING failed_logins, locked_until`,
    [id, maxFailures, lockUntil],
  );
  const r = rows[0];
  return { failures: r?.failed_logins ?? 0, locked: (r?.failed_logins ?? 0) >= maxFailures };
}

export async function clearFailedLogins(db: Queryable, id: number): Promise<void> {
  await db.query('UPDATE moderators SET failed_logins = 0, locked_until = NULL WHERE id = $1', [id]);
}

/** What an administrator's change to another account came to ('unchanged': it already was so). */
export type AccountChange = 'done' | 'unchanged' | 'self' | 'not-admin' | 'unknown';

/**
 * One administrator's change to another account, in one transaction. The enabled administrators' rows are locked
 * first (in id order) and the acting one must still be among them: an administrator turned off a moment ago changes
 * nothing, and two turning each other off at the same moment leave one of them on (the second finds itself off).
 */
async function byAdmin(db: Database, by: number, id: number, change: (tx: Queryable, target: Row) => Promise<'done' | 'unchanged'>): Promise<AccountChange> {
  if (id === by) return 'self';
  return db.transaction(async (tx) => {
    const admins = await tx.query<{ id: string }>(`SELECT id FROM moderators WHERE role = 'admin' AND disabled_at IS NULL ORDER BY id FOR UPDATE`);
    if (!admins.some((a) => Number(a.id) === by)) return 'not-admin';
    const target = (await tx.query<Row>('SELECT * FROM moderators WHERE id = $1 FOR UPDATE', [id]))[0];
    if (!target) return 'unknown';
    return change(tx, target);
  });
}

/** Turns an account off: it cannot sign in, and its sessions end now, not at their next use. */
export function disableModerator(db: Database, by: number, id: number, at: number): Promise<AccountChange> {
  return byAdmin(db, by, id, async (tx, target) => {
    if (target.disabled_at !== null) return 'unchanged';
    await tx.query('UPDATE moderators SET disabled_at = $2 WHERE id = $1', [id, at]);
    await endSessionsOf(tx, id);
    return 'done';
  });
}

/** Turns an account on again, with a clean slate of wrong passwords. */
export function enableModerator(db: Database, by: number, id: number): Promise<AccountChange> {
  return byAdmin(db, by, id, async (tx, target) => {
    if (target.disabled_at === null) return 'unchanged';
    await tx.query('UPDATE moderators SET disabled_at = NULL, failed_logins = 0, locked_until = NULL WHERE id = $1', [id]);
    return 'done';
  });
}

/** A new password hash; the lock from wrong passwords goes with the old one. */
async function setHash(tx: Queryable, id: number, passwordHash: string): Promise<void> {
  await tx.query('UPDATE moderators SET password_hash = $2, failed_logins = 0, locked_until = NULL WHERE id = $1', [id, passwordHash]);
}

/** Another account's new password (a forgotten one): the lock from wrong passwords goes, and its sessions end. */
export function resetModeratorPassword(db: Database, by: number, id: number, passwordHash: string): Promise<AccountChange> {
  return byAdmin(db, by, id, async (tx) => {
    await setHash(tx, id, passwordHash);
    await endSessionsOf(tx, id);
    return 'done';
  });
}

/** One's own new password: every session of the account ends (the caller starts a fresh one for the person asking). */
export async function setOwnPasswordHash(db: Database, id: number, passwordHash: string): Promise<void> {
  await db.transaction(async (tx) => {
    await setHash(tx, id, passwordHash);
    await endSessionsOf(tx, id);
  });
}
