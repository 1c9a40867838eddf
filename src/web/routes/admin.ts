import { timingSafeEqual } from 'node:crypto';
import { type NextFunction, type Request, type Response, Router } from 'express';
import { type AugmentedRequest, rateLimit } from 'express-rate-limit';
import { loadSources } from '../../config/load-config.js';
import { AppError } from '../../errors.js';
import { confirmDrop, readConfirmations } from '../../health/confirmations.js';
import { readState } from '../../health/state-store.js';
import type { Logger } from '../../logger.js';
import { type Lang, pathsOf } from '../i18n.js';
import type { RouteDeps } from '../route-deps.js';
import { sourceHealthModel } from '../view-models/source-health.js';
import { USAGE_PATHS, usagePage } from './usage.js';

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The token from `Authorization: Bearer …` or Basic auth's password (so a browser can prompt for it). */
function presentedToken(req: Request): string | null {
  const header = req.get('authorization') ?? '';
  const [scheme, value] = header.split(' ', 2);
  if (!value) return null;
  if (scheme?.toLowerCase() === 'bearer') return value.trim();
  if (scheme?.toLowerCase() === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    return decoded.slice(decoded.indexOf(':') + 1);
  }
  return null;
}

/**
 * Enough of the client's address to see a pattern of attempts and block a range, not enough to name a person:
 * IPv4 to /24, IPv6 to /48.
 */
export function clientNetwork(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const v4 = /(?:^|:)(\d+\.\d+\.\d+)\.\d+$/.exec(ip);
  if (v4) return `${v4[1]}.0/24`;
  return `${ip.split(':').slice(0, 3).join(':')}::/48`;
}

/** Failed attempts of this client in the current window, this one included. */
function attempts(req: Request): number | undefined {
  return (req as AugmentedRequest).rateLimit?.used;
}

/**
 * Wrong tokens are counted per client: after `maxFailures` in a window every admin request of that client gets 429
 * until the window ends, right token or not (a lockout, so guessing cannot go on beside it). Correct requests do not
 * count.
 */
function lockout(deps: RouteDeps, log: Logger) {
  const { maxFailures, windowMs } = deps.config.app.adminLockout;
  return rateLimit({
    windowMs,
    limit: maxFailures,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (req, _res, next) => {
      // One line when a client reaches the limit, none for each refused request after it.
      if (attempts(req) === maxFailures + 1) {
        log.warn({ client: clientNetwork(req.ip), failures: maxFailures, lockoutS: Math.round(windowMs / 1000) }, 'admin login locked out');
      }
      next(new AppError('TOO_MANY_REQUESTS', 'too many failed admin logins', { status: 429 }));
    },
  });
}

/** A cross-site form cannot make an editor's browser (which resends Basic credentials by itself) confirm a drop. */
export function sameOrigin(req: Request): boolean {
  const site = req.get('sec-fetch-site');
  if (site) return site === 'same-origin' || site === 'none';
  const origin = req.get('origin');
  return !origin || origin === `${req.protocol}://${req.get('host')}`;
}

/** The sources as the file says now (an admin page must show sources added since start-up), else as at start-up. */
function currentSources(deps: RouteDeps) {
  try {
    return loadSources(deps.config.app, deps.config.rootDir).sources;
  } catch {
    return deps.config.sources;
  }
}

/**
 * /admin/sources (and /en/admin/sources): source health for operators, and confirming a source's held drop, behind the
 * admin token from config (absent token: no admin pages).
 */
export function adminRoutes(deps: RouteDeps): Router {
  const router = Router();
  const token = deps.config.app.adminToken;
  if (!token) return router;
  const log = deps.logger.child({ module: 'admin' });
  const requireAdmin = (req: Request, res: Response, next: NextFunction) => {
    const given = presentedToken(req);
    if (given && sameSecret(given, token)) return next();
    // Never the token: a mistyped one is usually most of the real one.
    if (given) log.warn({ client: clientNetwork(req.ip), path: req.path, failures: attempts(req) }, 'admin token rejected');
    res.set('WWW-Authenticate', 'Basic realm="Upptäck admin", charset="UTF-8"');
    next(new AppError('UNAUTHORIZED', 'admin token required', { status: 401 }));
  };
  const page = (lang: Lang) => async (req: Request, res: Response) => {
    const state = await readState(deps.config.app.dataDir);
    res.set('Cache-Control', 'no-store');
    if (req.accepts(['html', 'json']) === 'json') return res.json(state);
    const confirmations = await readConfirmations(deps.config.app.dataDir);
    res.render('pages/admin-sources', sourceHealthModel(state, currentSources(deps), confirmations, deps.config, lang, deps.now()));
  };
  const confirm = (lang: Lang) => async (req: Request, res: Response) => {
    if (!sameOrigin(req)) throw new AppError('FORBIDDEN', 'cross-site request refused', { status: 403 });
    const id = String(req.params.id);
    const state = await readState(deps.config.app.dataDir);
    if (!state.sources[id]?.held) throw new AppError('NOT_FOUND', 'no source waiting for confirmation', { status: 404 });
    await confirmDrop(deps.config.app.dataDir, id, deps.now());
    log.info({ source: id }, 'editor confirmed the drop of a source; the next indexer run applies it');
    res.redirect(303, `${pathsOf(lang).adminSources}?confirmed=${encodeURIComponent(id)}`);
  };
  const guard = lockout(deps, log);
  for (const lang of deps.config.app.site.languages) {
    const at = pathsOf(lang).adminSources;
    router.get(at, guard, requireAdmin, page(lang));
    router.post(`${at}/:id/confirm`, guard, requireAdmin, confirm(lang));
    router.get(USAGE_PATHS[lang], guard, requireAdmin, usagePage(deps, lang));
  }
  return router;
}
