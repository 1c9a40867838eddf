import express, { type Request, type Response, Router } from 'express';
import { first, positiveId } from '../../domain/params.js';
import { LIMITS, SUBMISSION_STATUSES, type SubmissionStatus } from '../../domain/submission.js';
import { AppError, isAppError } from '../../errors.js';
import type { Moderator } from '../../store/moderators-repo.js';
import type { SubmissionRecord } from '../../store/submissions-repo.js';
import { SESSION_MAX_S } from '../../submissions/accounts.js';
import { readFormBody } from '../form-body.js';
import { type Lang, t } from '../i18n.js';
import { publicBase } from '../public-url.js';
import type { RouteDeps } from '../route-deps.js';
import { readEventForm } from '../submission-form-flow.js';
import { loadModerator, requireModerator, sessionBinding } from '../submission-guard.js';
import { type FieldErrors, type FormValues, valuesOf } from '../submission-input.js';
import { moderationItem, submissionPaths } from '../submission-paths.js';
import { auditModel, itemModel, moderationNav, queueModel } from '../view-models/moderation.js';
import { previewPage } from '../view-models/submission-preview.js';
import { submitFormModel } from '../view-models/submit-form.js';
import { sameOrigin } from './admin.js';

const QUEUE_SIZE = 200;
const AUDIT_PAGE = 100;
const FIELDS_BYTES = 512 * 1024;
const small = express.urlencoded({ extended: false, limit: '16kb' });
const DONE = /^(approved|rejected|saved)$/;

type Action = 'approve' | 'reject';

/**
 * /admin/moderering (/en/admin/moderation): the queue, one submission with its card and page previewed exactly as
 * they would be published and its look-alikes in the index, approving, rejecting with a reason the organiser reads,
 * editing, and the audit log. Every page needs a signed-in editor; every change is audited.
 */
export function moderationRoutes(deps: RouteDeps): Router {
  const router = Router();
  const subs = deps.submissions;
  if (!subs || !deps.config.app.submissions.enabled) return router;
  const { config } = deps;
  const log = deps.logger.child({ module: 'moderation' });

  const who = (res: Response) => res.locals.moderator as Moderator;
  const csrf = (res: Response, purpose: string) => subs.formTokens.issue(purpose, sessionBinding(res), deps.now());
  const nav = (lang: Lang, res: Response) => moderationNav(lang, who(res), csrf(res, 'logout'));
  const checkToken = (req: Request, res: Response, token: unknown, purpose: string) => {
    if (!sameOrigin(req) || !subs.formTokens.verify(token, purpose, sessionBinding(res), deps.now(), SESSION_MAX_S)) {
      throw new AppError('FORBIDDEN', 'the form had expired or came from elsewhere', { status: 403 });
    }
  };
  const load = async (req: Request): Promise<SubmissionRecord> => {
    const id = positiveId(req.params.id);
    const record = id === null ? null : await subs.service.byId(id);
    if (!record) throw new AppError('NOT_FOUND', 'no such submission', { status: 404 });
    return record;
  };

  const queue = (lang: Lang) => async (req: Request, res: Response) => {
    const asked = first(req.query.status);
    const status = (SUBMISSION_STATUSES as readonly string[]).includes(asked ?? '') ? (asked as SubmissionStatus) : 'pending';
    const records = await subs.service.list([status], status === 'pending' ? 'oldest' : 'newest', QUEUE_SIZE);
    const done = typeof req.query.done === 'string' && DONE.test(req.query.done) ? t(lang, `moderation.done.${req.query.done}`, { title: String(first(req.query.title) ?? '').slice(0, 150) }) : null;
    res.set('Cache-Control', 'no-store').render('pages/moderation-queue', queueModel(deps, lang, { status, records, counts: await subs.service.counts(), nav: nav(lang, res), done }));
  };

  const item = (lang: Lang, status = 200, error: string | null = null, reason = '') => async (req: Request, res: Response) => {
    const record = await load(req);
    const now = deps.now();
    const docs = subs.preview.documents(record, now);
    const duplicates = await subs.preview.duplicates(docs, now);
    const history = await subs.service.audit({ submissionId: record.id, limit: 50 });
    const done = typeof req.query.done === 'string' && DONE.test(req.query.done) ? t(lang, `moderation.done.${req.query.done}`, { title: record.event.title }) : null;
    const model = itemModel(deps, lang, { record, docs, duplicates, history, nav: nav(lang, res), csrf: csrf(res, 'decide'), now, done, error: error ? t(lang, error, { min: LIMITS.reason.min }) : null, reason });
    res.status(status).set('Cache-Control', 'no-store').render('pages/moderation-item', model);
  };

  const decide = (lang: Lang, action: Action) => async (req: Request, res: Response) => {
    checkToken(req, res, req.body?.csrf, 'decide');
    const record = await load(req);
    const version = Number(req.body?.version);
    const reason = String(req.body?.reason ?? '').trim();
    if (action === 'reject' && (reason.length < LIMITS.reason.min || reason.length > LIMITS.reason.max)) return item(lang, 422, 'moderation.reasonMissing', reason)(req, res);
    const base = publicBase(deps.site, req);
    const decided = action === 'approve' ? await subs.service.approve(record.id, version, moderatorRef(res), base) : await subs.service.reject(record.id, version, reason, moderatorRef(res), base);
    if (!decided) return item(lang, 409, 'moderation.changed', reason)(req, res);
    // The site changes at once when this process runs the indexer; otherwise at the next scheduled run.
    if (record.status === 'approved' || decided.status === 'approved') subs.publishNow?.();
    const done = action === 'approve' ? 'approved' : 'rejected';
    res.redirect(303, `${submissionPaths(lang).moderation}?done=${done}&title=${encodeURIComponent(record.event.title.slice(0, 150))}`);
  };
  const moderatorRef = (res: Response) => ({ kind: 'moderator' as const, id: who(res).id, name: who(res).name });

  const preview = (lang: Lang) => async (req: Request, res: Response) => {
    const record = await load(req);
    const now = deps.now();
    const image = record.image ? { src: moderationItem(lang, record.id, 'image'), width: record.image.width, height: record.image.height, alt: record.event.imageAlt } : null;
    const model = previewPage(subs.preview.documents(record, now), image, deps, lang, { now, base: publicBase(deps.site, req), back: moderationItem(lang, record.id) });
    if (!model) throw new AppError('NOT_FOUND', 'nothing to preview', { status: 404 });
    res.set('Cache-Control', 'no-store').render('pages/event', { ...model, noindex: true, previewBanner: t(lang, 'moderation.previewBanner') });
  };

  const image = async (req: Request, res: Response) => {
    const record = await load(req);
    const stored = await subs.service.image(record.id);
    if (!stored) throw new AppError('NOT_FOUND', 'no picture', { status: 404 });
    res.set('Cache-Control', 'private, no-store').type('image/webp').send(stored.bytes);
  };

  const renderEdit = (res: Response, lang: Lang, record: SubmissionRecord, input: { values: FormValues; errors?: FieldErrors; formError?: string }, status = 200) => {
    const form = submitFormModel(config, {
      lang,
      mode: 'moderator',
      action: moderationItem(lang, record.id, 'edit'),
      csrf: csrf(res, 'edit'),
      version: record.version,
      values: input.values,
      errors: input.errors ?? {},
      formError: input.formError ? t(lang, input.formError) : null,
      image: record.image ? { name: t(lang, 'submit.imageStored'), src: moderationItem(lang, record.id, 'image'), width: record.image.width, height: record.image.height } : null,
      cancelHref: moderationItem(lang, record.id),
    });
    res.status(status).set('Cache-Control', 'no-store').render('pages/submit', { lang, pageTitle: t(lang, 'moderation.editTitle'), heading: t(lang, 'moderation.editTitle'), intro: t(lang, 'moderation.editIntro'), form, noindex: true, nav: nav(lang, res) });
  };

  const edit = (lang: Lang) => async (req: Request, res: Response) => {
    const record = await load(req);
    renderEdit(res, lang, record, { values: valuesOf(record.event, null) });
  };

  const saveEdit = (lang: Lang) => async (req: Request, res: Response) => {
    const record = await load(req);
    const body = await readFormBody(req, config.app.submissions.maxImageBytes + FIELDS_BYTES).catch((err) => {
      if (isAppError(err) && err.code === 'PAYLOAD_TOO_LARGE') return null;
      throw err;
    });
    if (!body) return renderEdit(res, lang, record, { values: valuesOf(record.event, null), formError: 'submit.refused.tooLarge' }, 413);
    checkToken(req, res, first(body.fields.csrf), 'edit');
    const read = await readEventForm(body, { config, submissions: subs, lang, now: deps.now(), stored: record.image !== null, withContact: false });
    if (!read.event) return renderEdit(res, lang, record, { values: read.values, errors: read.errors }, 422);
    const saved = await subs.service.edit(record, { event: { ...read.event, lang: record.event.lang }, image: read.image, version: Number(first(body.fields.version)) }, moderatorRef(res));
    if (!saved) return renderEdit(res, lang, record, { values: read.values, formError: 'submit.refused.changed' }, 409);
    log.info({ submission: record.id }, 'submission edited by an editor');
    if (record.status === 'approved') subs.publishNow?.();
    res.redirect(303, `${moderationItem(lang, record.id)}?done=saved`);
  };

  const audit = (lang: Lang) => async (req: Request, res: Response) => {
    const before = Number(first(req.query.before));
    const entries = await subs.service.audit({ limit: AUDIT_PAGE, before: Number.isSafeInteger(before) && before > 0 ? before : undefined });
    res.set('Cache-Control', 'no-store').render('pages/moderation-audit', auditModel(deps, lang, { entries, nav: nav(lang, res), pageSize: AUDIT_PAGE }));
  };

  for (const lang of deps.site.languages) {
    const p = submissionPaths(lang);
    const guard = [loadModerator(subs), requireModerator(lang)];
    router.get(p.moderation, guard, queue(lang));
    router.get(p.audit, guard, audit(lang));
    router.get(`${p.moderation}/:id`, guard, item(lang));
    router.post(`${p.moderation}/:id/approve`, guard, small, decide(lang, 'approve'));
    router.post(`${p.moderation}/:id/reject`, guard, small, decide(lang, 'reject'));
    router.get(`${p.moderation}/:id/preview`, guard, preview(lang));
    router.get(`${p.moderation}/:id/image`, guard, image);
    router.get(`${p.moderation}/:id/edit`, guard, edit(lang));
    router.post(`${p.moderation}/:id/edit`, guard, saveEdit(lang));
  }
  return router;
}
