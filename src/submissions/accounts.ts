import type { AppConfig } from '../config/app-schema.js';
import type { Logger } from '../logger.js';
import { appendAudit } from '../store/audit-repo.js';
import type { Database } from '../store/database.js';
import {
  type AccountChange,
  clearFailedLogins,
  countModerators,
  disableModerator,
  enableModerator,
  insertModerator,
  listModerators,
  type Moderator,
  type ModeratorRole,
  moderatorByEmail,
  moderatorById,
  recordFailedLogin,
  resetModeratorPassword,
  setOwnPasswordHash,
} from '../store/moderators-repo.js';
import { deleteSession, endSessionsOf, insertSession, useSession } from '../store/sessions-repo.js';
import { DUMMY_HASH, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords.js';
import { hashToken, looksLikeToken, newToken } from './tokens.js';

/*
 * Editors' accounts: passwords as scrypt hashes, sessions as hashed random tokens in the database (a cookie holds the
 * token), an account locked for a while after repeated wrong passwords. Each login, logout and lockout is audited.
 */

/** No session lasts longer than this, however active. */
export const SESSION_MAX_S = 24 * 3600;

export type { AccountChange };

export type LoginResult = { ok: true; token: string; moderator: Moderator } | { ok: false; reason: 'wrong' | 'locked' };

export interface Accounts {
  login(email: string, password: string): Promise<LoginResult>;
  /** The moderator of a live session token (it counts as used now), else null. */
  session(token: unknown): Promise<Moderator | null>;
  logout(token: unknown, moderator: Moderator): Promise<void>;
  /** Null when the address is taken. `by` is the editor who created it (null: the admin token). */
  create(input: { email: string; name: string; role: ModeratorRole; password: string }, by: Moderator | null): Promise<Moderator | null>;
  count(): Promise<number>;
  list(): Promise<Moderator[]>;
  byId(id: number): Promise<Moderator | null>;
  /**
   * An administrator turns another account off (someone left) or on again. Off: its sessions end at once and it cannot
   * sign in; its name stays in the audit log. Never one's own account; only by an administrator still enabled.
   */
  disable(id: number, by: Moderator): Promise<AccountChange>;
  enable(id: number, by: Moderator): Promise<AccountChange>;
  /** An administrator sets a new password for another account (a forgotten one): the lock goes, its sessions end. */
  resetPassword(id: number, password: string, by: Moderator): Promise<AccountChange>;
  /**
   * One's own new password, given the current one. Every session of the account ends (a password changed because it
   * leaked must not leave a stolen session open) and the person asking gets a fresh one, as at sign-in.
   */
  changeOwnPassword(m: Moderator, current: string, next: string): Promise<LoginResult>;
}

export function createAccounts(deps: { db: Database; config: AppConfig['submissions']; now: () => number; logger: Logger }): Accounts {
  const { db, now } = deps;
  const { maxFailures, lockMinutes } = deps.config.loginLockout;
  const idle = deps.config.sessionIdleMinutes * 60;
  const log = deps.logger.child({ module: 'moderators' });
  const audit = (m: Moderator | null, action: string, detail: Record<string, string | number | boolean | null> = {}) =>
    appendAudit(db, { at: now(), actor: m ? 'moderator' : 'admin-token', moderatorId: m?.id ?? null, actorName: m?.name ?? null, action, submissionId: null, detail });
  // The log names the account acted on, so editors reading it see whose account changed (an editor's name is not an
  // organiser's contact data, which the log never holds).
  const nameOf = async (id: number) => (await moderatorById(db, id))?.name ?? null;
  return {
    async login(email, password) {
      const m = await moderatorByEmail(db, email.trim());
      // The same work whether or not the account exists: timing tells nothing about which addresses are accounts.
      const matches = await verifyPassword(password, m?.passwordHash ?? DUMMY_HASH);
      const at = now();
      if (!m || m.disabledAt !== null) return { ok: false, reason: 'wrong' };
      if (m.lockedUntil !== null && m.lockedUntil > at) {
        await audit(m, 'login-refused-locked');
        return { ok: false, reason: 'locked' };
      }
      if (!matches) {
        const { locked } = await recordFailedLogin(db, m.id, maxFailures, at + lockMinutes * 60);
        await audit(m, locked ? 'locked' : 'login-failed');
        if (locked) log.warn({ moderator: m.id, lockMinutes }, 'moderator account locked after repeated wrong passwords');
        return { ok: false, reason: locked ? 'locked' : 'wrong' };
      }
      await clearFailedLogins(db, m.id);
      const token = newToken();
      await insertSession(db, hashToken(token), m.id, at);
      await audit(m, 'login');
      return { ok: true, token, moderator: m };
    },
    async session(token) {
      if (!looksLikeToken(token)) return null;
      const at = now();
      const id = await useSession(db, hashToken(token), { idleSince: at - idle, startedSince: at - SESSION_MAX_S, now: at });
      return id === null ? null : moderatorById(db, id);
    },
    async logout(token, moderator) {
      if (looksLikeToken(token)) await deleteSession(db, hashToken(token));
      await audit(moderator, 'logout');
    },
    async create(input, by) {
      if (input.password.length < MIN_PASSWORD_LENGTH) throw new Error('password too short');
      const id = await insertModerator(db, { email: input.email.trim(), name: input.name.trim(), role: input.role, passwordHash: await hashPassword(input.password), now: now() });
      if (id === null) return null;
      await audit(by, 'moderator-created', { moderator: id, role: input.role, account: input.name.trim() });
      return moderatorById(db, id);
    },
    count: () => countModerators(db),
    list: () => listModerators(db),
    byId: (id) => moderatorById(db, id),
    async disable(id, by) {
      const result = await disableModerator(db, by.id, id, now());
      if (result === 'done') await audit(by, 'moderator-disabled', { moderator: id, account: await nameOf(id) });
      return result;
    },
    async enable(id, by) {
      const result = await enableModerator(db, by.id, id);
      if (result === 'done') await audit(by, 'moderator-enabled', { moderator: id, account: await nameOf(id) });
      return result;
    },
    async resetPassword(id, password, by) {
      if (password.length < MIN_PASSWORD_LENGTH) throw new Error('password too short');
      const result = await resetModeratorPassword(db, by.id, id, await hashPassword(password));
      if (result === 'done') await audit(by, 'password-reset', { moderator: id, account: await nameOf(id) });
      return result;
    },
    async changeOwnPassword(m, current, next) {
      if (next.length < MIN_PASSWORD_LENGTH) throw new Error('password too short');
      const at = now();
      // `m` was read with this request's session: its hash is current.
      if (!(await verifyPassword(current, m.passwordHash))) {
        // Counted like wrong passwords at sign-in, so a stolen session cannot go on guessing: at the limit the account
        // is locked and every session of it ends.
        const { locked } = await recordFailedLogin(db, m.id, maxFailures, at + lockMinutes * 60);
        await audit(m, locked ? 'locked' : 'password-change-failed');
        if (!locked) return { ok: false, reason: 'wrong' };
        await endSessionsOf(db, m.id);
        log.warn({ moderator: m.id, lockMinutes }, 'moderator account locked after repeated wrong current passwords');
        return { ok: false, reason: 'locked' };
      }
      await setOwnPasswordHash(db, m.id, await hashPassword(next));
      // A fresh session for the person who asked: the old token (perhaps the leaked one) ends with the others.
      const token = newToken();
      await insertSession(db, hashToken(token), m.id, at);
      await audit(m, 'password-changed');
      return { ok: true, token, moderator: m };
    },
  };
}
