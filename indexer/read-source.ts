import { createHash } from 'node:crypto';
import type { SourceConfig } from '../src/config/data-schemas.js';
import type { AppConfig } from '../src/config/app-schema.js';
import type { EventDoc } from '../src/domain/event.js';
import type { Reject, SourceEvent } from '../src/domain/source-event.js';
import type { SourceHealth } from '../src/domain/source-health.js';
import { AppError } from '../src/errors.js';
import type { Database } from '../src/store/database.js';
import type { Enrichers } from './enrich/to-documents.js';
import { toDocuments } from './enrich/to-documents.js';
import { shiftEvent, weeksToShift } from './enrich/time-shift.js';
import { type FetchOptions, fetchDocument } from './fetch.js';
import { resolvePictures } from './images/pictures.js';
import type { FetchedDocument, SourceAdapter } from './sources/adapter.js';
import { normaliseEvent } from './sources/common/normalise-event.js';
import { adapterFor } from './sources/registry.js';

export type SourceOutcome =
  | {
      status: 'ok';
      docs: EventDoc[];
      read: number;
      skipped: number;
      rejects: Reject[];
      etag: string | null;
      lastModified: string | null;
      bodyHash: string;
    }
  | { status: 'unchanged' }
  | { status: 'failed'; error: AppError };

const MAX_DOCUMENTS_PER_SOURCE = 500;
const DAY = 86_400;

function asAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  return new AppError('FEED_PARSE_FAILED', (err as Error).message ?? String(err), { cause: err });
}

type Fetched =
  | { status: 'not-modified' }
  | { status: 'ok'; docs: FetchedDocument[]; etag: string | null; lastModified: string | null; bodyHash: string; localRoot?: string | null };

interface ReadContext {
  app: AppConfig;
  sourcesDir: string;
  enrich: Enrichers;
  now: number;
  previous: SourceHealth | undefined;
  /** The process's database, for a source that reads itself from it (submissions); absent or null: none open. */
  database?: Database | null;
}

/** A source that reads itself (the site's database) instead of being fetched: hashed the same way. */
async function readOwn(source: SourceConfig, adapter: SourceAdapter, ctx: ReadContext): Promise<Fetched> {
  const own = await (adapter.read as NonNullable<SourceAdapter['read']>)(source, { database: ctx.database ?? null, dataDir: ctx.app.dataDir });
  const hash = createHash('sha256');
  for (const doc of own.docs) hash.update(doc.body);
  return { status: 'ok', docs: own.docs, etag: null, lastModified: null, bodyHash: hash.digest('hex'), localRoot: own.localRoot };
}

/**
 * Every document of a source: the configured URL, then what the adapter says to follow (next pages, sitemap pages),
 * within the per-source cap. The first request is conditional when the last full parse is recent.
 */
async function fetchAll(
  source: SourceConfig,
  adapter: SourceAdapter,
  opts: Omit<FetchOptions, 'etag' | 'lastModified'>,
  previous: SourceHealth | undefined,
): Promise<Fetched> {
  const queue = [source.url];
  const seen = new Set<string>();
  const docs: FetchedDocument[] = [];
  const hash = createHash('sha256');
  let validators = { etag: null as string | null, lastModified: null as string | null };
  while (queue.length) {
    const url = queue.shift() as string;
    if (seen.has(url)) continue;
    // A partial read would delete the events on the pages not fetched: refuse it.
    if (seen.size >= MAX_DOCUMENTS_PER_SOURCE) throw new AppError('FEED_TOO_LARGE', `more than ${MAX_DOCUMENTS_PER_SOURCE} documents to follow`);
    seen.add(url);
    const first = seen.size === 1;
    const conditional = first && previous ? { etag: previous.etag, lastModified: previous.lastModified } : {};
    const outcome = await fetchDocument(url, { ...opts, ...conditional });
    if (outcome.status === 'not-modified') return { status: 'not-modified' };
    if (first) validators = { etag: outcome.etag, lastModified: outcome.lastModified };
    docs.push(first ? outcome.doc : { ...outcome.doc, followed: true });
    hash.update(outcome.doc.body);
    queue.push(...(adapter.follow?.(outcome.doc, source) ?? []));
  }
  return { status: 'ok', docs, ...validators, bodyHash: hash.digest('hex') };
}

/**
 * Fetches, parses and enriches one source. Never throws: a failure comes back as `failed`, and the caller leaves the
 * source's indexed documents as they were.
 */
export async function readSource(source: SourceConfig, ctx: ReadContext): Promise<SourceOutcome> {
  const { app, now, previous } = ctx;
  const fetchOpts = {
    timeoutMs: source.timeoutMs ?? app.indexer.fetch.timeoutMs,
    maxBytes: source.maxBytes ?? app.indexer.fetch.maxBytes,
    retries: app.indexer.fetch.retries,
    userAgent: app.indexer.fetch.userAgent,
    baseDir: ctx.sourcesDir,
  };
  // Re-parse at least daily even when unchanged: the horizon and the past move on.
  const fresh = previous?.lastFullParse && now - previous.lastFullParse < DAY && previous.ok;
  const weeks = source.timeShift ? weeksToShift(source.timeShift.anchor, now, app.site.timeZone) : 0;
  // Parse as if it were the anchor week, then move the results to now.
  const parseCtx = { now: now - weeks * 7 * DAY, horizonDays: app.indexer.horizonDays, defaultTimeZone: app.site.timeZone };
  try {
    const adapter = adapterFor(source);
    const fetched = adapter.read ? await readOwn(source, adapter, ctx) : await fetchAll(source, adapter, fetchOpts, fresh ? previous : undefined);
    // CASE: many servers send no ETag/Last-Modified; an identical body is just as unchanged.
    if (fetched.status === 'not-modified' || (fresh && fetched.bodyHash === previous?.bodyHash)) return { status: 'unchanged' };
    const docs: EventDoc[] = [];
    const rejects: Reject[] = [];
    const events: SourceEvent[] = [];
    let read = 0;
    let skipped = 0;
    for (const doc of fetched.docs) {
      const parsed = adapter.parse(doc, source, parseCtx);
      read += parsed.events.length + parsed.rejects.length + (parsed.skipped ?? 0);
      skipped += parsed.skipped ?? 0;
      rejects.push(...parsed.rejects);
      for (const e of parsed.events) events.push(shiftEvent(normaliseEvent(e), weeks, app.site.timeZone));
    }
    // Only a local feed (a path in the operator's sources file) may name image files, and only beside it; a source
    // that reads itself names its own folder.
    const localRoot = fetched.localRoot !== undefined ? fetched.localRoot : /^https?:/i.test(source.url) ? null : ctx.sourcesDir;
    const images = events.flatMap((e) => (e.image ? [e.image] : []));
    const pictures = await resolvePictures(images, { app, localRoot, now });
    for (const e of events) {
      const out = toDocuments(e, source, ctx.enrich, now, e.image ? (pictures.get(e.image) ?? null) : null);
      docs.push(...out.docs);
      rejects.push(...out.rejects);
    }
    const { etag, lastModified, bodyHash } = fetched;
    return { status: 'ok', docs: docs.filter((d) => d.endsAt >= now), read, skipped, rejects, etag, lastModified, bodyHash };
  } catch (err) {
    return { status: 'failed', error: asAppError(err) };
  }
}
