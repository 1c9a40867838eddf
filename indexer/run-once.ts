import type { Config } from '../src/config/load-config.js';
import type { EventDoc } from '../src/domain/event.js';
import type { Reject } from '../src/domain/source-event.js';
import type { IndexerState, SourceHealth } from '../src/domain/source-health.js';
import { AppError } from '../src/errors.js';
import { readState, writeState } from '../src/health/state-store.js';
import type { Logger } from '../src/logger.js';
import type { EventWriter } from '../src/search/event-writer.js';
import { createEnrichers } from './enrich/enrichers.js';
import { dedupe } from './enrich/dedupe.js';
import { contentHash } from './enrich/identity.js';
import { readSource, type SourceOutcome } from './read-source.js';
import { withRunLock } from './run-lock.js';

export interface IndexerDeps {
  config: Config;
  writer: EventWriter;
  logger: Logger;
  /** Epoch seconds; tests pass a fixed clock. */
  now: () => number;
}

export interface RunSummary {
  sources: SourceHealth[];
  upserted: number;
  deleted: number;
  merged: number;
  total: number;
  durationMs: number;
}

function reasonCounts(rejects: Reject[]): SourceHealth['rejectReasons'] {
  const counts = new Map<string, number>();
  for (const r of rejects) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count).slice(0, 20);
}

/** A source whose every record was rejected is treated as broken, not as emptied by its publisher. */
function garbage(outcome: SourceOutcome): SourceOutcome {
  if (outcome.status === 'ok' && outcome.docs.length === 0 && outcome.rejects.length > 0 && outcome.read === outcome.rejects.length) {
    const top = reasonCounts(outcome.rejects)[0]?.reason ?? 'unknown';
    return { status: 'failed', error: new AppError('FEED_PARSE_FAILED', `every record was rejected (${top})`) };
  }
  return outcome;
}

/**
 * One indexer run: read every enabled source, merge cross-source duplicates, then write only what changed. Documents
 * of sources that failed (or were not read) are kept as they are; past occurrences are pruned.
 * With `rebuild`, everything goes into a fresh index that is swapped in atomically.
 */
export function runOnce(deps: IndexerDeps, opts: { rebuild?: boolean } = {}): Promise<RunSummary> {
  return withRunLock(deps.config.app.dataDir, () => run(deps, opts));
}

async function run(deps: IndexerDeps, opts: { rebuild?: boolean }): Promise<RunSummary> {
  const started = Date.now();
  const now = deps.now();
  const { config, writer } = deps;
  const log = deps.logger.child({ module: 'indexer' });
  await writer.prepare();
  const state = await readState(config.app.dataDir);
  const indexed = await writer.countsBySource();
  const enrich = createEnrichers(config);
  const sources = config.sources.filter((s) => s.enabled);
  const fresh: EventDoc[] = [];
  const readOk = new Set<string>();
  const health: SourceHealth[] = [];
  for (const [i, source] of sources.entries()) {
    const t0 = Date.now();
    // Skip an unchanged feed only when its documents are really in the index (it may have been emptied or rebuilt).
    const previous = state.sources[source.id];
    const trusted = !opts.rebuild && (indexed.get(source.id) ?? 0) > 0 ? previous : undefined;
    const outcome = garbage(await readSource(source, { app: config.app, sourcesDir: config.sourcesDir, enrich, now, previous: trusted }));
    const h = healthOf(source, outcome, previous, now, Date.now() - t0);
    health.push(h);
    if (outcome.status === 'ok') {
      readOk.add(source.id);
      fresh.push(...outcome.docs);
    }
    log.info({ source: source.id, progress: `${i + 1}/${sources.length}`, ok: h.ok, unchanged: h.unchanged, indexed: h.indexed, rejected: h.rejected, error: h.error?.code }, 'source read');
  }
  const { upserted, deleted, merged, total } =
    readOk.size === 0 && !opts.rebuild
      ? { upserted: 0, deleted: await writer.pruneEndedBefore(now), merged: 0, total: await writer.count() }
      : await writeChanges(writer, fresh, readOk, new Set(sources.map((s) => s.id)), now, opts.rebuild ?? false);
  const summary = { sources: health, upserted, deleted, merged, total, durationMs: Date.now() - started };
  await writeState(config.app.dataDir, nextState(state, health, summary, now));
  log.info({ upserted, deleted, merged, total, durationMs: summary.durationMs }, 'indexer run finished');
  return summary;
}

/**
 * Merges fresh documents with the kept ones of sources not read this run, then writes only the difference (or
 * everything into a fresh index, for a rebuild). Nothing of a source that was not read is deleted, except past
 * occurrences.
 */
async function writeChanges(
  writer: EventWriter,
  fresh: EventDoc[],
  readOk: Set<string>,
  enabled: Set<string>,
  now: number,
  rebuild: boolean,
) {
  const existing = await writer.documentHashes();
  // Enabled sources not read this run (failed, unchanged) keep their documents and take part in dedup as they are;
  // documents of sources no longer configured (or disabled) are not kept.
  const keptSources = [...enabled].filter((id) => !readOk.has(id));
  const kept = await writer.documentsOfSources(keptSources);
  const untouched = new Set([...fresh, ...kept]);
  const { docs, merged } = dedupe([...fresh, ...kept]);
  // Only documents that dedup rebuilt need a new hash; the others carry theirs from enrichment or the index.
  const final = docs.filter((d) => d.endsAt >= now).map((d) => (untouched.has(d) ? d : { ...d, hash: contentHash(d) }));
  if (rebuild) {
    await writer.rebuild(final);
    return { upserted: final.length, deleted: 0, merged, total: final.length };
  }
  const finalIds = new Set(final.map((d) => d.id));
  const upserted = await writer.upsert(final.filter((d) => existing.get(d.id)?.hash !== d.hash));
  const deleted =
    (await writer.remove([...existing.keys()].filter((id) => !finalIds.has(id)))) + (await writer.pruneEndedBefore(now));
  return { upserted, deleted, merged, total: final.length };
}

function nextState(state: IndexerState, health: SourceHealth[], s: RunSummary, now: number): IndexerState {
  const sources = { ...state.sources };
  for (const h of health) sources[h.id] = h;
  return {
    sources,
    lastRun: { startedAt: now, finishedAt: now + Math.round(s.durationMs / 1000), upserted: s.upserted, deleted: s.deleted, merged: s.merged },
  };
}

function healthOf(
  source: Config['sources'][number],
  outcome: SourceOutcome,
  previous: SourceHealth | undefined,
  now: number,
  durationMs: number,
): SourceHealth {
  const base: SourceHealth = {
    id: source.id,
    name: source.name ?? source.id,
    type: source.type,
    ok: true,
    lastAttempt: now,
    lastSuccess: previous?.lastSuccess ?? null,
    error: null,
    read: previous?.read ?? 0,
    indexed: previous?.indexed ?? 0,
    skipped: previous?.skipped ?? 0,
    rejected: previous?.rejected ?? 0,
    rejectReasons: previous?.rejectReasons ?? [],
    durationMs,
    unchanged: false,
    etag: previous?.etag ?? null,
    lastModified: previous?.lastModified ?? null,
    bodyHash: previous?.bodyHash ?? null,
    lastFullParse: previous?.lastFullParse ?? null,
  };
  if (outcome.status === 'failed') return { ...base, ok: false, error: { code: outcome.error.code, message: outcome.error.message } };
  if (outcome.status === 'unchanged') return { ...base, lastSuccess: now, unchanged: true };
  return {
    ...base,
    lastSuccess: now,
    read: outcome.read,
    indexed: outcome.docs.length,
    skipped: outcome.skipped,
    rejected: outcome.rejects.length,
    rejectReasons: reasonCounts(outcome.rejects),
    etag: outcome.etag,
    lastModified: outcome.lastModified,
    bodyHash: outcome.bodyHash,
    lastFullParse: now,
  };
}
