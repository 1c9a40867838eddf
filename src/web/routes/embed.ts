import path from 'node:path';
import { type Request, type Response, Router } from 'express';
import { isLang, type Lang } from '../../domain/lang.js';
import { first } from '../../domain/params.js';
import { facetLabeller } from '../facet-labels.js';
import { type Lang as PageLang, pathsOf } from '../i18n.js';
import { publicBase } from '../public-url.js';
import type { RouteDeps } from '../route-deps.js';
import { readSearchInput } from '../search-input.js';
import { filterParams, withParams } from '../search-url.js';
import { embedBuilderModel } from '../view-models/embed-builder.js';
import { type EmbedTheme, embedListModel } from '../view-models/embed-list.js';

export const DEFAULT_EMBED_ITEMS = 5;
export const MAX_EMBED_ITEMS = 20;

/**
 * What lets the page live in another site's iframe: any ancestor may frame it (helmet's X-Frame-Options and
 * `frame-ancestors 'self'` are replaced here only), and it runs no script and sets no cookie.
 */
export const EMBED_CSP = "default-src 'self'; img-src 'self' https: data:; style-src 'self'; script-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors *";

function embedHeaders(res: Response): void {
  res.removeHeader('X-Frame-Options');
  res.set({ 'Content-Security-Policy': EMBED_CSP, 'Cross-Origin-Resource-Policy': 'cross-origin', 'Cache-Control': 'public, max-age=300' });
}

/** Where the "Bädda in" builder lives in each language. */
export const BUILDER_PATHS: Record<PageLang, string> = { sv: '/badda-in', en: '/en/embed-builder' };

export function embedLang(deps: RouteDeps, raw: unknown): Lang {
  const asked = first(raw);
  return isLang(asked) && deps.site.languages.includes(asked) ? asked : deps.site.defaultLanguage;
}

export function embedLimit(raw: unknown): number {
  return Math.min(MAX_EMBED_ITEMS, Math.max(1, Number.parseInt(first(raw) ?? '', 10) || DEFAULT_EMBED_ITEMS));
}

/** GET /embed?<filters>&theme=light|dark&limit=5&lang=sv: the next events of a filter, for a partner's iframe. */
export function embedRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.get('/embed', async (req: Request, res: Response) => {
    const now = deps.now();
    const lang = embedLang(deps, req.query.lang);
    const theme: EmbedTheme = first(req.query.theme) === 'dark' ? 'dark' : 'light';
    const input = readSearchInput(req.query, deps.vocab, now, deps.site.timeZone);
    const limit = embedLimit(req.query.limit);
    const { hits } = await deps.reader.search({ ...input.query, sort: 'soonest', page: 1, hitsPerPage: limit }, now);
    const ctx = { lang, tz: deps.site.timeZone, base: publicBase(deps.site, req), theme, searchHref: withParams(pathsOf(lang).search, filterParams(input)) };
    embedHeaders(res);
    res.render('pages/embed', { ...embedListModel(hits, ctx), layout: 'embed' });
  });
  // The web component, loaded by partners' pages: readable from any origin (helmet's CORP is same-origin).
  const component = path.join(deps.config.rootDir, 'src/web/public/upptack-embed.js');
  router.get('/embed.js', (_req, res) => {
    res.set({ 'Cross-Origin-Resource-Policy': 'cross-origin', 'Access-Control-Allow-Origin': '*' }).sendFile(component, { maxAge: '1h' });
  });
  for (const lang of deps.site.languages) {
    router.get(BUILDER_PATHS[lang], (req, res) => {
      const now = deps.now();
      const input = readSearchInput(req.query, deps.vocab, now, deps.site.timeZone);
      const theme: EmbedTheme = first(req.query.theme) === 'dark' ? 'dark' : 'light';
      const ctx = { lang, action: BUILDER_PATHS[lang], base: publicBase(deps.site, req), label: facetLabeller(deps.vocab, lang), vocab: deps.vocab, filter: filterParams(input), limit: embedLimit(req.query.limit), theme };
      res.render('pages/embed-builder', embedBuilderModel(input, ctx));
    });
  }
  return router;
}
