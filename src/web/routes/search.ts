import { type Request, type Response, Router } from 'express';
import type { Config } from '../../config/load-config.js';
import type { EventReader } from '../../search/event-reader.js';
import { isAppend, pushUrl, varyOnHtmx, wantsFragment } from '../htmx.js';
import type { Lang } from '../i18n.js';
import { presetRanges, readSearchInput, vocabularyOf } from '../search-input.js';
import { searchPath } from '../paths.js';
import { facetLabel, searchPageModel } from '../view-models/search-page.js';
import { zeroResultSuggestions } from '../zero-results.js';

export interface SearchRouteDeps {
  config: Config;
  reader: EventReader;
  now: () => number;
}

/** GET / (and /en): the whole page, or only the results region for htmx. One handler, one set of templates. */
export function searchRoutes(deps: SearchRouteDeps): Router {
  const router = Router();
  const vocab = vocabularyOf(deps.config);
  const handle = (lang: Lang) => async (req: Request, res: Response) => {
    const now = deps.now();
    const input = readSearchInput(req.query, vocab, now, deps.config.app.indexer.timeZone);
    const result = await deps.reader.search(input.query, now, presetRanges(now, deps.config.app.indexer.timeZone));
    const suggestions =
      result.total === 0 ? await zeroResultSuggestions(deps.reader, input, now, lang, searchPath(lang), facetLabel(deps.config, lang)) : [];
    const model = searchPageModel(deps.config, input, result, lang, suggestions);
    varyOnHtmx(res);
    if (wantsFragment(req)) {
      const append = isAppend(req);
      if (!append) pushUrl(res, model.selfHref);
      return res.render('partials/search/region', { ...model, fragment: !append, layout: false });
    }
    res.render('pages/search', model);
  };
  router.get('/', handle('sv'));
  router.get('/en', handle('en'));
  return router;
}
