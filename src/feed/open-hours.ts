import { OPEN_END } from '../domain/event.js';
import { addLocalDays, fromWallTime, startOfLocalDay, toWallTime } from '../domain/time.js';
import type { Candidate } from '../search/ports.js';

/** When a place can be visited today, as far as the feed can tell. */
export interface OpenToday {
  /** Open at `now`: true, false, or null when its hours are not known to the hour. */
  openNow: boolean | null;
  /** The hours to judge the weather by (epoch seconds), or null when it is closed all day. */
  window: { from: number; to: number } | null;
}

/** Daytime hours assumed for a place whose feed gives only the days it is open. */
const DAY_FROM = 10;
const DAY_TO = 17;

/**
 * An experience's opening today from the days it is open (`openWeekdays`): the precise hours, when a feed gives them,
 * come from the opening-hours evaluation; without them the daytime is assumed and "open now" is unknown.
 */
export function openToday(c: Pick<Candidate, 'kind' | 'openWeekdays' | 'startsAt' | 'endsAt'>, now: number, tz: string): OpenToday {
  const today = toWallTime(now, tz);
  const seasonal = c.startsAt > 0 || c.endsAt < OPEN_END;
  if (!c.openWeekdays.includes(today.weekday) || (seasonal && (now < c.startsAt || now > c.endsAt))) return { openNow: false, window: null };
  const from = fromWallTime({ ...today, hour: DAY_FROM, minute: 0, second: 0 }, tz);
  const to = fromWallTime({ ...today, hour: DAY_TO, minute: 0, second: 0 }, tz);
  if (now >= to) return { openNow: null, window: { from: now, to: Math.min(now + 3 * 3600, addLocalDays(startOfLocalDay(now, tz), 1, tz)) } };
  return { openNow: null, window: { from: Math.max(from, now), to } };
}
