import { first } from '../domain/params.js';
import { emptyQuery } from '../domain/search-query.js';
import { readRemovals, removedSince } from '../sync/removal-log.js';
import type { RouteDeps } from './route-deps.js';

export type SyncWindow =
  | { kind: 'none' }
  | { kind: 'too-old'; keptSince: number | null }
  | { kind: 'since'; since: number; removed: { events: string[]; occurrences: string[] }; next: number };

/**
 * `updated_since` of an API request: what was removed since then, and the value to pass next time. The next value
 * is the latest change the index and the removal record have seen (never the clock: a run's documents all carry its
 * start time and become visible over its course, and `updated_since` is inclusive, so nothing is skipped).
 */
export async function syncWindow(deps: RouteDeps, raw: unknown, now: number): Promise<SyncWindow> {
  const text = first(raw);
  const ms = text ? Date.parse(text) : Number.NaN;
  if (!text || Number.isNaN(ms) || !/[zZ]|[+-]\d{2}:?\d{2}$/.test(text)) return { kind: 'none' };
  const since = Math.floor(ms / 1000);
  const log = await readRemovals(deps.config.app.dataDir);
  if (!log || since < log.since) return { kind: 'too-old', keptSince: log?.since ?? null };
  const [latest] = await deps.reader.recentlyChanged(emptyQuery(), now, 1);
  const lastRemoval = log.entries.at(-1)?.at ?? 0;
  return { kind: 'since', since, removed: removedSince(log, since), next: Math.max(latest?.updatedAt ?? 0, lastRemoval, log.since) };
}
