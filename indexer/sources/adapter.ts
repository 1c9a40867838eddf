import type { SourceConfig } from '../../src/config/data-schemas.js';
import type { ParseContext, ParseResult } from '../../src/domain/source-event.js';
import type { Database } from '../../src/store/database.js';

/** One fetched document of a source: its URL and raw bytes (adapters decode: feeds are not all UTF-8). */
export interface FetchedDocument {
  url: string;
  body: Uint8Array;
  contentType: string | null;
  /**
   * Reached through another document of the source (a sitemap's page, an API's next page), not the source's own URL.
   * An adapter may treat a followed page without content more leniently than the source's own document.
   */
  followed?: boolean;
}

/**
 * A source format. `parse` is pure: bytes in, events and rejects out.
 * `follow` (optional) names further URLs to fetch after a document — the next page of a paged API, the pages of a
 * sitemap — which the indexer fetches (within the source's limits) and hands to `parse` in turn.
 */
export interface SourceAdapter<S extends SourceConfig = SourceConfig> {
  type: S['type'];
  parse(doc: FetchedDocument, source: S, ctx: ParseContext): ParseResult;
  follow?(doc: FetchedDocument, source: S): string[];
  /**
   * For a source that is not fetched from a URL (the site's own database): reads its documents itself, and names the
   * only folder its file: images may come from.
   */
  read?(source: S, ctx: ReadContext): Promise<{ docs: FetchedDocument[]; localRoot: string | null }>;
  /** False for a source whose every removal is deliberate (moderated submissions): the drop guard never holds it. */
  dropGuard?: boolean;
}

/** What `read` may use: the process's database (null when it has none open) and DATA_DIR. */
export interface ReadContext {
  database: Database | null;
  dataDir: string;
}
