import type { SourceHealth } from '../src/domain/source-health.js';

export type Held = NonNullable<SourceHealth['held']>;

export interface DropInput {
  /** The source's documents in the index now (past occurrences pruned). */
  indexed: number;
  /** What this read yielded. */
  found: number;
  /** Set while an earlier run already holds the source: its drop dates from then. */
  heldBefore: Held | null | undefined;
  /** When an editor last confirmed the source's drop, if ever. */
  confirmedAt: number | undefined;
  /** The largest share of its documents a source may lose in one run (config indexer.dropGuardShare). */
  maxShare: number;
  now: number;
}

/**
 * The drop guard (pure): a read that yields nothing where the index has documents, or loses more than `maxShare` of
 * them, is more likely a broken export than a publisher deleting half its calendar. Such a read is held: the
 * source keeps its last good documents until an editor confirms after the drop began. `held` is null when the read
 * may be applied (no drop, or a confirmed one).
 */
export function dropGuard(input: DropInput): { held: Held | null; confirmed: boolean } {
  const { indexed, found } = input;
  const dropped = indexed > 0 && (found === 0 || (indexed - found) / indexed > input.maxShare);
  if (!dropped) return { held: null, confirmed: false };
  const since = input.heldBefore?.since ?? input.now;
  if (input.confirmedAt !== undefined && input.confirmedAt >= since) return { held: null, confirmed: true };
  return { held: { since, indexed, found }, confirmed: false };
}
