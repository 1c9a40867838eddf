import { Router } from 'express';
import { pathsOf } from '../i18n.js';
import type { RouteDeps } from '../route-deps.js';

/**
 * `/` and `/en`. The search lived here until it moved to /sok and /en/search: old links with a query (`/?q=jazz`,
 * shared and bookmarked) move permanently. Without one, home shows the search for now (302: the suggestions feed
 * takes this address next).
 */
export function homeRoutes(deps: RouteDeps): Router {
  const router = Router();
  for (const lang of deps.site.languages) {
    const { home, search } = pathsOf(lang);
    router.get(home, (req, res) => {
      const query = req.originalUrl.indexOf('?');
      const hasQuery = query >= 0 && query < req.originalUrl.length - 1;
      res.redirect(hasQuery ? 301 : 302, hasQuery ? `${search}${req.originalUrl.slice(query)}` : search);
    });
  }
  return router;
}
