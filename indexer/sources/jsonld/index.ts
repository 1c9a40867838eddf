import type { JsonldSourceConfig } from '../../../src/config/source-types/jsonld.js';
import type { FetchedDocument, SourceAdapter } from '../adapter.js';
import { decodePage } from './charset.js';
import { parseJsonld } from './parse.js';
import { isSitemap, sitemapUrls } from './sitemap.js';

/** The pages a sitemap lists (same origin, at most `maxPages`); an ordinary page leads nowhere. */
function followJsonld(doc: FetchedDocument, source: JsonldSourceConfig): string[] {
  const text = decodePage(doc.body, doc.contentType);
  return isSitemap(text) ? sitemapUrls(text, doc.url, source.options.maxPages) : [];
}

/** schema.org JSON-LD in web pages, directly or through a sitemap.xml. */
export const jsonldAdapter: SourceAdapter<JsonldSourceConfig> = {
  type: 'jsonld',
  parse: parseJsonld,
  follow: followJsonld,
};
