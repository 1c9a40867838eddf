import { addLocalDays, startOfLocalDay, toWallTime } from './time.js';

/*
 * When an experience is open, in a form the index can filter on: the hours (epoch seconds / 3600) of the coming
 * weeks in which it is open at some moment, and the local dates (days since 1970-01-01) on which it is open at all.
 * The indexer writes them; a date filter asks for any hour (short ranges) or any date (long ones) in its range.
 */

/** How far ahead the indexer lists open hours: "next week" ends 14 days ahead, plus slack for a day-old index. */
export const OPEN_HOURS_AHEAD_DAYS = 21;
/** Ranges up to this long are asked by the hour (tonight, this weekend, next week); longer ones by the day. */
export const HOURLY_RANGE_LIMIT = 8 * 86_400;
/** The longest list of dates a filter asks for. */
const MAX_DAYS = 400;

export function hourSlot(epoch: number): number {
  return Math.floor(epoch / 3600);
}

/** The local date of `epoch` in `tz`, as days since 1970-01-01. */
export function daySlot(epoch: number, tz: string): number {
  const w = toWallTime(epoch, tz);
  return Math.round(Date.UTC(w.year, w.month - 1, w.day) / 86_400_000);
}

/** Every hour slot an interval (end exclusive) touches. */
export function hourSlotsOf(interval: { from: number; to: number }): number[] {
  const out: number[] = [];
  for (let h = hourSlot(interval.from); h * 3600 < interval.to; h++) out.push(h);
  return out;
}

/** Every local date a range (end inclusive) touches, at most MAX_DAYS. */
export function daySlotsOf(range: { from: number; to: number }, tz: string): number[] {
  const out: number[] = [];
  for (let t = startOfLocalDay(range.from, tz); t <= range.to && out.length < MAX_DAYS; t = addLocalDays(t, 1, tz)) out.push(daySlot(t, tz));
  return out;
}

/** The slots a date filter asks for: hours for a short range, dates for a long one. */
export function slotsForRange(range: { from: number; to: number }, tz: string): { field: 'openHours' | 'openDays'; slots: number[] } {
  if (range.to - range.from <= HOURLY_RANGE_LIMIT) return { field: 'openHours', slots: hourSlotsOf({ from: range.from, to: range.to + 1 }) };
  return { field: 'openDays', slots: daySlotsOf(range, tz) };
}
