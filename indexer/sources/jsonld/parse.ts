import type { JsonldSourceConfig } from '../../../src/config/source-types/jsonld.js';
import type { ParseContext, ParseResult, Reject, SourceEvent } from '../../../src/domain/source-event.js';
import type { FetchedDocument } from '../adapter.js';
import { AppError } from '../../../src/errors.js';
import { decodePage } from './charset.js';
import { englishVersion, isEnglish } from '../common/english.js';
import { unreadable } from '../common/result.js';
import { toExperience } from './attraction.js';
import { extractBlocks } from './blocks.js';
import type { LdEnv } from './common.js';
import { toEvent } from './event.js';
import { LdGraph } from './graph.js';
import { isSitemap } from './sitemap.js';
import type { LdNode } from './values.js';

/**
 * Merge what one page yields, by uid.
 * CASE: WordPress calendar plugins emit one Event per occurrence, all with the same @id/url; those become one event
 * with several occurrences. The same uid with a different title is a genuine clash and is rejected.
 */
class PageEvents {
  readonly events: SourceEvent[] = [];
  readonly rejects: Reject[] = [];
  private readonly byUid = new Map<string, SourceEvent>();

  add(outcome: SourceEvent | string, ref: string): void {
    if (typeof outcome === 'string') {
      this.rejects.push({ ref, reason: outcome });
      return;
    }
    const known = this.byUid.get(outcome.uid);
    if (!known) {
      this.byUid.set(outcome.uid, outcome);
      this.events.push(outcome);
    } else if (known.title !== outcome.title && this.mergeTranslation(known, outcome)) {
      return;
    } else if (known.title !== outcome.title) {
      this.rejects.push({ ref, reason: `duplicate id "${outcome.uid}" with a different name` });
    } else {
      const starts = new Set(known.occurrences.map((o) => o.startsAt));
      known.occurrences.push(...outcome.occurrences.filter((o) => !starts.has(o.startsAt)));
      known.occurrences.sort((a, b) => a.startsAt - b.startsAt);
    }
  }

  /** Merge a translation of a known event into it (see translationPair); false when `outcome` is none. */
  private mergeTranslation(known: SourceEvent, outcome: SourceEvent): boolean {
    const pair = translationPair(known, outcome);
    if (!pair) return false;
    const merged = { ...pair.main, english: englishVersion(pair.main, pair.english) };
    this.byUid.set(merged.uid, merged);
    this.events[this.events.indexOf(known)] = merged;
    return true;
  }
}

/**
 * CASE: a bilingual page describes its event once per language, with one @id and `inLanguage` "sv" and "en". The
 * English node becomes the other's English version (whichever comes first); false when neither is such a pair.
 */
function translationPair(a: SourceEvent, b: SourceEvent): { main: SourceEvent; english: SourceEvent } | null {
  if (isEnglish(b.lang) && a.lang !== null && !isEnglish(a.lang)) return { main: a, english: b };
  if (isEnglish(a.lang) && b.lang !== null && !isEnglish(b.lang)) return { main: b, english: a };
  return null;
}

function refOf(node: LdNode, pageUrl: string, index: number): string {
  const id = node['@id'] ?? node.url ?? node.name;
  return typeof id === 'string' ? id : `${pageUrl}#item-${index}`;
}

/** Parse one fetched page (or JSON-LD document) into events and experiences; a sitemap itself yields nothing. */
export function parseJsonld(doc: FetchedDocument, source: JsonldSourceConfig, ctx: ParseContext): ParseResult {
  const text = decodePage(doc.body, doc.contentType);
  if (text.trim() === '') return unreadable(doc.url, 'empty document');
  if (text.includes('\u0000')) return unreadable(doc.url, 'binary content, not an HTML page');
  if (isSitemap(text)) return { events: [], rejects: [] };

  const blocks = extractBlocks(text, doc.url);
  if (blocks.cut) throw new AppError('FEED_PARSE_FAILED', `truncated: ${doc.url} ends inside its JSON-LD`);
  if (blocks.scripts === 0) {
    // CASE: a proxy's "502 Bad Gateway" page served with status 200 in place of the events page (9 events became 0).
    // A sitemap may list pages that have no events; the source's own page must have the structure.
    if (doc.followed) return { events: [], rejects: [], skipped: 1 };
    throw new AppError('FEED_PARSE_FAILED', `${doc.url} has no JSON-LD (an error page in place of the events page?)`);
  }
  const graph = new LdGraph(blocks.roots);
  const env: LdEnv = {
    graph,
    pageUrl: doc.url,
    pageLang: blocks.pageLang,
    timeZone: source.options.timeZone ?? ctx.defaultTimeZone,
  };
  const found = graph.candidates(source.options.placesAsExperiences);
  const out = new PageEvents();
  out.rejects.push(...blocks.rejects);
  for (const [i, node] of found.events.entries()) out.add(toEvent(node, env), refOf(node, doc.url, i));
  for (const [i, node] of found.attractions.entries()) out.add(toExperience(node, env), refOf(node, doc.url, i));
  return { events: out.events, rejects: out.rejects };
}
