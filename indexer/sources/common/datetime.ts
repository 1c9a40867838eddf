import type { Occurrence } from '../../../src/domain/source-event.js';
import { addLocalDays, fromWallTime } from '../../../src/domain/time.js';

/** A point in time read from a feed, remembering whether the feed gave only a date. */
export interface FeedTime {
  epoch: number;
  dateOnly: boolean;
}

// 2026-05-03, 2026-05-03T18:00, 2026-05-03 18.00, 2026-05-03T18:00:00.123+02:00, …Z, …+0200, …+02
const DATE_TIME =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function offsetSeconds(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 3600 + Number(digits.slice(2, 4) || '0') * 60);
}

function validDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * Read an ISO-like date or date-time. With an offset (or Z) the instant is exact; without one it is a wall-clock
 * time in `timeZone`; a bare date is local midnight with `dateOnly` set. Returns null for anything else.
 */
export function parseFeedTime(value: unknown, timeZone: string): FeedTime | null {
  if (typeof value !== 'string') return null;
  const m = DATE_TIME.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!validDate(year, month, day)) return null;
  const dateOnly = m[4] === undefined;
  let [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (minute > 59 || second > 59 || hour > 24 || (hour === 24 && (minute > 0 || second > 0))) return null;
  // CASE: "24:00" closes a day in Swedish listings; it is midnight of the next day.
  const extraDay = hour === 24 ? 1 : 0;
  if (extraDay) hour = 0;
  if (m[7] !== undefined) {
    const utc = Date.UTC(year, month - 1, day + extraDay, hour, minute, second) / 1000;
    return { epoch: utc - offsetSeconds(m[7]), dateOnly: false };
  }
  const local = fromWallTime({ year, month, day, hour, minute, second }, timeZone);
  return { epoch: extraDay ? addLocalDays(local, 1, timeZone) : local, dateOnly };
}

/**
 * One occurrence from a start and an optional end.
 * Date-only ends are inclusive (schema.org, spreadsheets), so they run to the next local midnight; a missing end
 * leaves a timed event zero-length (the enrich step applies a default duration) and an all-day one a whole day.
 */
export function toOccurrence(start: FeedTime, end: FeedTime | null, timeZone: string): Occurrence & { allDay: boolean } {
  let endsAt: number;
  if (end === null) endsAt = start.dateOnly ? addLocalDays(start.epoch, 1, timeZone) : start.epoch;
  else endsAt = end.dateOnly ? addLocalDays(end.epoch, 1, timeZone) : end.epoch;
  // CASE: feeds swap or mistype ends; an end before the start carries no usable duration.
  if (endsAt < start.epoch) endsAt = start.dateOnly ? addLocalDays(start.epoch, 1, timeZone) : start.epoch;
  return { startsAt: start.epoch, endsAt, allDay: start.dateOnly };
}
