import { type Request, type Response, Router } from 'express';
import { first } from '../../domain/params.js';
import { AppError, isAppError } from '../../errors.js';
import type { SubmissionRecord } from '../../store/submissions-repo.js';
import { hashToken } from '../../submissions/tokens.js';
import { type FormBody, readFormBody } from '../form-body.js';
import { type Lang, t } from '../i18n.js';
import { publicBase } from '../public-url.js';
import type { RouteDeps } from '../route-deps.js';
import { readEventForm } from '../submission-form-flow.js';
import { clientLimit } from '../submission-guard.js';
import { type FieldErrors, type FormValues, valuesOf } from '../submission-input.js';
import { submissionPaths, TOKEN_PARAM, withToken } from '../submission-paths.js';
import { submissionStatusModel } from '../view-models/submission-status.js';
import { submitFormModel } from '../view-models/submit-form.js';
import { sameOrigin } from './admin.js';

const FORM_MAX_AGE_S = 4 * 3600;
const FIELDS_BYTES = 512 * 1024;

/** Form tokens on the organiser's page are bound to their link: a token from one link is worthless on another. */
const binding = (token: string) => `organiser:${hashToken(token)}`;

/**
 * The organiser's private page (/tipsa/mitt?k=…): the tip's status and the editor's reason, editing while it waits,
 * withdrawing it. The link is the only key; it is never logged (paths only) and the page is never cached or indexed.
 */
export function submitMineRoutes(deps: RouteDeps): Router {
  const router = Router();
  const subs = deps.submissions;
  if (!subs || !deps.config.app.submissions.enabled) return router;
  const { config } = deps;

  const load = async (req: Request): Promise<{ record: SubmissionRecord; token: string }> => {
    const token = String(first(req.query[TOKEN_PARAM]) ?? '');
    const record = await subs.service.byToken(token);
    if (!record) throw new AppError('NOT_FOUND', 'no submission for this link', { status: 404 });
    return { record, token };
  };

  const page = (lang: Lang) => async (req: Request, res: Response) => {
    const { record, token } = await load(req);
    const now = deps.now();
    const docs = subs.preview.documents(record, now);
    const live = record.status === 'approved' && docs[0] ? (await deps.reader.occurrences(docs[0].eventId, now, 1)).length > 0 : false;
    const model = submissionStatusModel(deps, lang, {
      record,
      token,
      docs,
      live,
      isNew: req.query.ny === '1',
      mailed: subs.mailing,
      done: typeof req.query.done === 'string' && /^(saved|withdrawn)$/.test(req.query.done) ? req.query.done : null,
      csrf: subs.formTokens.issue('withdraw', binding(token), now),
      base: publicBase(deps.site, req),
      now,
    });
    res.set('Cache-Control', 'no-store').set('X-Robots-Tag', 'noindex').render('pages/submit-status', model);
  };

  const renderEdit = (res: Response, lang: Lang, token: string, record: SubmissionRecord, input: { values: FormValues; errors?: FieldErrors; formError?: string }, status = 200) => {
    const paths = submissionPaths(lang);
    const form = submitFormModel(config, {
      lang,
      mode: 'organiser',
      action: withToken(paths.mineEdit, token),
      csrf: subs.formTokens.issue('edit', binding(token), deps.now()),
      version: record.version,
      values: input.values,
      errors: input.errors ?? {},
      formError: input.formError ? t(lang, input.formError) : null,
      image: record.image ? { name: t(lang, 'submit.imageStored'), src: withToken(paths.mineImage, token), width: record.image.width, height: record.image.height } : null,
      cancelHref: withToken(paths.mine, token),
    });
    res.status(status).set('Cache-Control', 'no-store').set('X-Robots-Tag', 'noindex').render('pages/submit', { lang, pageTitle: t(lang, 'mine.editTitle'), heading: t(lang, 'mine.editTitle'), intro: null, form, noindex: true });
  };

  const edit = (lang: Lang) => async (req: Request, res: Response) => {
    const { record, token } = await load(req);
    if (record.status !== 'pending') return res.redirect(303, withToken(submissionPaths(lang).mine, token));
    renderEdit(res, lang, token, record, { values: valuesOf(record.event, null) });
  };

  const saveEdit = (lang: Lang) => async (req: Request, res: Response) => {
    const { record, token } = await load(req);
    const body = await readForm(req, config.app.submissions.maxImageBytes + FIELDS_BYTES);
    const now = deps.now();
    if (!body) return renderEdit(res, lang, token, record, { values: valuesOf(record.event, null), formError: 'submit.refused.tooLarge' }, 413);
    if (!sameOrigin(req) || !subs.formTokens.verify(first(body.fields.csrf), 'edit', binding(token), now, FORM_MAX_AGE_S)) {
      return renderEdit(res, lang, token, record, { values: valuesOf(record.event, null), formError: 'submit.refused.csrf' }, 403);
    }
    const read = await readEventForm(body, { config, submissions: subs, lang, now, stored: record.image !== null, withContact: false });
    if (!read.event) return renderEdit(res, lang, token, record, { values: read.values, errors: read.errors }, 422);
    const version = Number(first(body.fields.version));
    const saved = await subs.service.edit(record, { event: read.event, image: read.image, version }, { kind: 'organiser' });
    if (!saved) return renderEdit(res, lang, token, record, { values: read.values, formError: 'submit.refused.changed' }, 409);
    res.redirect(303, `${withToken(submissionPaths(lang).mine, token)}&done=saved`);
  };

  const withdraw = (lang: Lang) => async (req: Request, res: Response) => {
    const { record, token } = await load(req);
    const body = await readForm(req, FIELDS_BYTES);
    const ok = body && sameOrigin(req) && subs.formTokens.verify(first(body.fields.csrf), 'withdraw', binding(token), deps.now(), FORM_MAX_AGE_S);
    if (!ok) throw new AppError('FORBIDDEN', 'the form had expired or came from elsewhere', { status: 403 });
    if (first(body.fields.confirm) !== 'yes' || !(await subs.service.withdraw(record))) return res.redirect(303, withToken(submissionPaths(lang).mine, token));
    if (record.status === 'approved') subs.publishNow?.();
    res.redirect(303, `${withToken(submissionPaths(lang).mine, token)}&done=withdrawn`);
  };

  const image = async (req: Request, res: Response) => {
    const { record } = await load(req);
    const stored = await subs.service.image(record.id);
    if (!stored) throw new AppError('NOT_FOUND', 'no picture', { status: 404 });
    res.set('Cache-Control', 'private, no-store').type('image/webp').send(stored.bytes);
  };

  const limit = clientLimit(config.app.submissions.rateLimit, (_req, _res, next) => next(new AppError('TOO_MANY_REQUESTS', 'too many changes from this network', { status: 429 })));
  for (const lang of deps.site.languages) {
    const paths = submissionPaths(lang);
    router.get(paths.mine, page(lang));
    router.get(paths.mineEdit, edit(lang));
    router.post(paths.mineEdit, limit, saveEdit(lang));
    router.post(paths.mineWithdraw, limit, withdraw(lang));
    router.get(paths.mineImage, image);
  }
  return router;
}

/** The form, or null when it was too large to read. */
async function readForm(req: Request, maxBytes: number): Promise<FormBody | null> {
  try {
    return await readFormBody(req, maxBytes);
  } catch (err) {
    if (isAppError(err) && err.code === 'PAYLOAD_TOO_LARGE') return null;
    throw err;
  }
}

