import { type Request, type Response, Router } from 'express';
import { emptyQuery, withFacet } from '../../domain/search-query.js';
import { AppError } from '../../errors.js';
import { backHref } from '../back-link.js';
import { facetLabeller } from '../facet-labels.js';
import { sitePlace } from '../opening-text.js';
import { alternateLang, type Lang, pathsOf } from '../i18n.js';
import { calendarIcs } from '../formats/ics.js';
import { eventIdFromSlug, eventPath, occurrenceFromQuery, SERIES_PARAM, slugify } from '../paths.js';
import { publicBase } from '../public-url.js';
import type { RouteDeps } from '../route-deps.js';
import { eventPageModel } from '../view-models/event-page.js';

const wantsSeries = (req: Request) => req.query[SERIES_PARAM] === '1';

/** Thrown by `load` for an event merged into another: answered with a permanent redirect, not an error page. */
class MovedTo extends Error {
  constructor(readonly kept: { eventId: string; title: string }) {
    super(`merged into ${kept.eventId}`);
  }
}

/** The page (or .ics) of the kept event, same language, same query string (the chosen date, `all=1`). */
function redirecting(lang: Lang, handler: (req: Request, res: Response) => Promise<void>) {
  return async (req: Request, res: Response) => {
    try {
      await handler(req, res);
    } catch (err) {
      if (!(err instanceof MovedTo)) throw err;
      const ics = String(req.params.slug).endsWith('.ics') ? '.ics' : '';
      const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
      res.redirect(301, `${eventPath(lang, err.kept)}${ics}${query}`);
    }
  };
}

/** The event page (/evenemang/:slug, /en/events/:slug) and its calendar file (same path + .ics). */
export function eventRoutes(deps: RouteDeps): Router {
  const router = Router();
  const tz = deps.site.timeZone;
  // Another source's copy of this event is shown instead (dedup): saved links and calendar URLs follow it there.
  const goneOrMoved = async (id: string | null, now: number) => {
    const kept = id ? await deps.reader.mergedInto(id, now) : null;
    return kept ? new MovedTo(kept) : new AppError('NOT_FOUND', 'no such event', { status: 404 });
  };
  const load = async (req: Request) => {
    const id = eventIdFromSlug(String(req.params.slug ?? '').replace(/\.ics$/, ''));
    const now = deps.now();
    const occurrences = id ? await deps.reader.occurrences(id, now) : [];
    if (occurrences.length === 0) throw await goneOrMoved(id, now);
    // The date the visitor chose (a card under a date filter); an unknown or past one falls back to the next date.
    const at = occurrenceFromQuery(req.query);
    const first = occurrences[0]!;
    return { occurrences, first, selected: occurrences.find((o) => o.startsAt === at) ?? first, now };
  };
  const page = (lang: Lang) => async (req: Request, res: Response) => {
    if (String(req.params.slug).endsWith('.ics')) return calendar(req, res);
    const { occurrences, first, selected, now } = await load(req);
    const relatedQuery = { ...withFacet(emptyQuery(), 'categories', first.categories.slice(0, 2)), hitsPerPage: 5 };
    const related = first.categories.length ? (await deps.reader.search(relatedQuery, now)).hits : [];
    const base = publicBase(deps.site, req);
    const ctx = { lang, tz, base, map: deps.config.app.map, opening: { now, place: sitePlace(deps.site) }, label: facetLabeller(deps.vocab, lang), alternate: alternateLang(deps.site, lang), back: backHref(req, lang, base) };
    // The back link follows the page the visitor came from.
    res.vary('Referer').render('pages/event', eventPageModel(occurrences, selected, related, ctx));
  };
  // One date by default (the one chosen, else the next); every date only when asked; a place has no dates to add.
  const calendar = async (req: Request, res: Response) => {
    const { occurrences, first, selected, now } = await load(req);
    if (first.kind === 'experience') throw new AppError('NOT_FOUND', 'a place has no dates to add', { status: 404 });
    const url = `${publicBase(deps.site, req)}${req.path.replace(/\.ics$/, '')}`;
    res
      .type('text/calendar; charset=utf-8')
      .attachment(`${slugify(first.title)}.ics`)
      .send(calendarIcs(wantsSeries(req) ? occurrences : [selected], { now, tz, pageUrl: () => url }));
  };
  for (const lang of deps.site.languages) router.get(`${pathsOf(lang).events}/:slug`, redirecting(lang, page(lang)));
  return router;
}
