import { type NextFunction, type Request, type Response, Router } from 'express';
import type { KioskConfig } from '../../config/kiosks-schema.js';
import { NO_INTERESTS } from '../../feed/interests.js';
import { facetLabeller } from '../facet-labels.js';
import type { Lang } from '../i18n.js';
import { publicUrlProblem, tokenAccepted } from '../kiosk/access.js';
import { kioskLang, kioskQuery, readKioskChoice } from '../kiosk/choice.js';
import { kioskMessage } from '../kiosk/messages.js';
import { createShortLinks } from '../kiosk/short-links.js';
import { kioskVersion, shellFingerprint } from '../kiosk/version.js';
import { type OpeningWindow, sitePlace } from '../opening-text.js';
import { occurrenceFromQuery } from '../paths.js';
import type { RouteDeps } from '../route-deps.js';
import { attractModel } from '../view-models/kiosk-attract.js';
import { kioskEventModel } from '../view-models/kiosk-event.js';
import { kioskPageModel } from '../view-models/kiosk-page.js';
import { type KioskChoice, kioskResults, kioskTouch } from '../view-models/kiosk-touch.js';
import { kioskAssetRoutes } from './kiosk-assets.js';
import { shortLinkRoutes } from './short-link.js';

const NOTHING_CHOSEN: KioskChoice = { q: '', category: null, when: null };
const kioskOf = (res: Response) => res.locals.kiosk as KioskConfig;

/**
 * The kiosk screens: `/kiosk/<id>` (attract loop and touch view in one page, kiosk layout and script), its
 * fragments (attract panels, touch view per language, results, one event with its QR code), a version to poll,
 * the service worker and assets, and the short links printed beside QR codes.
 */
export function kioskRoutes(deps: RouteDeps): Router {
  const router = Router();
  const tz = deps.site.timeZone;
  const kiosks = new Map(deps.config.kiosks.map((k) => [k.id, k]));
  const shell = deps.kioskShell ?? shellFingerprint(deps.config.rootDir);
  const links = createShortLinks();
  const categories = [...deps.vocab.categories.keys()];
  const publicBase = (deps.site.publicUrl ?? '').replace(/\/$/, '');
  const place = sitePlace(deps.site);
  // Under a time chip (or time words typed) places say their first opening in its window ("Öppet lör 12–16"), not today's.
  const cardContext = (lang: Lang, now: number, range: OpeningWindow | null = null) => ({ lang, tz, now, label: facetLabeller(deps.vocab, lang), opening: { now, place, range } });

  router.use(kioskAssetRoutes(deps.config.rootDir));
  router.use(shortLinkRoutes(deps, links));

  // Every kiosk address: a known screen, its token if it has one, and a public URL for its QR codes.
  const refusal = (req: Request, res: Response) => {
    const id = String(req.params.id);
    const kiosk = kiosks.get(id);
    if (!kiosk) return kioskMessage('unknown', { id, known: [...kiosks.keys()] }, deps.site);
    if (!tokenAccepted(kiosk, req.get('X-Kiosk-Token') ?? req.query.token)) return kioskMessage('token', { id }, deps.site);
    const problem = publicUrlProblem(deps.site);
    if (problem) return kioskMessage(problem, { id, publicUrl: deps.site.publicUrl ?? '' }, deps.site);
    res.locals.kiosk = kiosk;
    return null;
  };
  const guard = (req: Request, res: Response, next: NextFunction) => {
    const refused = refusal(req, res);
    if (!refused) return next();
    res.status(refused.status).set('Cache-Control', 'no-store').render('pages/kiosk-message', { ...refused, layout: 'kiosk' });
  };

  const attract = async (kiosk: KioskConfig, now: number) => {
    const interests = { ...NO_INTERESTS, categories: [...kiosk.emphasis] };
    const feed = await deps.feed.feed({ place: { lat: kiosk.location.lat, lng: kiosk.location.lng }, interests }, now);
    const model = attractModel(feed, kiosk, { now, tz, labelIn: (lang) => facetLabeller(deps.vocab, lang), opening: { now, place } });
    links.remember(model.eventIds);
    return model;
  };
  const results = async (kiosk: KioskConfig, lang: Lang, choice: KioskChoice, now: number) => {
    const query = kioskQuery(choice, kiosk, deps.vocab, now, tz);
    const page = await deps.reader.search(query, now);
    links.remember(page.hits.map((h) => h.eventId));
    return kioskResults(page, choice, kiosk, cardContext(lang, now, query.range));
  };
  const touch = async (kiosk: KioskConfig, lang: Lang, now: number) =>
    kioskTouch(kiosk, categories, await results(kiosk, lang, NOTHING_CHOSEN, now), NOTHING_CHOSEN, cardContext(lang, now));
  const fragment = (res: Response, view: string, model: object) => res.set('Cache-Control', 'no-store').render(view, { ...model, layout: false });

  router.get('/kiosk/:id', guard, async (_req, res) => {
    const kiosk = kioskOf(res);
    const now = deps.now();
    const lang = kiosk.languages[0] as Lang;
    const [panels, view] = await Promise.all([attract(kiosk, now), touch(kiosk, lang, now)]);
    const ctx = { version: kioskVersion(shell, kiosk, now, tz), tz, municipality: deps.site.municipality };
    res.set('Cache-Control', 'no-cache').render('pages/kiosk', { ...kioskPageModel(kiosk, panels, view, ctx), layout: 'kiosk' });
  });
  router.get('/kiosk/:id/version', guard, (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ version: kioskVersion(shell, kioskOf(res), deps.now(), tz) });
  });
  router.get('/kiosk/:id/attract', guard, async (_req, res) => {
    fragment(res, 'partials/kiosk/attract', { attract: await attract(kioskOf(res), deps.now()) });
  });
  router.get('/kiosk/:id/touch', guard, async (req, res) => {
    const kiosk = kioskOf(res);
    const lang = kioskLang(req.query, kiosk);
    fragment(res, 'partials/kiosk/touch', { lang, touch: await touch(kiosk, lang, deps.now()) });
  });
  router.get('/kiosk/:id/results', guard, async (req, res) => {
    const kiosk = kioskOf(res);
    const lang = kioskLang(req.query, kiosk);
    fragment(res, 'partials/kiosk/results', await results(kiosk, lang, readKioskChoice(req.query, deps.vocab), deps.now()));
  });
  router.get('/kiosk/:id/event/:eventId', guard, async (req, res, next) => {
    const kiosk = kioskOf(res);
    const lang = kioskLang(req.query, kiosk);
    const now = deps.now();
    const occurrences = await deps.reader.occurrences(String(req.params.eventId), now);
    const first = occurrences[0];
    if (!first) return next();
    const at = occurrenceFromQuery(req.query);
    const selected = occurrences.find((o) => o.startsAt === at) ?? first;
    const ctx = { lang, tz, now, publicBase, place };
    fragment(res, 'partials/kiosk/event', await kioskEventModel(occurrences, selected, selected.startsAt === at, ctx));
  });
  return router;
}
