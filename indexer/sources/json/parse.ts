import type { JsonSourceConfig } from '../../../src/config/source-types/json.js';
import type { ParseContext, ParseResult } from '../../../src/domain/source-event.js';
import type { FetchedDocument } from '../adapter.js';
import { decodeText } from '../common/decode.js';
import { ResultCollector, unreadable } from '../common/result.js';
import { mapLinkedEvent } from './linked-events.js';
import { mapItem } from './mapping.js';
import { select, selectArray } from './pointer.js';

/** The parsed JSON of a document, or why there is none (JSON is UTF-8 by definition: anything else is broken). */
export function readJson(doc: FetchedDocument): { root: unknown } | { error: string } {
  const { text, fallback } = decodeText(doc.body, 'utf-8');
  if (fallback) return { error: 'not valid UTF-8 (JSON must be UTF-8)' };
  if (text.trim() === '') return { error: 'empty document' };
  try {
    return { root: JSON.parse(text) };
  } catch (e) {
    return { error: `invalid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function refOf(item: unknown, idPath: string | string[] | undefined, url: string, index: number): string {
  const paths = idPath === undefined ? ['id', '@id'] : Array.isArray(idPath) ? idPath : [idPath];
  const id = paths.flatMap((p) => select(item, p))[0];
  return typeof id === 'string' || typeof id === 'number' ? String(id) : `${url}#item-${index}`;
}

/** Parse one page of a JSON API: through the built-in Linked Events profile or the source's field mapping. */
export function parseJson(doc: FetchedDocument, source: JsonSourceConfig, ctx: ParseContext): ParseResult {
  const read = readJson(doc);
  if ('error' in read) return unreadable(doc.url, read.error);
  const { options } = source;
  const timeZone = options.timeZone ?? ctx.defaultTimeZone;
  const linked = options.profile === 'linked-events';
  const pointer = linked ? '/data' : (options.mapping?.items ?? '');
  const items = selectArray(read.root, pointer);
  if (items === null) return unreadable(doc.url, `no array of items at "${pointer || '/'}"`);

  const env = { languages: options.languages, timeZone, venue: options.venue, kind: source.defaults.kind ?? 'event', documentUrl: doc.url };
  const out = new ResultCollector();
  for (const [i, item] of items.entries()) {
    const ref = refOf(item, options.mapping?.id, doc.url, i);
    if (typeof item !== 'object' || item === null || Array.isArray(item)) out.reject(ref, 'item is not an object');
    else if (linked) out.addOutcome(mapLinkedEvent(item as Record<string, unknown>, options.languages, timeZone), ref);
    else if (options.mapping) out.addOutcome(mapItem(item, { ...env, mapping: options.mapping }), ref);
    else out.reject(ref, 'no mapping configured');
  }
  return out.result();
}
