import { Router } from 'express';
import { OPEN_END } from '../../domain/event.js';
import type { EventSummary } from '../../search/ports.js';
import type { RouteDeps } from '../route-deps.js';
import { readSearchInput } from '../search-input.js';

/** One hit as the API publishes it: ISO times, no search-engine extras. */
function apiHit(h: EventSummary) {
  return {
    id: h.id,
    eventId: h.eventId,
    kind: h.kind,
    status: h.status,
    title: h.title,
    // An experience open all year has no start or end.
    startsAt: h.startsAt > 0 ? new Date(h.startsAt * 1000).toISOString() : null,
    endsAt: h.endsAt < OPEN_END ? new Date(h.endsAt * 1000).toISOString() : null,
    venue: h.venue,
    area: h.area,
    categories: h.categories,
    url: h.url,
    free: h.free,
    price: h.price,
    geo: h.geo,
  };
}

/**
 * GET /api/events: the open-data face. Same parameters as the search page; one hit per event at its next occurrence.
 */
export function apiRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.get('/api/events', async (req, res) => {
    const now = deps.now();
    const input = readSearchInput(req.query, deps.vocab, now, deps.site.timeZone);
    const result = await deps.reader.search(input.query, now);
    res.set('Cache-Control', 'public, max-age=60').json({
      total: result.total,
      page: result.page,
      totalPages: result.totalPages,
      hits: result.hits.map(apiHit),
      facets: result.facets,
    });
  });
  return router;
}
