import { createHash, randomBytes } from 'node:crypto';

/** A secret for a link or a cookie: 32 random bytes (256 bits), URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a token: its SHA-256. A stolen copy of the database opens no link and no session. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Tokens this module makes, and nothing else, reach the database lookup. */
export function looksLikeToken(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}

/** A short random id (the submission's UID in the `submissions` source). */
export function newPublicId(): string {
  return randomBytes(12).toString('base64url');
}
