import { describe, expect, it } from 'vitest';
import { openSchedule, toOpeningHours } from '../../../../indexer/enrich/opening-hours.js';
import { OPEN_HOURS_AHEAD_DAYS, slotsForRange } from '../../../../src/domain/open-slots.js';
import { OPEN_END } from '../../../../src/domain/event.js';
import { fromWallTime } from '../../../../src/domain/time.js';

const TZ = 'Europe/Stockholm';
const place = { lat: 56.8777, lng: 14.8091, country: 'se' };
const ctx = { tz: TZ, country: 'se', centre: place, horizonDays: 180 };
/** Monday 5 January 2026, 09:00 in Växjö. */
const MONDAY = fromWallTime({ year: 2026, month: 1, day: 5, hour: 9, minute: 0, second: 0 }, TZ);
const at = (day: number, hour: number) => fromWallTime({ year: 2026, month: 1, day, hour, minute: 0, second: 0 }, TZ);

describe('opening hours in OpenStreetMap syntax, from what feeds write', () => {
  it.each([
    ['Tis–fre 10–17, lör–sön 11–17', 'Tu-Fr 10:00-17:00, Sa-Su 11:00-17:00'],
    ['Dagligen 9–16 (begränsat vid gudstjänster och förrättningar)', 'Mo-Su 09:00-16:00'],
    ['Tis–fre 12–18, lör 12–16. Sön–mån stängt', 'Tu-Fr 12:00-18:00; Sa 12:00-16:00; Su,Mo off'],
    ['Öppet dygnet runt – fritt tillträde året om', '24/7'],
    ['Exteriören kan ses dygnet runt', '24/7'],
    ['Guidade visningar söndagar kl. 13 efter förbokning', 'Su 13:00-14:00'],
    // CBIS product texts.
    ['Tis-sön: 11.00-17.00 Mån: Stängt', 'Tu-Su 11:00-17:00; Mo off'],
    ['måndag-fredag kl 8-15.30', 'Mo-Fr 08:00-15:30'],
    // schema.org's own form is already OSM syntax.
    ['Mo-Fr 10:00-17:00; Sa 11:00-15:00', 'Mo-Fr 10:00-17:00; Sa 11:00-15:00'],
  ])('"%s" → %s', (text, osm) => {
    expect(toOpeningHours(text, place)).toBe(osm);
  });

  it.each(['Öppet kl. 7-22, vintertid stängt', '10-18 dagligen under april-september', 'Öppet efter överenskommelse', 'Fritt inträde', ''])(
    'leaves "%s" as text: seasons and conditions are not guessed',
    (text) => {
      expect(toOpeningHours(text, place)).toBeNull();
    },
  );
});

describe('when an experience is open, as the index stores it', () => {
  it('lists the hours of a church open 9–16 daily: none in the evening, all within its days', () => {
    const s = openSchedule('Mo-Su 09:00-16:00', null, { from: 0, to: OPEN_END }, null, MONDAY, ctx);
    expect(s.openWeekdays).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(s.openHours).toHaveLength(7 * OPEN_HOURS_AHEAD_DAYS);
    const tonight = slotsForRange({ from: at(5, 17), to: at(6, 0) - 1 }, TZ);
    expect(tonight.field).toBe('openHours');
    expect(tonight.slots.some((h) => s.openHours.includes(h))).toBe(false);
    const morning = slotsForRange({ from: at(5, 9), to: at(5, 12) }, TZ);
    expect(morning.slots.some((h) => s.openHours.includes(h))).toBe(true);
  });

  it('keeps a museum closed on Mondays out of Monday and in on Tuesday', () => {
    const s = openSchedule('Tu-Fr 10:00-17:00, Sa-Su 11:00-17:00', null, { from: 0, to: OPEN_END }, null, MONDAY, ctx);
    expect(s.openWeekdays).toEqual([2, 3, 4, 5, 6, 7]);
    const monday = slotsForRange({ from: at(5, 9), to: at(6, 0) - 1 }, TZ).slots;
    const tuesday = slotsForRange({ from: at(6, 0), to: at(7, 0) - 1 }, TZ).slots;
    expect(monday.some((h) => s.openHours.includes(h))).toBe(false);
    expect(tuesday.filter((h) => s.openHours.includes(h))).toHaveLength(7);
  });

  it('asks long ranges by the date, within the place\'s own season', () => {
    const season = { from: at(10, 0), to: at(20, 0) };
    const s = openSchedule(null, [6, 7], season, null, MONDAY, ctx);
    expect(s.openDays).toHaveLength(4);
    const month = slotsForRange({ from: MONDAY, to: MONDAY + 30 * 86_400 }, TZ);
    expect(month.field).toBe('openDays');
    expect(month.slots.filter((d) => s.openDays.includes(d))).toHaveLength(4);
  });
});
