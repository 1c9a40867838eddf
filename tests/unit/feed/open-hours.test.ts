import { describe, expect, it } from 'vitest';
import { OPEN_END } from '../../../src/domain/event.js';
import { openToday } from '../../../src/feed/open-hours.js';

const hours = { tz: 'Europe/Stockholm', country: 'se', centre: { lat: 56.8777, lng: 14.8091 } };
/** Monday 5 January 2026 in Stockholm (UTC+1), at a given local hour. */
const monday = (hour: number, minute = 0) => Date.UTC(2026, 0, 5, hour - 1, minute) / 1000;
const place = (openingHours: string | null, openWeekdays = [1, 2, 3, 4, 5, 6, 7]) => ({ openingHours, openWeekdays, startsAt: 0, endsAt: OPEN_END, geo: null });

describe('a place\'s opening for the rest of today', () => {
  it('reads OpenStreetMap hours: open now, and the window to judge the weather by', () => {
    expect(openToday(place('Mo-Fr 10:00-17:00'), monday(11), hours)).toEqual({ openNow: true, window: { from: monday(11), to: monday(17) } });
    expect(openToday(place('Mo-Fr 10:00-17:00'), monday(8, 30), hours)).toEqual({ openNow: false, window: { from: monday(10), to: monday(17) } });
    expect(openToday(place('Mo-Fr 10:00-17:00'), monday(18), hours)).toEqual({ openNow: false, window: null });
    expect(openToday(place('Tu-Su 10:00-17:00'), monday(11), hours).window).toBeNull();
    expect(openToday(place('24/7'), monday(3), hours).openNow).toBe(true);
  });

  it('falls back to the open weekdays with daytime assumed, and "open now" unknown', () => {
    expect(openToday(place(null), monday(9), hours)).toEqual({ openNow: null, window: { from: monday(10), to: monday(17) } });
    expect(openToday(place(null, [2, 3]), monday(9), hours)).toEqual({ openNow: false, window: null });
  });

  it('is closed outside its season', () => {
    const summer = { ...place('24/7'), startsAt: Date.UTC(2026, 5, 1) / 1000, endsAt: Date.UTC(2026, 7, 31) / 1000 };
    expect(openToday(summer, monday(12), hours)).toEqual({ openNow: false, window: null });
  });
});
