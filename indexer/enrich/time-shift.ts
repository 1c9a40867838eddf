import { OPEN_END } from '../../src/domain/event.js';
import type { SourceEvent } from '../../src/domain/source-event.js';
import { addLocalDays, fromWallTime, localDayDiff } from '../../src/domain/time.js';

/**
 * Sample feeds are written around an anchor Monday. The shift, in whole weeks, brings the anchor week to the current
 * week so weekdays and clock times stay as written.
 */
export function weeksToShift(anchorIsoDate: string, now: number, timeZone: string): number {
  const [y, m, d] = anchorIsoDate.split('-').map(Number) as [number, number, number];
  const anchor = fromWallTime({ year: y, month: m, day: d, hour: 12, minute: 0, second: 0 }, timeZone);
  return Math.floor(localDayDiff(anchor, now, timeZone) / 7);
}

export function shiftEvent(e: SourceEvent, weeks: number, timeZone: string): SourceEvent {
  if (weeks === 0) return e;
  const move = (t: number) => (t <= 0 || t >= OPEN_END ? t : addLocalDays(t, weeks * 7, timeZone));
  return { ...e, occurrences: e.occurrences.map((o) => ({ startsAt: move(o.startsAt), endsAt: move(o.endsAt) })) };
}
