import { load } from 'cheerio';
import { cleanUrl } from '../common/text.js';

/** True when the document is a sitemap (`<urlset>`) or a sitemap index (`<sitemapindex>`). */
export function isSitemap(text: string): boolean {
  return /<(?:[a-z]+:)?(?:urlset|sitemapindex)[\s>]/i.test(text.slice(0, 2000));
}

/**
 * The page (or nested sitemap) URLs a sitemap lists, in order, without repeats, on the sitemap's own origin only —
 * a sitemap must not send the indexer to other sites — and at most `max` of them.
 */
export function sitemapUrls(text: string, sitemapUrl: string, max: number): string[] {
  const base = cleanUrl(sitemapUrl);
  if (base === null) return [];
  const origin = new URL(base).origin;
  const $ = load(text, { xml: true });
  const urls = new Set<string>();
  $('loc').each((_, el) => {
    const url = cleanUrl($(el).text(), base);
    if (url !== null && new URL(url).origin === origin && urls.size < max) urls.add(url);
  });
  return [...urls];
}
