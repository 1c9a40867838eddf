import type { EventDoc } from '../src/domain/event.js';
import type { IndexedDoc } from '../src/search/event-writer.js';
import type { Removal } from '../src/sync/removal-log.js';

/*
 * What partners syncing incrementally read: `updatedAt` is when our copy of a document last changed (this run's
 * time for every document whose content hash differs from the index's, the indexed time otherwise), not what the
 * feed claims, which can lie in the past of a partner's last sync. Calendar SEQUENCE numbers rise with it.
 */

/** The run's documents with `updatedAt` set: `now` where the content changed, the indexed value where it did not. */
export function stampChanged(docs: readonly EventDoc[], indexed: ReadonlyMap<string, IndexedDoc>, now: number): EventDoc[] {
  return docs.map((d) => {
    const before = indexed.get(d.id);
    if (before?.hash !== d.hash) return { ...d, updatedAt: now };
    return before.updatedAt === d.updatedAt ? d : { ...d, updatedAt: before.updatedAt };
  });
}

/**
 * Occurrences that leave the index or become hidden duplicates this run, each with whether its event still has a
 * visible occurrence afterwards.
 */
export function removalsOf(indexed: ReadonlyMap<string, IndexedDoc>, docs: readonly EventDoc[]): Omit<Removal, 'at'>[] {
  const visible = new Set(docs.filter((d) => !d.duplicate).map((d) => d.eventId));
  const remaining = new Set(docs.map((d) => d.id));
  const removed: Omit<Removal, 'at'>[] = [];
  for (const [id, before] of indexed) if (!remaining.has(id)) removed.push({ id, eventId: before.eventId, eventGone: !visible.has(before.eventId) });
  for (const d of docs) {
    const before = indexed.get(d.id);
    // Newly hidden behind another source's copy: gone from the API, as far as a partner can tell.
    if (d.duplicate && before && before.hash !== d.hash) removed.push({ id: d.id, eventId: d.eventId, eventGone: !visible.has(d.eventId) });
  }
  return removed;
}
