import { Router } from 'express';
import { apiHit } from '../formats/api-hit.js';
import type { RouteDeps } from '../route-deps.js';
import { readSearchInput } from '../search-input.js';


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
