import type { SourceConfig } from '../src/config/data-schemas.js';
import { type Config, loadSources } from '../src/config/load-config.js';
import type { EventDoc } from '../src/domain/event.js';
import type { Reject } from '../src/domain/source-event.js';
import type { IndexerState, SourceHealth } from '../src/domain/source-health.js';
import { AppError } from '../src/errors.js';
import { readConfirmations } from '../src/health/confirmations.js';
import { readState, writeState } from '../src/health/state-store.js';
import type { Logger } from '../src/logger.js';
import type { EventWriter } from '../src/search/event-writer.js';
import type { Database } from '../src/store/database.js';
import { dropGuard, type Held } from './drop-guard.js';
import { createEnrichers } from './enrich/enrichers.js';
import { removeUnusedPictures } from './images/remove-unused-pictures.js';
import { dedupe } from './enrich/dedupe.js';
import { contentHash } from './enrich/identity.js';
import { readSource, type SourceOutcome } from './read-source.js';
import { adapterFor } from './sources/registry.js';
import { withRunLock } from './run-lock.js';
import { recordRemovals } from '../src/sync/removal-log.js';
import { removalsOf, stampChanged } from './sync-marks.js';

export interface IndexerDeps {
  config: Config;
  writer: EventWriter;
  logger: Logger;
  /** Epoch seconds; tests pass a fixed clock. */
  now: () => number;
  /** The site's database, for the `submissions` source; absent or null: that source fails and keeps its documents. */
  database?: Database | null;
}

export interface RunOptions {
  rebuild?: boolean;
  /**
   * Read only the sources this accepts (an approved submission published at once); the others keep their documents
   * and their health as they are.
   */
  only?: (source: SourceConfig) => boolean;
}

export interface RunSummary {
  sources: SourceHealth[];
  upserted: number;
  deleted: number;
  merged: number;
  total: number;
  durationMs: number;
}

/** The sources file as read for this run; `validated` false means it could not be read, so nothing is removed. */
interface SourceList {
  sources: readonly SourceConfig[];
  sourcesDir: string;
  validated: boolean;
}

const DEFAULT_PRIORITY = 50;

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
 * The sources file, read afresh for every run (a process started before `npm run indexer` added a source must not
 * take that source for removed). If it cannot be read now, the list from start-up is used and nothing is removed.
 */
function sourceList(config: Config, log: Logger): SourceList {
  try {
    return { ...loadSources(config.app, config.rootDir), validated: true };
  } catch (err) {
    log.error({ reason: (err as Error).message }, 'sources file unreadable: indexing the sources known at start-up, removing none');
    return { sources: config.sources, sourcesDir: config.sourcesDir, validated: false };
  }
}

/**
 * One indexer run: read every enabled source, hold back suspicious drops, merge cross-source duplicates, then write
 * only what changed. Documents of sources that failed, were held or were not read are kept as they are; past
 * occurrences are pruned. With `rebuild`, everything goes into a fresh index that is swapped in atomically.
 */
export function runOnce(deps: IndexerDeps, opts: RunOptions = {}): Promise<RunSummary> {
  return withRunLock(deps.config.app.dataDir, () => run(deps, opts));
}

async function run(deps: IndexerDeps, opts: RunOptions): Promise<RunSummary> {
  const started = Date.now();
  const now = deps.now();
  const { config, writer } = deps;
  const log = deps.logger.child({ module: 'indexer' });
  const list = sourceList(config, log);
  await writer.prepare();
  // Pruned first, so the drop guard compares with what is still current.
  const pruned = await writer.pruneEndedBefore(now);
  const state = await readState(config.app.dataDir);
  const indexed = await writer.countsBySource();
  const { fresh, readOk, health } = await readAll(deps, list, state, indexed, now, opts);
  const removed = removedSources(list, indexed, log);
  const { upserted, deleted, merged, total, removals } =
    readOk.size === 0 && removed.size === 0 && !opts.rebuild
      ? { upserted: 0, deleted: 0, merged: 0, total: await writer.count(), removals: [] }
      : await writeChanges(writer, fresh, readOk, keptSources(list, indexed, readOk), priorities(list), now, opts.rebuild ?? false);
  // Recorded even when nothing went, so the record covers this run (partners' `updated_since` relies on it).
  await recordRemovals(config.app.dataDir, removals, now);
  const summary = { sources: health, upserted, deleted: deleted + pruned, merged, total, durationMs: Date.now() - started };
  await writeState(config.app.dataDir, nextState(state, health, list, summary, now));
  await removeUnusedPictures({ dataDir: config.app.dataDir, writer, logger: deps.logger, now }, { validated: list.validated, partial: !!opts.only, health });
  log.info({ upserted, deleted: summary.deleted, merged, total, durationMs: summary.durationMs }, 'indexer run finished');
  return summary;
}

/** Reads every enabled source in turn; what the drop guard holds is not applied. */
async function readAll(deps: IndexerDeps, list: SourceList, state: IndexerState, indexed: Map<string, number>, now: number, opts: RunOptions) {
  const rebuild = opts.rebuild ?? false;
  const { config } = deps;
  const log = deps.logger.child({ module: 'indexer' });
  const confirmations = await readConfirmations(config.app.dataDir);
  const enrich = createEnrichers(config);
  const sources = list.sources.filter((s) => s.enabled && (opts.only?.(s) ?? true));
  const fresh: EventDoc[] = [];
  const readOk = new Set<string>();
  const health: SourceHealth[] = [];
  for (const [i, source] of sources.entries()) {
    const t0 = Date.now();
    const previous = state.sources[source.id];
    const count = indexed.get(source.id) ?? 0;
    // Skip an unchanged feed only when its documents are really in the index (it may have been emptied or rebuilt).
    const trusted = !rebuild && count > 0 ? previous : undefined;
    const outcome = garbage(await readSource(source, { app: config.app, sourcesDir: list.sourcesDir, enrich, now, previous: trusted, database: deps.database }));
    const found = outcome.status === 'ok' ? outcome.docs.length : count;
    const guard =
      adapterFor(source).dropGuard === false
        ? { held: null, confirmed: false }
        : dropGuard({ indexed: count, found, heldBefore: previous?.held, confirmedAt: confirmations[source.id], maxShare: config.app.indexer.dropGuardShare, now });
    const h = healthOf(source, outcome, guard.held, previous, now, Date.now() - t0);
    health.push(h);
    if (outcome.status === 'ok' && !guard.held) {
      readOk.add(source.id);
      fresh.push(...outcome.docs);
    }
    if (guard.held) log.warn({ source: source.id, indexed: count, found }, 'source lost most of its events: the last good ones are kept until an editor confirms');
    if (guard.confirmed) log.info({ source: source.id, indexed: count, found }, 'confirmed drop applied');
    log.info({ source: source.id, progress: `${i + 1}/${sources.length}`, ok: h.ok, unchanged: h.unchanged, indexed: h.indexed, rejected: h.rejected, error: h.error?.code }, 'source read');
  }
  return { fresh, readOk, health };
}

/** Sources with documents in the index that a validated file no longer lists as enabled: their documents go. */
function removedSources(list: SourceList, indexed: Map<string, number>, log: Logger): Set<string> {
  const removed = new Set<string>();
  if (!list.validated) return removed;
  const byId = new Map(list.sources.map((s) => [s.id, s]));
  for (const [id, documents] of indexed) {
    const configured = byId.get(id);
    if (documents === 0 || configured?.enabled) continue;
    removed.add(id);
    log.info({ source: id, documents, reason: configured ? 'disabled' : 'not in the sources file' }, 'removing the documents of a source no longer configured');
  }
  return removed;
}

/** Sources whose indexed documents stay as they are this run: enabled but not applied (failed, held, unchanged). */
function keptSources(list: SourceList, indexed: Map<string, number>, readOk: Set<string>): string[] {
  const ids = new Set(list.sources.filter((s) => s.enabled).map((s) => s.id));
  // An unreadable sources file removes nothing: every source in the index is kept.
  if (!list.validated) for (const id of indexed.keys()) ids.add(id);
  return [...ids].filter((id) => !readOk.has(id));
}

function priorities(list: SourceList): (source: string) => number {
  const byId = new Map(list.sources.map((s) => [s.id, s.priority]));
  return (source) => byId.get(source) ?? DEFAULT_PRIORITY;
}

/**
 * Merges fresh documents with the kept ones, then writes only the difference (or everything into a fresh index, for
 * a rebuild). Documents of neither (sources removed from the file) are deleted.
 */
async function writeChanges(
  writer: EventWriter,
  fresh: EventDoc[],
  readOk: Set<string>,
  keptSourceIds: string[],
  priorityOf: (source: string) => number,
  now: number,
  rebuild: boolean,
) {
  const existing = await writer.documentHashes();
  const kept = await writer.documentsOfSources(keptSourceIds.filter((id) => !readOk.has(id)));
  const untouched = new Set([...fresh, ...kept]);
  const { docs, merged } = dedupe([...fresh, ...kept], priorityOf);
  // Only documents that dedup rebuilt need a new hash; the others carry theirs from enrichment or the index.
  const hashed = docs.filter((d) => d.endsAt >= now).map((d) => (untouched.has(d) ? d : { ...d, hash: contentHash(d) }));
  const final = stampChanged(hashed, existing, now);
  const removals = removalsOf(existing, final);
  if (rebuild) {
    await writer.rebuild(final);
    return { upserted: final.length, deleted: 0, merged, total: final.length, removals };
  }
  const finalIds = new Set(final.map((d) => d.id));
  const upserted = await writer.upsert(final.filter((d) => existing.get(d.id)?.hash !== d.hash));
  const deleted = await writer.remove([...existing.keys()].filter((id) => !finalIds.has(id)));
  return { upserted, deleted, merged, total: final.length, removals };
}

/** Health of this run's sources; a validated file also drops the health of sources it no longer lists. */
function nextState(state: IndexerState, health: SourceHealth[], list: SourceList, s: RunSummary, now: number): IndexerState {
  const listed = new Set(list.sources.map((src) => src.id));
  const sources = Object.fromEntries(Object.entries(state.sources).filter(([id]) => !list.validated || listed.has(id)));
  for (const h of health) sources[h.id] = h;
  return {
    sources,
    lastRun: { startedAt: now, finishedAt: now + Math.round(s.durationMs / 1000), upserted: s.upserted, deleted: s.deleted, merged: s.merged },
  };
}

function healthOf(
  source: SourceConfig,
  outcome: SourceOutcome,
  held: Held | null,
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
    rejectSamples: previous?.rejectSamples ?? [],
    durationMs,
    unchanged: false,
    etag: previous?.etag ?? null,
    lastModified: previous?.lastModified ?? null,
    bodyHash: previous?.bodyHash ?? null,
    lastFullParse: previous?.lastFullParse ?? null,
    held: null,
  };
  if (outcome.status === 'failed') return { ...base, ok: false, error: { code: outcome.error.code, message: outcome.error.message }, held: previous?.held ?? null };
  if (outcome.status === 'unchanged') return { ...base, lastSuccess: now, unchanged: true };
  if (held) {
    // Validators and body hash stay those of the last applied read, so the next run reads the feed again in full.
    const message = `found ${held.found} of ${held.indexed} indexed events; the indexed ones are kept until an editor confirms`;
    return { ...base, ok: false, error: { code: 'SOURCE_DROP_HELD', message }, held };
  }
  return {
    ...base,
    lastSuccess: now,
    read: outcome.read,
    indexed: outcome.docs.length,
    skipped: outcome.skipped,
    rejected: outcome.rejects.length,
    rejectReasons: reasonCounts(outcome.rejects),
    rejectSamples: outcome.rejects.slice(0, 20).map((r) => ({ ref: r.ref.slice(0, 200), reason: r.reason.slice(0, 300) })),
    etag: outcome.etag,
    lastModified: outcome.lastModified,
    bodyHash: outcome.bodyHash,
    lastFullParse: now,
  };
}
