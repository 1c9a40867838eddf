import { Router } from 'express';
import { z } from 'zod';
import { ignoredParams, reportIgnored } from '../api-params.js';
import { AppError } from '../../errors.js';
import { eventIdFromSlug, eventPath } from '../paths.js';
import { publicBase } from '../public-url.js';
import type { RouteDeps } from '../route-deps.js';
import { apiEvent } from '../formats/api-event.js';

/** Every upcoming date of one event (a daily event over the indexer's horizon is ~180). */
const MAX_OCCURRENCES = 1000;

const NO_PARAMS = z.object({});

/** GET /api/events/{id}: one event with all its upcoming occurrences; a merged-away event redirects to the kept one. */
export function apiEventRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.get('/api/events/:id', async (req, res) => {
    reportIgnored(res, ignoredParams(NO_PARAMS, req.query));
    const id = eventIdFromSlug(String(req.params.id));
    const now = deps.now();
    const occurrences = id ? await deps.reader.occurrences(id, now, MAX_OCCURRENCES) : [];
    const [first, ...rest] = occurrences;
    if (!first) {
      const kept = id ? await deps.reader.mergedInto(id, now) : null;
      if (kept) return res.redirect(301, `/api/events/${kept.eventId}`);
      throw new AppError('NOT_FOUND', 'no such event', { status: 404 });
    }
    const page = `${publicBase(deps.site, req)}${eventPath(deps.site.defaultLanguage, first)}`;
    res.set('Cache-Control', 'public, max-age=60').json(apiEvent([first, ...rest], page));
  });
  return router;
}
