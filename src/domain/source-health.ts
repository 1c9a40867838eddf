/** What the indexer records per source on every run; the admin page and `--status` show it. */
export interface SourceHealth {
  id: string;
  name: string;
  type: string;
  ok: boolean;
  lastAttempt: number | null;
  lastSuccess: number | null;
  /** The error of the last attempt when it failed (the source's documents stay as they were). */
  error: { code: string; message: string } | null;
  read: number;
  indexed: number;
  skipped: number;
  rejected: number;
  /** Up to 20 reasons with counts, most frequent first. */
  rejectReasons: { reason: string; count: number }[];
  /** The first rejected items of the last read, each with its place in the feed ("line 12 (Jazzkväll)", a UID). */
  rejectSamples?: { ref: string; reason: string }[];
  durationMs: number;
  unchanged: boolean;
  etag: string | null;
  lastModified: string | null;
  /** SHA-256 of the bodies last parsed: an identical body counts as unchanged, like a 304. */
  bodyHash: string | null;
  /** When the feed was last parsed in full (conditional GET is skipped after a day so the horizon moves on). */
  lastFullParse: number | null;
  /**
   * Drop guard: the last read found far fewer documents than the index holds (`found` of `indexed`), so the indexed
   * ones are kept, since `since`, until an editor confirms. Null when nothing is held.
   */
  held?: { since: number; indexed: number; found: number } | null;
}

export interface IndexerState {
  sources: Record<string, SourceHealth>;
  lastRun: { startedAt: number; finishedAt: number; upserted: number; deleted: number; merged: number } | null;
}
