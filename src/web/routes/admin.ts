import { timingSafeEqual } from 'node:crypto';
import { type NextFunction, type Request, type Response, Router } from 'express';
import type { Config } from '../../config/load-config.js';
import { AppError } from '../../errors.js';
import { readState } from '../../health/state-store.js';
import { type Lang, pathsOf } from '../i18n.js';
import { sourceHealthModel } from '../view-models/source-health.js';

function sameSecret(a: string, b: string): boolean {
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

/** /admin/sources (and /en/admin/sources): source health for operators, behind the admin token from config (absent token: no admin pages). */
export function adminRoutes(config: Config): Router {
  const router = Router();
  const token = config.app.adminToken;
  const requireAdmin = (req: Request, res: Response, next: NextFunction) => {
    if (!token) return next(new AppError('NOT_FOUND', 'no such page', { status: 404 }));
    const given = presentedToken(req);
    if (given && sameSecret(given, token)) return next();
    res.set('WWW-Authenticate', 'Basic realm="Upptäck admin", charset="UTF-8"');
    next(new AppError('UNAUTHORIZED', 'admin token required', { status: 401 }));
  };
  const page = (lang: Lang) => async (req: Request, res: Response) => {
    const state = await readState(config.app.dataDir);
    res.set('Cache-Control', 'no-store');
    if (req.accepts(['html', 'json']) === 'json') return res.json(state);
    res.render('pages/admin-sources', sourceHealthModel(state, config, lang));
  };
  for (const lang of config.app.site.languages) router.get(pathsOf(lang).adminSources, requireAdmin, page(lang));
  return router;
}
