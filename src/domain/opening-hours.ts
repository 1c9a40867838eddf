import OpeningHours from 'opening_hours';
import type { LatLng } from './geo.js';
import { addLocalDays, fromWallTime, startOfLocalDay, toWallTime } from './time.js';

/*
 * Opening hours in OpenStreetMap's `opening_hours` syntax ("Tu-Fr 10:00-17:00; Sa,Su 11:00-17:00; PH off"),
 * evaluated by the maintained `opening_hours` library (LGPL-3.0, used unmodified) rather than a parser of our own.
 * Pure: callers pass the time and the zone. The library reads Dates in the process's own zone, so every instant
 * goes in and comes out as the wall-clock time of the site's zone (exact when the process runs in UTC or in that
 * zone; elsewhere only a DST hour could shift).
 */

/** An epoch-second interval, end exclusive. */
export interface Interval {
  from: number;
  to: number;
}

/** Where the hours apply: public holidays and sunrise need a country and a point. */
export interface HoursPlace extends LatLng {
  /** ISO 3166-1 alpha-2, lower case. */
  country: string;
}

const PARSED_CACHE = 500;
const parsed = new Map<string, OpeningHours | null>();

function parse(value: string, place: HoursPlace): OpeningHours | null {
  const key = `${place.country}|${place.lat.toFixed(1)}|${place.lng.toFixed(1)}|${value}`;
  if (parsed.has(key)) return parsed.get(key) ?? null;
  let oh: OpeningHours | null = null;
  try {
    oh = new OpeningHours(value, { lat: place.lat, lon: place.lng, address: { country_code: place.country, state: '' } });
  } catch {
    oh = null;
  }
  if (parsed.size >= PARSED_CACHE) parsed.clear();
  parsed.set(key, oh);
  return oh;
}

/** The value in the library's own tidy form, or null when it is not valid `opening_hours` syntax. */
export function normaliseOpeningHours(value: string, place: HoursPlace): string | null {
  const oh = parse(value.trim(), place);
  return oh ? oh.prettifyValue() : null;
}

/** The wall-clock time of `epoch` in `tz` as a Date in the process's zone (how the library reads it). */
function asLocalDate(epoch: number, tz: string): Date {
  const w = toWallTime(epoch, tz);
  return new Date(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

function fromLocalDate(d: Date, tz: string): number {
  return fromWallTime(
    { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), hour: d.getHours(), minute: d.getMinutes(), second: d.getSeconds() },
    tz,
  );
}

/** When the place is open between `from` and `to` (epoch seconds), in the site's zone; [] when the value is invalid. */
export function openIntervals(value: string, from: number, to: number, tz: string, place: HoursPlace): Interval[] {
  const oh = parse(value, place);
  if (!oh || to <= from) return [];
  return oh
    .getOpenIntervals(asLocalDate(from, tz), asLocalDate(to, tz))
    .map(([a, b]) => ({ from: Math.max(from, fromLocalDate(a, tz)), to: Math.min(to, fromLocalDate(b, tz)) }))
    .filter((i) => i.to > i.from);
}

/** Whether the value says open around the clock (no closed moment in the coming two weeks). */
export function isAlwaysOpen(value: string, now: number, tz: string, place: HoursPlace): boolean {
  const start = startOfLocalDay(now, tz);
  const end = addLocalDays(start, 14, tz);
  const open = openIntervals(value, start, end, tz, place);
  return open.length > 0 && open.reduce((sum, i) => sum + (i.to - i.from), 0) >= end - start;
}

/** One local day's opening: minutes after midnight, end exclusive (24 × 60 for "until midnight"). */
export interface DayHours {
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** The day's start, epoch seconds. */
  date: number;
  ranges: [number, number][];
}

/** Each of the seven days from the day of `now`, with its open ranges. */
export function weekHours(value: string, now: number, tz: string, place: HoursPlace): DayHours[] {
  const days: DayHours[] = [];
  for (let i = 0, day = startOfLocalDay(now, tz); i < 7; i++, day = addLocalDays(day, 1, tz)) {
    const next = addLocalDays(day, 1, tz);
    const ranges = openIntervals(value, day, next, tz, place).map((iv): [number, number] => {
      const minutes = (t: number) => (t >= next ? 24 * 60 : toWallTime(t, tz).hour * 60 + toWallTime(t, tz).minute);
      return [minutes(iv.from), minutes(iv.to)];
    });
    days.push({ weekday: toWallTime(day, tz).weekday, date: day, ranges });
  }
  return days;
}
