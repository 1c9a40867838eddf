import { Router } from 'express';
import { ignoredParams, reportIgnored } from '../api-params.js';
import { apiHit } from '../formats/api-hit.js';
import { type EventsPage, eventsQuerySchema, syncTooOld } from '../formats/api-schema.js';
import { syncWindow } from '../sync.js';
import type { RouteDeps } from '../route-deps.js';
import { readSearchInput } from '../search-input.js';
import { weatherAwareSearch } from '../weather-search.js';


/**
 * GET /api/events: the open-data face. Same parameters as the search page; one hit per event at its next occurrence.
 */
export function apiRoutes(deps: RouteDeps): Router {
  const router = Router();
  const schema = eventsQuerySchema(deps.vocab);
  router.get('/api/events', async (req, res) => {
    const now = deps.now();
    const ignored = ignoredParams(schema, req.query);
    reportIgnored(res, ignored);
    const sync = await syncWindow(deps, req.query.updated_since, now);
    if (sync.kind === 'too-old') return res.status(410).set('Cache-Control', 'no-store').json(syncTooOld(sync.keptSince));
    const read = readSearchInput(req.query, deps.vocab, now, deps.site.timeZone);
    const input = sync.kind === 'since' ? { ...read, query: { ...read.query, updatedSince: sync.since } } : read;
    const { result } = await weatherAwareSearch(deps, input, now);
    deps.usage.searched(input.query.page === 1 && !input.query.updatedSince ? input.typed : '', result.total);
    res.set('Cache-Control', 'public, max-age=60').json({
      total: result.total,
      page: result.page,
      totalPages: result.totalPages,
      hits: result.hits.map(apiHit),
      facets: result.facets,
      ...(sync.kind === 'since' ? { removed: sync.removed, nextUpdatedSince: new Date(sync.next * 1000).toISOString() } : {}),
      ...(ignored.length ? { ignored } : {}),
    } satisfies EventsPage);
  });
  return router;
}
