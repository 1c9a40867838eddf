import { type Request, type Response, Router } from 'express';
import { emptyQuery } from '../../domain/search-query.js';
import { AppError } from '../../errors.js';
import type { Lang } from '../i18n.js';
import { toIcs } from '../ics-export.js';
import { eventIdFromSlug, slugify } from '../paths.js';
import { publicBase } from '../public-url.js';
import { eventPageModel } from '../view-models/event-page.js';
import type { SearchRouteDeps } from './search.js';

/** The event page (/evenemang/:slug, /en/events/:slug) and its calendar file (same path + .ics). */
export function eventRoutes(deps: SearchRouteDeps): Router {
  const router = Router();
  const load = async (req: Request) => {
    const slug = String(req.params.slug ?? '');
    const id = eventIdFromSlug(slug.replace(/\.ics$/, ''));
    const now = deps.now();
    const occurrences = id ? await deps.reader.occurrences(id, now) : [];
    if (occurrences.length === 0) throw new AppError('NOT_FOUND', 'no such event', { status: 404 });
    return { occurrences, now };
  };
  const page = (lang: Lang) => async (req: Request, res: Response) => {
    if (String(req.params.slug).endsWith('.ics')) return calendar(req, res);
    const { occurrences, now } = await load(req);
    const first = occurrences[0]!;
    const related = first.categories.length
      ? (await deps.reader.search({ ...emptyQuery(), categories: first.categories.slice(0, 2), hitsPerPage: 5 }, now)).hits
      : [];
    res.render('pages/event', eventPageModel(deps.config, occurrences, related, lang, publicBase(deps.config.app, req)));
  };
  const calendar = async (req: Request, res: Response) => {
    const { occurrences, now } = await load(req);
    const first = occurrences[0]!;
    const url = `${publicBase(deps.config.app, req)}${req.path.replace(/\.ics$/, '')}`;
    res
      .type('text/calendar; charset=utf-8')
      .attachment(`${slugify(first.title)}.ics`)
      .send(toIcs(occurrences, url, now));
  };
  router.get('/evenemang/:slug', page('sv'));
  router.get('/en/events/:slug', page('en'));
  return router;
}
