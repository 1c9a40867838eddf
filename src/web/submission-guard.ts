import { createHmac, randomBytes } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { AppConfig } from '../config/app-schema.js';
import { AppError } from '../errors.js';
import type { Moderator, ModeratorRole } from '../store/moderators-repo.js';
import type { Submissions } from '../submissions/open.js';
import { hashToken } from '../submissions/tokens.js';
import type { Lang } from './i18n.js';
import { submissionPaths } from './submission-paths.js';

/*
 * Guards of the submission form and the moderation pages: per-client limits that never hold an address (only a
 * keyed hash of it, forgotten when the window ends), the moderator's session cookie, and the form tokens' bindings.
 */

/** A new key per process: the counters' keys cannot be turned back into addresses, even from a memory dump. */
const CLIENT_KEY = randomBytes(32);

/** The client's network (IPv6 /56, as express-rate-limit groups them), as a keyed hash. */
export function clientKey(req: Request): string {
  return createHmac('sha256', CLIENT_KEY).update(ipKeyGenerator(req.ip ?? 'unknown')).digest('base64url');
}

/**
 * At most `limit` requests per client and window (in memory, reset at the end of each window); the next get
 * `onLimited`. Every request counts, successful or not: a flood of bad forms is a flood too.
 */
export function clientLimit(limit: AppConfig['submissions']['rateLimit'], onLimited: (req: Request, res: Response, next: NextFunction) => void) {
  return rateLimit({
    windowMs: limit.windowMs,
    limit: limit.limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: clientKey,
    handler: (req, res, next) => onLimited(req, res, next),
  });
}

export const SESSION_COOKIE = 'upptack_moderator';

/** One cookie's value from the request, or null. */
export function cookieValue(req: Request, name: string): string | null {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

/** Secure when the site is reached over HTTPS (directly or, as PUBLIC_URL says, behind a proxy). */
function secure(req: Request, site: AppConfig['site']): boolean {
  return req.secure || (site.publicUrl?.startsWith('https:') ?? false);
}

export function setSessionCookie(req: Request, res: Response, token: string, site: AppConfig['site'], maxAgeS: number): void {
  // HttpOnly: no script reads it; SameSite=Strict: no other site's link or form carries it; Path: only the admin pages.
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: secure(req, site), path: '/', maxAge: maxAgeS * 1000 });
}

export function clearSessionCookie(req: Request, res: Response, site: AppConfig['site']): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: secure(req, site), path: '/' });
}

/** The signed-in moderator (and the session it came from) on `res.locals`, or null. */
export interface ModeratorLocals {
  moderator: Moderator | null;
  sessionToken: string | null;
}

export function loadModerator(submissions: Submissions) {
  return async (req: Request, res: Response, next: NextFunction) => {
    // Several routers guard moderation paths; the session is looked up once per request.
    if ('moderator' in res.locals) return next();
    const token = cookieValue(req, SESSION_COOKIE);
    const moderator = token ? await submissions.accounts.session(token) : null;
    Object.assign(res.locals, { moderator, sessionToken: moderator ? token : null } satisfies ModeratorLocals);
    next();
  };
}

export function moderatorOf(res: Response): Moderator | null {
  return (res.locals as ModeratorLocals).moderator ?? null;
}

/**
 * Lets a signed-in moderator on (only an administrator, with `role` 'admin'); `loadModerator` ran before. Without a
 * session a page asks to sign in and comes back to it; a form sent without one gets 401, since coming back to a
 * form's address after signing in would be a page that does not exist.
 */
export function requireModerator(lang: Lang, role: ModeratorRole | null = null) {
  return (req: Request, res: Response, next: NextFunction) => {
    const m = moderatorOf(res);
    if (!m) {
      if (req.method === 'GET') return res.redirect(303, `${submissionPaths(lang).login}?next=${encodeURIComponent(req.originalUrl)}`);
      return next(new AppError('UNAUTHORIZED', 'sign in first', { status: 401 }));
    }
    if (role === 'admin' && m.role !== 'admin') return next(new AppError('FORBIDDEN', 'only administrators manage accounts', { status: 403 }));
    next();
  };
}

/** What a moderator's form tokens are bound to: their session (a hash of it: the token itself stays in the cookie). */
export function sessionBinding(res: Response): string {
  const token = (res.locals as ModeratorLocals).sessionToken;
  return token ? `session:${hashToken(token)}` : 'anonymous';
}
