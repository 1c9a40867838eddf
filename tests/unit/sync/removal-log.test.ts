import { describe, expect, it } from 'vitest';
import { removalsOf, stampChanged } from '../../../indexer/sync-marks.js';
import { REMOVALS_KEPT_DAYS, removedSince, withRemovals } from '../../../src/sync/removal-log.js';
import { sampleDoc } from '../../support/sample-doc.js';

const T = Date.UTC(2026, 0, 5) / 1000;
const indexed = (d: ReturnType<typeof sampleDoc>) => ({ hash: d.hash, source: d.source, eventId: d.eventId, updatedAt: d.updatedAt });

describe('what partners syncing incrementally are told', () => {
  it('stamps a document with the run’s time when its content changed, and keeps the indexed time when not', () => {
    const same = sampleDoc({ id: 'a-1', updatedAt: T - 999 });
    const changed = sampleDoc({ id: 'b-1', eventId: 'b', hash: 'new' });
    const index = new Map([['a-1', { ...indexed(same), updatedAt: T - 5000 }], ['b-1', { ...indexed(changed), hash: 'old' }]]);
    const [a, b, fresh] = stampChanged([same, changed, sampleDoc({ id: 'c-1', eventId: 'c' })], index, T);
    expect([a?.updatedAt, b?.updatedAt, fresh?.updatedAt]).toEqual([T - 5000, T, T]);
  });

  it('records occurrences that left or became hidden duplicates, and whether their event is gone', () => {
    const kept = sampleDoc({ id: 'a-1', eventId: 'a' });
    const index = new Map([
      ['a-1', indexed(kept)],
      ['a-2', { ...indexed(kept), eventId: 'a' }],
      ['z-1', { ...indexed(kept), eventId: 'z' }],
      ['d-1', { ...indexed(kept), eventId: 'd', hash: 'before' }],
    ]);
    const hidden = sampleDoc({ id: 'd-1', eventId: 'd', duplicate: true, hash: 'after' });
    expect(removalsOf(index, [kept, hidden])).toEqual([
      { id: 'a-2', eventId: 'a', eventGone: false },
      { id: 'z-1', eventId: 'z', eventGone: true },
      { id: 'd-1', eventId: 'd', eventGone: true },
    ]);
  });

  it('keeps removals for the kept days, and says from when the record is complete', () => {
    const first = withRemovals(null, [{ id: 'x-1', eventId: 'x', eventGone: true }], T);
    expect(first.since).toBe(T);
    const later = T + (REMOVALS_KEPT_DAYS + 1) * 86_400;
    const second = withRemovals(first, [{ id: 'y-1', eventId: 'y', eventGone: false }], later);
    expect(second.entries.map((e) => e.id)).toEqual(['y-1']);
    expect(second.since).toBe(later - REMOVALS_KEPT_DAYS * 86_400);
    expect(removedSince(second, later)).toEqual({ events: [], occurrences: ['y-1'] });
  });
});
