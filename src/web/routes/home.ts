import express, { type Request, type Response, Router } from 'express';
import { facetLabeller } from '../facet-labels.js';
import { sitePlace } from '../opening-text.js';
import { type FeedInput, NEUTRAL_INPUT, readFeedInput } from '../feed-input.js';
import { varyOnHtmx, wantsFragment } from '../htmx.js';
import { alternateLang, type Lang, pathsOf } from '../i18n.js';
import type { RouteDeps } from '../route-deps.js';
import { facetDef } from '../../domain/facets.js';
import { SUBSCRIBE_ANCHOR } from '../view-models/subscribe-links.js';
import { homePageModel } from '../view-models/home-page.js';

/**
 * The visitor's chosen categories as a search to subscribe to: a link in the page only, followed when they choose to
 * (the profile itself never travels in a URL the site makes the browser request).
 */
function interestsSubscription(lang: Lang, categories: readonly string[]): string | null {
  if (categories.length === 0) return null;
  const params = new URLSearchParams(categories.map((c): [string, string] => [facetDef('categories').param, c]));
  return `${pathsOf(lang).search}?${params}#${SUBSCRIBE_ANCHOR}`;
}

/** A request with a query string on / is an old search link (the search lived here until it moved to /sok). */
function oldSearchLink(req: Request): string | null {
  const at = req.originalUrl.indexOf('?');
  return at >= 0 && at < req.originalUrl.length - 1 ? req.originalUrl.slice(at) : null;
}

/**
 * `/` and `/en`: the feed. GET is the neutral feed (the same for everyone, cacheable). POST carries the visitor's own
 * choices in its body — interests, a rounded position or an area — so they never appear in a URL or a log line; the
 * page's script sends them from the device, and the panel works as a plain form without it.
 */
export function homeRoutes(deps: RouteDeps): Router {
  const router = Router();
  const tz = deps.site.timeZone;
  const body = express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 300 });

  const render = async (req: Request, res: Response, lang: Lang, input: FeedInput) => {
    const feed = await deps.feed.feed({ place: input.place, interests: input.interests }, deps.now());
    const ctx = { lang, tz, opening: { now: feed.now, place: sitePlace(deps.site) }, label: facetLabeller(deps.vocab, lang), vocab: deps.vocab, alternate: alternateLang(deps.site, lang), interests: input.interests, area: input.area, venues: deps.places.venues };
    const model = { ...homePageModel(feed, ctx), subscribeHref: interestsSubscription(lang, input.interests.categories) };
    varyOnHtmx(res);
    res.set('Cache-Control', feed.personal ? 'private, no-store' : 'public, max-age=60');
    if (wantsFragment(req)) return res.render('partials/feed/region', { ...model, fragment: true, layout: false });
    res.render('pages/home', model);
  };

  for (const lang of deps.site.languages) {
    const { home, search } = pathsOf(lang);
    router.get(home, async (req, res) => {
      const query = oldSearchLink(req);
      if (query) return res.redirect(301, `${search}${query}`);
      await render(req, res, lang, NEUTRAL_INPUT);
    });
    router.post(home, body, (req, res) => render(req, res, lang, readFeedInput(req.body, deps.vocab, deps.places.centres)));
  }
  return router;
}
