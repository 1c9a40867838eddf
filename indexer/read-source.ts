import type { SourceConfig } from '../src/config/data-schemas.js';
import type { AppConfig } from '../src/config/app-schema.js';
import type { EventDoc } from '../src/domain/event.js';
import type { Reject } from '../src/domain/source-event.js';
import type { SourceHealth } from '../src/domain/source-health.js';
import { AppError } from '../src/errors.js';
import type { Enrichers } from './enrich/to-documents.js';
import { toDocuments } from './enrich/to-documents.js';
import { shiftEvent, weeksToShift } from './enrich/time-shift.js';
import { type FetchOutcome, fetchDocument } from './fetch.js';
import { adapterFor } from './sources/registry.js';

export type SourceOutcome =
  | { status: 'ok'; docs: EventDoc[]; read: number; skipped: number; rejects: Reject[]; etag: string | null; lastModified: string | null }
  | { status: 'unchanged' }
  | { status: 'failed'; error: AppError };

const MAX_DOCUMENTS_PER_SOURCE = 500;
const DAY = 86_400;

function asAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  return new AppError('FEED_PARSE_FAILED', (err as Error).message ?? String(err), { cause: err });
}

/**
 * Fetches, parses and enriches one source. Never throws: a failure comes back as `failed`, and the caller leaves the
 * source's indexed documents as they were.
 */
export async function readSource(
  source: SourceConfig,
  ctx: { app: AppConfig; sourcesDir: string; enrich: Enrichers; now: number; previous: SourceHealth | undefined },
): Promise<SourceOutcome> {
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
  const weeks = source.timeShift ? weeksToShift(source.timeShift.anchor, now, app.indexer.timeZone) : 0;
  // Parse as if it were the anchor week, then move the results to now.
  const parseCtx = { now: now - weeks * 7 * DAY, horizonDays: app.indexer.horizonDays, defaultTimeZone: app.indexer.timeZone };
  try {
    const adapter = adapterFor(source);
    const queue = [source.url];
    const seen = new Set<string>();
    const docs: EventDoc[] = [];
    const rejects: Reject[] = [];
    let read = 0;
    let skipped = 0;
    let validators: { etag: string | null; lastModified: string | null } = { etag: null, lastModified: null };
    while (queue.length && seen.size < MAX_DOCUMENTS_PER_SOURCE) {
      const url = queue.shift() as string;
      if (seen.has(url)) continue;
      seen.add(url);
      const first = seen.size === 1;
      const outcome: FetchOutcome = await fetchDocument(url, {
        ...fetchOpts,
        ...(first && fresh ? { etag: previous?.etag, lastModified: previous?.lastModified } : {}),
      });
      if (outcome.status === 'not-modified') return { status: 'unchanged' };
      if (first) validators = { etag: outcome.etag, lastModified: outcome.lastModified };
      const parsed = adapter.parse(outcome.doc, source, parseCtx);
      read += parsed.events.length + parsed.rejects.length + (parsed.skipped ?? 0);
      skipped += parsed.skipped ?? 0;
      rejects.push(...parsed.rejects);
      for (const e of parsed.events) {
        const out = toDocuments(shiftEvent(e, weeks, app.indexer.timeZone), source, ctx.enrich, now);
        docs.push(...out.docs);
        rejects.push(...out.rejects);
      }
      queue.push(...(adapter.follow?.(outcome.doc, source) ?? []));
    }
    return { status: 'ok', docs: docs.filter((d) => d.endsAt >= now), read, skipped, rejects, ...validators };
  } catch (err) {
    return { status: 'failed', error: asAppError(err) };
  }
}
