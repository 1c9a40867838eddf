import express, { type NextFunction, type Request, type Response, Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import { first } from '../../domain/params.js';
import { AppError } from '../../errors.js';
import type { ModeratorRole } from '../../store/moderators-repo.js';
import { SESSION_MAX_S } from '../../submissions/accounts.js';
import { MIN_PASSWORD_LENGTH } from '../../submissions/passwords.js';
import { type Lang, t } from '../i18n.js';
import type { RouteDeps } from '../route-deps.js';
import { clearSessionCookie, clientKey, loadModerator, moderatorOf, sessionBinding, setSessionCookie } from '../submission-guard.js';
import { submissionPaths } from '../submission-paths.js';
import { sameOrigin, sameSecret } from './admin.js';

const FORM_MAX_AGE_S = 3600;
const body = express.urlencoded({ extended: false, limit: '16kb' });

const accountSchema = z.object({
  name: z.string().trim().min(2).max(100),
  email: z.email().max(254),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(200),
  role: z.enum(['editor', 'admin']),
});

/** Where a login may send its moderator on: only back into the moderation pages. */
function nextPath(raw: unknown, lang: Lang): string {
  const home = submissionPaths(lang).moderation;
  return typeof raw === 'string' && raw.startsWith(`${home}`) && !raw.startsWith('//') && !/[\\\s]/.test(raw) ? raw : home;
}

/**
 * Signing in and out of /admin/moderering, the first account (created with the ADMIN_TOKEN while none exists) and the
 * accounts page (admins only). Wrong passwords lock the account for a while; wrong tries per client are limited too.
 */
export function moderationAuthRoutes(deps: RouteDeps): Router {
  const router = Router();
  const subs = deps.submissions;
  if (!subs || !deps.config.app.submissions.enabled) return router;
  const { site } = deps;
  const log = deps.logger.child({ module: 'moderation' });
  const tries = rateLimit({
    windowMs: deps.config.app.adminLockout.windowMs,
    limit: deps.config.app.adminLockout.maxFailures,
    skipSuccessfulRequests: true,
    keyGenerator: clientKey,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(new AppError('TOO_MANY_REQUESTS', 'too many failed logins', { status: 429 })),
  });
  const checkForm = (req: Request, res: Response, purpose: string) => {
    const ok = sameOrigin(req) && subs.formTokens.verify(first(req.body?.csrf), purpose, sessionBinding(res), deps.now(), purpose === 'login' ? FORM_MAX_AGE_S : SESSION_MAX_S);
    if (!ok) throw new AppError('FORBIDDEN', 'the form had expired or came from elsewhere', { status: 403 });
  };
  const token = (purpose: string, res: Response) => subs.formTokens.issue(purpose, sessionBinding(res), deps.now());

  const loginPage = (lang: Lang, status = 200, error: string | null = null) => (req: Request, res: Response) => {
    const paths = submissionPaths(lang);
    res.status(status).set('Cache-Control', 'no-store').render('pages/moderation-login', {
      lang,
      pageTitle: t(lang, 'moderation.login'),
      action: paths.login,
      next: nextPath(req.query.next ?? req.body?.next, lang),
      csrf: token('login', res),
      email: typeof req.body?.email === 'string' ? req.body.email.slice(0, 254) : '',
      error: error ? t(lang, error) : null,
      done: req.query.done === 'out' ? t(lang, 'moderation.loggedOut') : null,
      firstHref: paths.firstAccount,
    });
  };

  const login = (lang: Lang) => async (req: Request, res: Response) => {
    checkForm(req, res, 'login');
    const result = await subs.accounts.login(String(req.body?.email ?? '').slice(0, 254), String(req.body?.password ?? '').slice(0, 200));
    if (!result.ok) {
      log.warn({ reason: result.reason }, 'moderator login refused');
      // Counted by the per-client limit only when it fails (the status says so).
      return loginPage(lang, 401, result.reason === 'locked' ? 'moderation.locked' : 'moderation.wrongLogin')(req, res);
    }
    setSessionCookie(req, res, result.token, site, SESSION_MAX_S);
    res.redirect(303, nextPath(req.body?.next, lang));
  };

  const logout = (lang: Lang) => async (req: Request, res: Response) => {
    const moderator = moderatorOf(res);
    if (moderator) {
      checkForm(req, res, 'logout');
      await subs.accounts.logout(res.locals.sessionToken, moderator);
    }
    clearSessionCookie(req, res, site);
    res.redirect(303, `${submissionPaths(lang).login}?done=out`);
  };

  const firstPage = (lang: Lang, status = 200, error: string | null = null) => async (req: Request, res: Response) => {
    if ((await subs.accounts.count()) > 0) return res.redirect(303, submissionPaths(lang).login);
    res.status(status).set('Cache-Control', 'no-store').render('pages/moderation-account', {
      lang,
      pageTitle: t(lang, 'moderation.firstAccount'),
      heading: t(lang, 'moderation.firstAccount'),
      intro: t(lang, deps.config.app.adminToken ? 'moderation.firstAccountIntro' : 'moderation.firstAccountNoToken'),
      action: submissionPaths(lang).firstAccount,
      csrf: token('account', res),
      askToken: deps.config.app.adminToken !== null,
      roles: null,
      minPassword: MIN_PASSWORD_LENGTH,
      values: { name: String(req.body?.name ?? ''), email: String(req.body?.email ?? '') },
      error: error ? t(lang, error, { min: MIN_PASSWORD_LENGTH }) : null,
    });
  };

  const createFirst = (lang: Lang) => async (req: Request, res: Response) => {
    checkForm(req, res, 'account');
    const adminToken = deps.config.app.adminToken;
    if (!adminToken || !sameSecret(String(req.body?.adminToken ?? ''), adminToken)) {
      log.warn({}, 'first moderator refused: wrong admin token');
      return firstPage(lang, 401, 'moderation.wrongToken')(req, res);
    }
    if ((await subs.accounts.count()) > 0) return res.redirect(303, submissionPaths(lang).login);
    const input = accountSchema.safeParse({ ...req.body, role: 'admin' });
    if (!input.success) return firstPage(lang, 422, 'moderation.accountInvalid')(req, res);
    await subs.accounts.create(input.data, null);
    log.info({}, 'first moderator created with the admin token');
    res.redirect(303, submissionPaths(lang).login);
  };

  const requireAdmin = (lang: Lang) => (req: Request, res: Response, next: NextFunction) => {
    const m = moderatorOf(res);
    if (!m) return res.redirect(303, `${submissionPaths(lang).login}?next=${encodeURIComponent(req.originalUrl)}`);
    if (m.role !== 'admin') return next(new AppError('FORBIDDEN', 'only admins manage accounts', { status: 403 }));
    next();
  };

  const accountsPage = (lang: Lang, status = 200, error: string | null = null, done: string | null = null) => async (req: Request, res: Response) => {
    const moderators = await subs.accounts.list();
    res.status(status).set('Cache-Control', 'no-store').render('pages/moderation-account', {
      lang,
      pageTitle: t(lang, 'moderation.accounts'),
      heading: t(lang, 'moderation.accounts'),
      intro: null,
      action: submissionPaths(lang).accounts,
      csrf: token('account', res),
      askToken: false,
      roles: (['editor', 'admin'] as ModeratorRole[]).map((r) => ({ value: r, label: t(lang, `role.${r}`), checked: r === 'editor' })),
      minPassword: MIN_PASSWORD_LENGTH,
      moderators: moderators.map((m) => ({ name: m.name, email: m.email, role: t(lang, `role.${m.role}`), locked: m.lockedUntil !== null && m.lockedUntil > deps.now() })),
      // After a creation the form is empty again for the next account.
      values: done ? { name: '', email: '' } : { name: String(req.body?.name ?? ''), email: String(req.body?.email ?? '') },
      error: error ? t(lang, error, { min: MIN_PASSWORD_LENGTH }) : null,
      done: done ? t(lang, done) : null,
      nav: { home: submissionPaths(lang).moderation },
    });
  };

  const createAccount = (lang: Lang) => async (req: Request, res: Response) => {
    checkForm(req, res, 'account');
    const input = accountSchema.safeParse(req.body);
    if (!input.success) return accountsPage(lang, 422, 'moderation.accountInvalid')(req, res);
    const created = await subs.accounts.create(input.data, moderatorOf(res));
    if (!created) return accountsPage(lang, 409, 'moderation.accountTaken')(req, res);
    accountsPage(lang, 201, null, 'moderation.accountCreated')(req, res);
  };

  for (const lang of site.languages) {
    const paths = submissionPaths(lang);
    router.use(paths.moderation, loadModerator(subs));
    router.get(paths.login, (req, res) => (moderatorOf(res) ? res.redirect(303, paths.moderation) : loginPage(lang)(req, res)));
    router.post(paths.login, tries, body, login(lang));
    router.post(paths.logout, body, logout(lang));
    router.get(paths.firstAccount, firstPage(lang));
    router.post(paths.firstAccount, tries, body, createFirst(lang));
    router.get(paths.accounts, requireAdmin(lang), accountsPage(lang));
    router.post(paths.accounts, requireAdmin(lang), body, createAccount(lang));
  }
  return router;
}
