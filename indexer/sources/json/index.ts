import type { JsonSourceConfig } from '../../../src/config/source-types/json.js';
import type { FetchedDocument, SourceAdapter } from '../adapter.js';
import { cleanUrl } from '../common/text.js';
import { parseJson, readJson } from './parse.js';
import { select } from './pointer.js';

/**
 * The next page of a Linked Events response (`meta.next`), if it stays on the API's own origin and within
 * `maxPages`. The adapter is stateless, so the page count comes from the `page` parameter the API puts in the URL.
 */
function followJson(doc: FetchedDocument, source: JsonSourceConfig): string[] {
  if (source.options.profile !== 'linked-events') return [];
  const read = readJson(doc);
  if ('error' in read) return [];
  const next = cleanUrl(select(read.root, '/meta/next')[0], cleanUrl(doc.url) ?? undefined);
  if (next === null) return [];
  const current = cleanUrl(doc.url);
  if (current !== null && new URL(current).origin !== new URL(next).origin) return [];
  const page = Number(new URL(next).searchParams.get('page') ?? '0');
  return page > source.options.maxPages ? [] : [next];
}

/** JSON APIs through a field mapping, or the built-in Linked Events profile. */
export const jsonAdapter: SourceAdapter<JsonSourceConfig> = {
  type: 'json',
  parse: parseJson,
  follow: followJson,
};
