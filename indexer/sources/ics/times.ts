import ical, { type VEvent } from 'node-ical';
import { addLocalDays, fromWallTime } from '../../../src/domain/time.js';
import type { Occurrence } from '../../../src/domain/source-event.js';

type IcalDate = Date & { tz?: string; dateOnly?: boolean };

/**
 * node-ical builds floating times and all-day dates in the server's own zone. Read them back with local getters and
 * place them in the feed's default zone, so results do not depend on the server's TZ.
 */
function wallOf(d: IcalDate, timeZone: string): number {
  return fromWallTime(
    {
      year: d.getFullYear(),
      month: d.getMonth() + 1,
      day: d.getDate(),
      hour: d.getHours(),
      minute: d.getMinutes(),
      second: d.getSeconds(),
    },
    timeZone,
  );
}

export function toEpoch(d: IcalDate, allDay: boolean, timeZone: string): number {
  if (allDay || d.dateOnly || !d.tz) return wallOf(d, timeZone);
  return Math.floor(d.getTime() / 1000);
}

/** Recurrence frequencies below a day could expand to millions of instances: refused rather than risk a hang. */
export function subDailyRule(e: VEvent): boolean {
  const rule = e.rrule ? String(e.rrule.toString()) : '';
  return /FREQ=(SECONDLY|MINUTELY|HOURLY)/i.test(rule);
}

const MAX_OCCURRENCES = 400;

/**
 * Occurrences of an event that end after `from` and start before `to` (epoch seconds), with EXDATE and
 * RECURRENCE-ID applied; an override with STATUS:CANCELLED drops its occurrence.
 */
export function expand(e: VEvent, from: number, to: number, timeZone: string): { occurrences: Occurrence[]; allDay: boolean } {
  // Widen by a day: floating and all-day times are re-zoned after expansion.
  const instances = ical.expandRecurringEvent(e, {
    from: new Date((from - 86_400) * 1000),
    to: new Date((to + 86_400) * 1000),
    expandOngoing: true,
  });
  const allDay = instances.some((i) => i.isFullDay) || e.datetype === 'date';
  const occurrences: Occurrence[] = [];
  for (const inst of instances) {
    if (inst.isOverride && inst.event.status === 'CANCELLED') continue;
    const startsAt = toEpoch(inst.start as IcalDate, inst.isFullDay, timeZone);
    let endsAt = inst.end ? toEpoch(inst.end as IcalDate, inst.isFullDay, timeZone) : startsAt;
    // An all-day DTEND is exclusive: the event ends the second before that midnight.
    if (inst.isFullDay) endsAt = Math.max(endsAt, addLocalDays(startsAt, 1, timeZone)) - 1;
    if (endsAt < startsAt) endsAt = startsAt;
    if (endsAt < from || startsAt > to) continue;
    occurrences.push({ startsAt, endsAt });
    if (occurrences.length >= MAX_OCCURRENCES) break;
  }
  return { occurrences, allDay };
}
