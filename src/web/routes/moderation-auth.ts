import express, { type Request, type Response, Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import { first, positiveId } from '../../domain/params.js';
import { AppError } from '../../errors.js';
import type { Moderator } from '../../store/moderators-repo.js';
import { type AccountChange, SESSION_MAX_S } from '../../submissions/accounts.js';
import { MIN_PASSWORD_LENGTH } from '../../submissions/passwords.js';
import { type Lang, t } from '../i18n.js';
import type { RouteDeps } from '../route-deps.js';
import { clearSessionCookie, clientKey, loadModerator, moderatorOf, requireModerator, sessionBinding, setSessionCookie } from '../submission-guard.js';
import { ACCOUNT_ACTIONS, type AccountAction, accountAction, submissionPaths } from '../submission-paths.js';
import { accountsModel, moderationNav, passwordModel } from '../view-models/moderation.js';
import { sameOrigin, sameSecret } from './admin.js';

const FORM_MAX_AGE_S = 3600;
const body = express.urlencoded({ extended: false, limit: '16kb' });

const newPasswordSchema = z.string().min(MIN_PASSWORD_LENGTH).max(200);

const accountSchema = z.object({
  name: z.string().trim().min(2).max(100),
  email: z.email().max(254),
  password: newPasswordSchema,
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

  const nav = (lang: Lang, res: Response) => moderationNav(lang, moderatorOf(res) as Moderator, token('logout', res));

  /** `refused`: a change to one account that did not happen, shown at that account (its id) with the reason. */
  const accountsPage = (lang: Lang, status = 200, error: string | null = null, done: string | null = null, refused: { id: number; key: string } | null = null) => async (req: Request, res: Response) => {
    const model = accountsModel(lang, {
      moderators: await subs.accounts.list(),
      me: moderatorOf(res) as Moderator,
      now: deps.now(),
      nav: nav(lang, res),
      csrf: token('account', res),
      minPassword: MIN_PASSWORD_LENGTH,
      // After a creation (or a change to another account) the form is empty again for the next account.
      values: done || req.params.id ? { name: '', email: '' } : { name: String(req.body?.name ?? ''), email: String(req.body?.email ?? '') },
      error: error ? t(lang, error, { min: MIN_PASSWORD_LENGTH }) : null,
      refused: refused ? { id: refused.id, text: t(lang, refused.key, { min: MIN_PASSWORD_LENGTH }) } : null,
      done,
    });
    res.status(status).set('Cache-Control', 'no-store').render('pages/moderation-account', model);
  };

  const createAccount = (lang: Lang) => async (req: Request, res: Response) => {
    checkForm(req, res, 'account');
    const input = accountSchema.safeParse(req.body);
    if (!input.success) return accountsPage(lang, 422, 'moderation.accountInvalid')(req, res);
    const created = await subs.accounts.create(input.data, moderatorOf(res));
    if (!created) return accountsPage(lang, 409, 'moderation.accountTaken')(req, res);
    accountsPage(lang, 201, null, t(lang, 'moderation.accountCreated'))(req, res);
  };

  /** Turning another account off or on, or giving it a new password: one form each on the accounts page. */
  const changeAccount = (lang: Lang, action: AccountAction) => async (req: Request, res: Response) => {
    checkForm(req, res, 'account');
    const id = positiveId(req.params.id);
    const target = id === null ? null : await subs.accounts.byId(id);
    if (!target) throw new AppError('NOT_FOUND', 'no such account', { status: 404 });
    const me = moderatorOf(res) as Moderator;
    let result: AccountChange;
    if (action === 'password') {
      const password = newPasswordSchema.safeParse(req.body?.password);
      if (!password.success) return accountsPage(lang, 422, null, null, { id: target.id, key: 'moderation.passwordInvalid' })(req, res);
      result = await subs.accounts.resetPassword(target.id, password.data, me);
    } else {
      result = action === 'disable' ? await subs.accounts.disable(target.id, me) : await subs.accounts.enable(target.id, me);
    }
    // Already so (a form sent twice) reads as done: the page shows the account as it is.
    if (result !== 'done' && result !== 'unchanged') return accountsPage(lang, result === 'unknown' ? 404 : 409, null, null, { id: target.id, key: `moderation.refused.${result}` })(req, res);
    accountsPage(lang, 200, null, t(lang, `moderation.changed.${action}`, { name: target.name }))(req, res);
  };

  const passwordPage = (lang: Lang, status = 200, error: string | null = null, done: string | null = null) => (_req: Request, res: Response) => {
    const model = passwordModel(lang, { me: moderatorOf(res) as Moderator, nav: nav(lang, res), csrf: token('password', res), minPassword: MIN_PASSWORD_LENGTH, error: error ? t(lang, error, { min: MIN_PASSWORD_LENGTH }) : null, done });
    res.status(status).set('Cache-Control', 'no-store').render('pages/moderation-password', model);
  };

  const changePassword = (lang: Lang) => async (req: Request, res: Response) => {
    checkForm(req, res, 'password');
    const next = newPasswordSchema.safeParse(req.body?.password);
    if (!next.success) return passwordPage(lang, 422, 'moderation.passwordInvalid')(req, res);
    const current = String(req.body?.current ?? '').slice(0, 200);
    const result = await subs.accounts.changeOwnPassword(moderatorOf(res) as Moderator, current, next.data);
    if (!result.ok && result.reason === 'locked') {
      // Every session of the account has ended: this one too.
      clearSessionCookie(req, res, site);
      return loginPage(lang, 401, 'moderation.locked')(req, res);
    }
    // A wrong current password counts against the client like a wrong login (the status says so).
    if (!result.ok) return passwordPage(lang, 401, 'moderation.wrongCurrent')(req, res);
    setSessionCookie(req, res, result.token, site, SESSION_MAX_S);
    // The page's form tokens belong to the new session.
    res.locals.sessionToken = result.token;
    passwordPage(lang, 200, null, t(lang, 'moderation.passwordChanged'))(req, res);
  };

  for (const lang of site.languages) {
    const paths = submissionPaths(lang);
    router.use(paths.moderation, loadModerator(subs));
    router.get(paths.login, (req, res) => (moderatorOf(res) ? res.redirect(303, paths.moderation) : loginPage(lang)(req, res)));
    router.post(paths.login, tries, body, login(lang));
    router.post(paths.logout, body, logout(lang));
    router.get(paths.firstAccount, firstPage(lang));
    router.post(paths.firstAccount, tries, body, createFirst(lang));
    const admin = requireModerator(lang, 'admin');
    router.get(paths.accounts, admin, accountsPage(lang));
    router.post(paths.accounts, admin, body, createAccount(lang));
    for (const action of ACCOUNT_ACTIONS) router.post(accountAction(lang, ':id', action), admin, body, changeAccount(lang, action));
    router.get(paths.password, requireModerator(lang), passwordPage(lang));
    router.post(paths.password, requireModerator(lang), tries, body, changePassword(lang));
  }
  return router;
}
