import { Router } from 'express';
import { isLang, type Lang } from '../../domain/lang.js';
import { first } from '../../domain/params.js';
import { AppError } from '../../errors.js';
import { ignoredParams, reportIgnored } from '../api-params.js';
import { posterQuerySchema } from '../formats/api-schema.js';
import { poster } from '../formats/poster.js';
import { eventIdFromSlug, eventPath } from '../paths.js';
import { publicBase } from '../public-url.js';
import type { RouteDeps } from '../route-deps.js';
import { readSearchInput } from '../search-input.js';

const DEFAULT_POSTERS = 5;
const MAX_POSTERS = 20;

async function oneEvent(deps: RouteDeps, id: string, now: number) {
  const one = (await deps.reader.occurrences(eventIdFromSlug(id) ?? '', now, 1))[0];
  if (!one) throw new AppError('NOT_FOUND', 'no such event', { status: 404 });
  return [one];
}

async function nextEvents(deps: RouteDeps, query: Record<string, unknown>, now: number) {
  const limit = Math.min(MAX_POSTERS, Math.max(1, Number.parseInt(first(query.limit) ?? '', 10) || DEFAULT_POSTERS));
  const input = readSearchInput(query, deps.vocab, now, deps.site.timeZone);
  return (await deps.reader.search({ ...input.query, sort: 'soonest', page: 1, hitsPerPage: limit }, now)).hits;
}

/** GET /api/poster: one event (`id`) or the next N of a filter, shaped for signage systems such as OS2display. */
export function posterRoutes(deps: RouteDeps): Router {
  const router = Router();
  const schema = posterQuerySchema(deps.vocab);
  router.get('/api/poster', async (req, res) => {
    const ignored = ignoredParams(schema, req.query);
    reportIgnored(res, ignored);
    const now = deps.now();
    const asked = first(req.query.lang);
    const lang: Lang = isLang(asked) && deps.site.languages.includes(asked) ? asked : deps.site.defaultLanguage;
    const ctx = { lang, tz: deps.site.timeZone };
    const base = publicBase(deps.site, req);
    const id = first(req.query.id);
    const events = id !== undefined ? await oneEvent(deps, id, now) : await nextEvents(deps, req.query, now);
    res.set('Cache-Control', 'public, max-age=60').json({
      generatedAt: new Date(now * 1000).toISOString(),
      posters: events.map((e) => poster(e, `${base}${eventPath(lang, e)}`, ctx)),
      ...(ignored.length ? { ignored } : {}),
    });
  });
  return router;
}
