import { type Request, type Response, Router } from 'express';
import { first } from '../../domain/params.js';
import { isAppError } from '../../errors.js';
import type { Submissions } from '../../submissions/open.js';
import { type FormBody, readFormBody } from '../form-body.js';
import { type Lang, t } from '../i18n.js';
import { publicBase } from '../public-url.js';
import type { RouteDeps } from '../route-deps.js';
import { type ReadEventForm, readEventForm } from '../submission-form-flow.js';
import { clientLimit } from '../submission-guard.js';
import { formValues, type FieldErrors, type FormValues } from '../submission-input.js';
import { CHALLENGE_PATH, submissionPaths, withToken } from '../submission-paths.js';
import { submitFormModel } from '../view-models/submit-form.js';
import { sameOrigin } from './admin.js';

/** How long the form may stay open before it must be reloaded (its token and its ALTCHA challenge). */
const FORM_MAX_AGE_S = 4 * 3600;
/** Room for the text fields beside the largest allowed picture. */
const FIELDS_BYTES = 512 * 1024;
const EMPTY: FieldErrors = {};

type AltchaRefusal = 'missing' | 'invalid' | 'expired' | 'replayed';

/**
 * The submission form (/tipsa, /en/submit): checks in order of cost, so abuse is refused before anything is read
 * or stored: the per-client limit, the body size, the form token and origin, the honeypot, the proof of work.
 */
export function submitRoutes(deps: RouteDeps): Router {
  const router = Router();
  const subs = deps.submissions;
  if (!subs || !deps.config.app.submissions.enabled) return router;
  const log = deps.logger.child({ module: 'submit' });
  const { config } = deps;
  const maxBody = config.app.submissions.maxImageBytes + FIELDS_BYTES;

  const render = (res: Response, lang: Lang, status: number, input: { values: FormValues; errors?: FieldErrors; formError?: string | null; uploadToken?: string | null; image?: { name: string } | null }) => {
    const form = submitFormModel(config, {
      lang,
      mode: 'new',
      action: submissionPaths(lang).form,
      csrf: subs.formTokens.issue('submit', '', deps.now()),
      version: null,
      values: input.values,
      errors: input.errors ?? EMPTY,
      formError: input.formError ? t(lang, input.formError, { max: Math.floor(config.app.submissions.maxImageBytes / 1_000_000) }) : null,
      uploadToken: input.uploadToken ?? null,
      image: input.image ? { name: input.image.name, src: null, width: 0, height: 0 } : null,
    });
    res.status(status).set('Cache-Control', 'no-store').render('pages/submit', {
      lang,
      pageTitle: t(lang, 'submit.pageTitle'),
      heading: t(lang, 'submit.heading'),
      intro: t(lang, 'submit.intro'),
      steps: [1, 2, 3, 4].map((n) => t(lang, `submit.step${n}`, { days: config.app.submissions.contactRetentionDays })),
      privacyHref: submissionPaths(lang).privacy,
      form,
      alternateHref: alternate(lang),
      alternateLang: alternateOf(lang),
    });
  };
  const alternateOf = (lang: Lang): Lang | null => deps.site.languages.find((l) => l !== lang) ?? null;
  const alternate = (lang: Lang) => {
    const other = alternateOf(lang);
    return other ? submissionPaths(other).form : null;
  };

  const limited = (lang: Lang) =>
    clientLimit(config.app.submissions.rateLimit, (req, res) => {
      log.info({ path: req.path }, 'submission refused: over the per-client limit');
      render(res, lang, 429, { values: formValues({}), formError: 'submit.refused.rateLimit' });
    });

  /** Refusals of abuse: nothing is stored, the visitor is told plainly, and what they typed stays in the form. */
  const refuse = (res: Response, lang: Lang, form: FormBody | ReadEventForm, status: number, key: string) => {
    log.info({ reason: key }, 'submission refused');
    if ('values' in form) return render(res, lang, status, { values: form.values, errors: { ...form.errors, altcha: key } });
    render(res, lang, status, { values: formValues(form.fields), formError: key });
  };

  const receive = (lang: Lang) => async (req: Request, res: Response) => {
    let body: FormBody;
    try {
      body = await readFormBody(req, maxBody);
    } catch (err) {
      if (!isAppError(err) || err.status >= 500) throw err;
      // Nothing of the form was kept: it was refused before it was read.
      return render(res, lang, err.status, { values: formValues({}), formError: err.code === 'PAYLOAD_TOO_LARGE' ? 'submit.refused.tooLarge' : 'submit.refused.unreadable' });
    }
    const now = deps.now();
    if (!sameOrigin(req) || !subs.formTokens.verify(first(body.fields.csrf), 'submit', '', now, FORM_MAX_AGE_S)) return refuse(res, lang, body, 403, 'submit.refused.csrf');
    if (first(body.fields.intent) === 'add-date') return render(res, lang, 200, withAddedDate(body));
    if ((first(body.fields.homepage) ?? '') !== '') return refuse(res, lang, body, 400, 'submit.refused.honeypot');
    const verdict = await subs.altcha.verify(first(body.fields.altcha), now);
    const read = await readEventForm(body, { config, submissions: subs, lang, now, stored: false, withContact: true });
    // Without a valid proof of work nothing is kept, not even a good picture; the form's own mistakes are shown too.
    if (verdict !== 'ok') return refuse(res, lang, read, 400, `submit.error.altcha.${verdict as AltchaRefusal}`);
    if (!read.event || !read.contact) return renderMistakes(res, lang, read, subs);
    const image = read.image.kind === 'new' ? read.image.image : null;
    const { token } = await subs.service.submit({ event: read.event, contact: read.contact, image, lang, base: publicBase(deps.site, req) });
    if (read.keptToken) await subs.service.forgetUpload(read.keptToken);
    res.redirect(303, `${withToken(submissionPaths(lang).mine, token)}&ny=1`);
  };

  /** The form again with its mistakes; a picture that passed its checks is kept for the next try. */
  const renderMistakes = async (res: Response, lang: Lang, read: ReadEventForm, s: Submissions) => {
    const uploadToken = read.upload ? await s.service.keepUpload(read.upload) : read.keptToken;
    const name = read.upload?.fileName ?? read.keptName;
    render(res, lang, 422, { values: read.values, errors: read.errors, uploadToken, image: name ? { name } : null });
  };

  router.get(CHALLENGE_PATH, async (_req, res) => {
    res.set('Cache-Control', 'no-store').json(await subs.altcha.challenge(deps.now()));
  });
  for (const lang of deps.site.languages) {
    const paths = submissionPaths(lang);
    router.get(paths.form, (_req, res) => render(res, lang, 200, { values: formValues({}) }));
    router.post(paths.form, limited(lang), receive(lang));
    router.get(paths.privacy, (_req, res) => res.render('pages/submit-privacy', privacyModel(deps, lang)));
  }
  return router;
}

/** "Add a date" without JavaScript: the same form with one more empty row (nothing checked, nothing stored). */
function withAddedDate(body: FormBody) {
  const values = formValues(body.fields);
  return { values: { ...values, dates: [...values.dates, { date: '', start: '', end: '' }].slice(0, 20) }, uploadToken: first(body.fields.upload) ?? null };
}

function privacyModel(deps: RouteDeps, lang: Lang) {
  const s = deps.config.app.submissions;
  return {
    lang,
    pageTitle: t(lang, 'submitPrivacy.title'),
    contactDays: s.contactRetentionDays,
    closedDays: s.closedRetentionDays,
    formHref: submissionPaths(lang).form,
    municipality: deps.site.municipality[lang],
  };
}
