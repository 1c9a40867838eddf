import { type Request, type Response, Router } from 'express';
import { facetLabeller } from '../facet-labels.js';
import { sitePlace } from '../opening-text.js';
import { appendedSection, pushUrl, replaceUrl, varyOnHtmx, wantsFragment } from '../htmx.js';
import { alternateLang, type Lang, pathsOf } from '../i18n.js';
import type { RouteDeps } from '../route-deps.js';
import { presetRanges, readSearchInput } from '../search-input.js';
import { mapModel, viewSwitch } from '../view-models/map-view.js';
import { searchPageModel } from '../view-models/search-page.js';
import { placesToAsk } from '../view-models/search-sections.js';
import { weatherAwareSections } from '../weather-search.js';
import { zeroResultSuggestions } from '../zero-results.js';
import { publicBase } from '../public-url.js';
import { searchTitle } from '../subscription-name.js';
import { subscribeModel } from '../view-models/subscribe-links.js';

/** The most markers a map shows. */
const MAP_LIMIT = 1000;

/** GET /sok (and /en/search): the whole page, or only the results region for htmx. One handler, one set of templates. */
export function searchRoutes(deps: RouteDeps): Router {
  const router = Router();
  const tz = deps.site.timeZone;
  const model = async (req: Request, lang: Lang) => {
    const now = deps.now();
    const input = readSearchInput(req.query, deps.vocab, now, tz);
    const { result, reasons } = await weatherAwareSections(deps, input, now, placesToAsk(input), presetRanges(now, tz));
    deps.usage.searched(input.typed, result.total);
    const label = facetLabeller(deps.vocab, lang);
    const suggestions = result.total === 0 ? await zeroResultSuggestions({ reader: deps.reader, input, now, lang, label }) : [];
    // Under a date filter places say their first opening in its window ("Öppet lör 10–16"), not today's.
    const opening = { now, place: sitePlace(deps.site), range: input.query.range };
    const subscribe = subscribeModel(input, { lang, base: publicBase(deps.site, req), defaultLang: deps.site.defaultLanguage, title: searchTitle(input, lang, label) });
    // The map view asks for every result's place at once (the list below still pages).
    const map = input.view === 'map' ? mapModel(await deps.reader.mapPoints(input.query, now, MAP_LIMIT), result.total, deps.config.app.map, { lang, tz, opening }) : null;
    return { ...searchPageModel({ input, result, reasons, lang, label, tz, opening, alternate: alternateLang(deps.site, lang), suggestions }), subscribe, map, view: viewSwitch(input, lang) };
  };
  const handle = (lang: Lang) => async (req: Request, res: Response) => {
    const page = await model(req, lang);
    varyOnHtmx(res);
    // The canonical address is this search's tidy URL (parameters in one order, defaults left out).
    if (!wantsFragment(req)) return res.render('pages/search', { ...page, canonical: `${publicBase(deps.site, req)}${page.selfHref}` });
    // Events "show more" turns page N into `pages=N`; the places' own "show more" asks for the state to show as it is.
    const append = appendedSection(req);
    if (append) replaceUrl(res, append === 'events' ? page.shownHref : page.selfHref);
    else pushUrl(req, res, page.selfHref);
    res.render('partials/search/region', { ...page, fragment: !append, layout: false });
  };
  for (const lang of deps.site.languages) router.get(pathsOf(lang).search, handle(lang));
  return router;
}
