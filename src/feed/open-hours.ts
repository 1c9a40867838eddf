import { OPEN_END } from '../domain/event.js';
import type { LatLng } from '../domain/geo.js';
import { openIntervals } from '../domain/opening-hours.js';
import { addLocalDays, fromWallTime, startOfLocalDay, toWallTime } from '../domain/time.js';
import type { Candidate } from '../search/ports.js';

/** When a place can be visited today, as far as the feed can tell. */
export interface OpenToday {
  /** Open at `now`: true, false, or null when its hours are not known to the hour. */
  openNow: boolean | null;
  /** The hours to judge the weather by (epoch seconds), or null when it is closed for the rest of the day. */
  window: { from: number; to: number } | null;
}

/** What opening hours are read with: the site's zone and country (public holidays), and a point (sunrise). */
export interface HoursContext {
  tz: string;
  country: string;
  centre: LatLng;
}

/** Daytime hours assumed for a place whose feed gives only the days it is open. */
const DAY_FROM = 10;
const DAY_TO = 17;

function byWeekdays(c: Pick<Candidate, 'openWeekdays'>, now: number, tz: string): OpenToday {
  const today = toWallTime(now, tz);
  if (!c.openWeekdays.includes(today.weekday)) return { openNow: false, window: null };
  const from = fromWallTime({ ...today, hour: DAY_FROM, minute: 0, second: 0 }, tz);
  const to = fromWallTime({ ...today, hour: DAY_TO, minute: 0, second: 0 }, tz);
  if (now >= to) return { openNow: null, window: { from: now, to: Math.min(now + 3 * 3600, addLocalDays(startOfLocalDay(now, tz), 1, tz)) } };
  return { openNow: null, window: { from: Math.max(from, now), to } };
}

/**
 * An experience's opening for the rest of today: from its `opening_hours` when the feed gave them (the indexer
 * stores them in OpenStreetMap's syntax), else from the weekdays it is open, with daytime assumed.
 */
export function openToday(
  c: Pick<Candidate, 'openWeekdays' | 'openingHours' | 'startsAt' | 'endsAt' | 'geo'>,
  now: number,
  hours: HoursContext,
): OpenToday {
  const seasonal = c.startsAt > 0 || c.endsAt < OPEN_END;
  if (seasonal && (now < c.startsAt || now > c.endsAt)) return { openNow: false, window: null };
  if (!c.openingHours) return byWeekdays(c, now, hours.tz);
  const endOfDay = addLocalDays(startOfLocalDay(now, hours.tz), 1, hours.tz);
  const open = openIntervals(c.openingHours, now, endOfDay, hours.tz, { ...(c.geo ?? hours.centre), country: hours.country });
  const first = open[0];
  const last = open.at(-1);
  if (!first || !last) return { openNow: false, window: null };
  return { openNow: first.from <= now, window: { from: first.from, to: last.to } };
}
