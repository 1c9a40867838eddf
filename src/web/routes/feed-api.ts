import { Router } from 'express';
import { parseSelection } from '../../domain/facets.js';
import { roundToKilometre } from '../../domain/geo.js';
import { first, latLng, list } from '../../domain/params.js';
import { parseInterests } from '../../feed/interests.js';
import type { Scored } from '../../feed/rank.js';
import { facetLabeller } from '../facet-labels.js';
import { reasonText } from '../feed-reasons.js';
import { apiHit } from '../formats/api-hit.js';
import { feedQuerySchema } from '../formats/api-schema.js';
import { ignoredParams, reportIgnored } from '../api-params.js';
import { isLang, type Lang } from '../../domain/lang.js';
import type { RouteDeps } from '../route-deps.js';


/**
 * GET /api/feed: the home page's suggestions as JSON, for partners and the kiosks. Same filters as /api/events, plus
 * `lat`/`lng` (rounded to about 1 km) and `interest` (category ids the reader likes), `lang` for the reasons' words.
 * An API client's own parameters are its business; the site itself never puts a visitor's profile in a URL.
 */
export function feedApiRoutes(deps: RouteDeps): Router {
  const router = Router();
  const schema = feedQuerySchema(deps.vocab);
  router.get('/api/feed', async (req, res) => {
    const q = req.query as Record<string, unknown>;
    reportIgnored(res, ignoredParams(schema, q));
    const point = latLng(q.lat, q.lng);
    const place = point ? roundToKilometre(point) : null;
    const interests = parseInterests({ categories: list(q.interest), freeOnly: first(q.free_only) === 'true' }, deps.vocab);
    const facets = parseSelection((param) => list(q[param]), deps.vocab);
    const langRaw = first(q.lang);
    const lang: Lang = isLang(langRaw) && deps.site.languages.includes(langRaw) ? langRaw : deps.site.defaultLanguage;
    const feed = await deps.feed.feed({ place, interests, facets }, deps.now());
    const label = facetLabeller(deps.vocab, lang);
    const item = (s: Scored) => ({
      ...apiHit(s.candidate),
      setting: s.candidate.setting,
      indoor: s.candidate.indoor,
      weatherFit: s.weather ? Math.round(s.weather.fit * 100) / 100 : null,
      distanceM: s.distanceM,
      score: Math.round(s.score * 1000) / 1000,
      reasons: s.reasons.map((r) => ({ ...r, text: reasonText(r, lang, deps.site.timeZone, label) })),
    });
    res.set('Cache-Control', feed.personal ? 'private, max-age=60' : 'public, max-age=60').json({
      generatedAt: new Date(feed.now * 1000).toISOString(),
      personal: feed.personal,
      weather: feed.forecast ? { point: feed.forecast.point.name, fetchedAt: new Date(feed.forecast.fetchedAt * 1000).toISOString(), attribution: 'Weather data by Open-Meteo.com' } : null,
      top: feed.top.map(item),
      sections: feed.sections.map((s) => ({ id: s.id, hits: s.items.map(item) })),
    });
  });
  return router;
}
