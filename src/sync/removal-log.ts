import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/*
 * Which events and occurrences left the index, and when: what a partner syncing with `updated_since` must delete.
 * A small JSON file in DATA_DIR (the web process and the indexer share it, as they share indexer-state.json), written
 * only by the indexer (one run at a time), pruned to the last KEPT_DAYS. Occurrences that simply ended are not
 * recorded: the API only ever lists future ones.
 */

/** How long removals are kept: a partner whose last sync is older must sync in full. */
export const REMOVALS_KEPT_DAYS = 30;
/** A bound on the file, whatever happens upstream (a source emptied and refilled every run). */
const MAX_ENTRIES = 200_000;

export interface Removal {
  /** The occurrence's document id. */
  id: string;
  eventId: string;
  /** True when no visible occurrence of the event was left in the index. */
  eventGone: boolean;
  /** Epoch seconds: the indexer run's time. */
  at: number;
}

export interface RemovalLog {
  /** Removals are complete from this epoch second on (when recording began, or the oldest kept). */
  since: number;
  entries: Removal[];
}

export function removalFile(dataDir: string): string {
  return path.join(dataDir, 'removed-events.json');
}

/** The log, or null when no indexer run has recorded one yet (removals before then are unknown). */
export async function readRemovals(dataDir: string): Promise<RemovalLog | null> {
  try {
    const parsed = JSON.parse(await readFile(removalFile(dataDir), 'utf8')) as RemovalLog;
    return typeof parsed.since === 'number' && Array.isArray(parsed.entries) ? parsed : null;
  } catch {
    return null;
  }
}

/** The log after one run: its removals added, entries older than the kept days dropped. Pure. */
export function withRemovals(log: RemovalLog | null, removed: readonly Omit<Removal, 'at'>[], now: number): RemovalLog {
  const keptFrom = now - REMOVALS_KEPT_DAYS * 86_400;
  const entries = [...(log?.entries ?? []).filter((e) => e.at >= keptFrom), ...removed.map((r) => ({ ...r, at: now }))];
  const kept = entries.slice(-MAX_ENTRIES);
  const since = Math.max(log?.since ?? now, keptFrom, kept.length < entries.length ? (kept[0]?.at ?? now) : -Infinity);
  return { since, entries: kept };
}

/** Records one run's removals (also when there are none: the log then covers this run). Written atomically. */
export async function recordRemovals(dataDir: string, removed: readonly Omit<Removal, 'at'>[], now: number): Promise<void> {
  const next = withRemovals(await readRemovals(dataDir), removed, now);
  const file = removalFile(dataDir);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(next));
  await rename(tmp, file);
}

/** What was removed at or after `since`: occurrence ids, and the events none of whose occurrences are left. */
export function removedSince(log: RemovalLog, since: number): { events: string[]; occurrences: string[] } {
  const recent = log.entries.filter((e) => e.at >= since);
  return {
    events: [...new Set(recent.filter((e) => e.eventGone).map((e) => e.eventId))],
    occurrences: [...new Set(recent.map((e) => e.id))],
  };
}
