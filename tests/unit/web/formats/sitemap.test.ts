import { describe, expect, it } from 'vitest';
import { MAX_URLS_PER_FILE, sitemapIndex, splitEntries, urlset } from '../../../../src/web/formats/sitemap.js';

describe('sitemaps', () => {
  it('splits past 50 000 URLs into files of at most that many', () => {
    const entries = Array.from({ length: MAX_URLS_PER_FILE + 1 }, (_, i) => i);
    const parts = splitEntries(entries);
    expect(parts.map((p) => p.length)).toEqual([MAX_URLS_PER_FILE, 1]);
    expect(splitEntries([])).toEqual([[]]);
  });

  it('writes escaped locations, the date of the last change and the other languages', () => {
    const xml = urlset([{ loc: 'https://x.se/sok?a=1&b=2', lastmod: Date.UTC(2026, 0, 5, 23) / 1000, alternates: { sv: 'https://x.se/a', en: 'https://x.se/en/a' } }]);
    expect(xml).toContain('<loc>https://x.se/sok?a=1&amp;b=2</loc><lastmod>2026-01-05</lastmod>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://x.se/en/a"/>');
    expect(sitemapIndex([{ loc: 'https://x.se/sitemap-1.xml', lastmod: null }])).toContain('<sitemap><loc>https://x.se/sitemap-1.xml</loc></sitemap>');
  });
});
