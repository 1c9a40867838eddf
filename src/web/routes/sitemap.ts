import { type Request, Router } from 'express';
import { AppError } from '../../errors.js';
import { type Lang, pathsOf } from '../i18n.js';
import { eventPath } from '../paths.js';
import { publicBase } from '../public-url.js';
import type { RouteDeps } from '../route-deps.js';
import { MAX_URLS_PER_FILE, type SitemapEntry, sitemapIndex, splitEntries, urlset } from '../formats/sitemap.js';

/**
 * /sitemap.xml (split into /sitemap-1.xml … past 50 000 URLs) and /robots.txt. Listed: the home and search pages
 * and every event and place page with an upcoming date, in each language. Built once per index version.
 */
export function sitemapRoutes(deps: RouteDeps, maxPerFile = MAX_URLS_PER_FILE): Router {
  const router = Router();
  const langs = deps.site.languages;
  let cache: { key: string; entries: SitemapEntry[] } | null = null;

  const entries = async (base: string): Promise<SitemapEntry[]> => {
    const key = `${base}|${await deps.reader.indexVersion()}`;
    if (cache?.key === key) return cache.entries;
    const page = (path: (l: Lang) => string, lastmod: number | null): SitemapEntry[] => {
      const alternates = Object.fromEntries(langs.map((l) => [l, `${base}${path(l)}`]));
      return langs.map((l) => ({ loc: `${base}${path(l)}`, lastmod, alternates }));
    };
    const events = await deps.reader.listEvents(deps.now());
    const built = [
      ...page((l) => pathsOf(l).home, null),
      ...page((l) => pathsOf(l).search, null),
      ...events.flatMap((e) => page((l) => eventPath(l, e), e.updatedAt)),
    ];
    cache = { key, entries: built };
    return built;
  };
  const send = (res: import('express').Response, body: string) => res.set('Cache-Control', 'public, max-age=3600').type('application/xml; charset=utf-8').send(body);

  router.get('/sitemap.xml', async (req: Request, res) => {
    const base = publicBase(deps.site, req);
    const parts = splitEntries(await entries(base), maxPerFile);
    if (parts.length === 1) return void send(res, urlset(parts[0] ?? []));
    const files = parts.map((p, i) => ({ loc: `${base}/sitemap-${i + 1}.xml`, lastmod: Math.max(0, ...p.map((e) => e.lastmod ?? 0)) || null }));
    send(res, sitemapIndex(files));
  });
  router.get('/sitemap-:n.xml', async (req, res) => {
    const parts = splitEntries(await entries(publicBase(deps.site, req)), maxPerFile);
    const n = Number(req.params.n);
    const part = parts.length > 1 && Number.isInteger(n) ? parts[n - 1] : undefined;
    if (!part) throw new AppError('NOT_FOUND', 'no such sitemap', { status: 404 });
    send(res, urlset(part));
  });
  router.get('/robots.txt', (req, res) => {
    const disallow = ['/api/', '/embed', '/admin/', '/en/admin/'];
    const body = ['User-agent: *', ...disallow.map((d) => `Disallow: ${d}`), '', `Sitemap: ${publicBase(deps.site, req)}/sitemap.xml`, ''].join('\n');
    res.set('Cache-Control', 'public, max-age=86400').type('text/plain; charset=utf-8').send(body);
  });
  return router;
}
