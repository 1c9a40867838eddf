/*
 * sitemaps.org XML: one urlset while the site has at most 50 000 URLs, else a sitemap index of numbered files of at
 * most that many each. Language versions of a page name each other (hreflang alternates), as Google reads them.
 */

/** sitemaps.org's limit per file. */
export const MAX_URLS_PER_FILE = 50_000;

export interface SitemapEntry {
  loc: string;
  /** Epoch seconds of the last change, when known. */
  lastmod: number | null;
  /** The same page in other languages: hreflang → URL (the entry's own included). */
  alternates: Record<string, string>;
}

function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const day = (epoch: number) => new Date(epoch * 1000).toISOString().slice(0, 10);

export function urlset(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) => {
    const alternates = Object.entries(e.alternates).map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${xml(lang)}" href="${xml(href)}"/>`);
    return `<url><loc>${xml(e.loc)}</loc>${e.lastmod ? `<lastmod>${day(e.lastmod)}</lastmod>` : ''}${alternates.join('')}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

export function sitemapIndex(files: readonly { loc: string; lastmod: number | null }[]): string {
  const items = files.map((f) => `<sitemap><loc>${xml(f.loc)}</loc>${f.lastmod ? `<lastmod>${day(f.lastmod)}</lastmod>` : ''}</sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`;
}

/** The entries split into files of at most `max` (one file when they fit). */
export function splitEntries<T>(entries: readonly T[], max = MAX_URLS_PER_FILE): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < entries.length; i += max) parts.push(entries.slice(i, i + max));
  return parts.length ? parts : [[]];
}
