import { describe, expect, it } from 'vitest';
import { fromWallTime } from '../../../src/domain/time.js';
import { closedToday, noteAddsToHours, openingToday, openingWeek } from '../../../src/web/opening-text.js';

const TZ = 'Europe/Stockholm';
const place = { lat: 56.8777, lng: 14.8091, country: 'se' };
const MONDAY = fromWallTime({ year: 2026, month: 1, day: 5, hour: 9, minute: 0, second: 0 }, TZ);
const TUESDAY = MONDAY + 86_400;
const sv = { lang: 'sv' as const, tz: TZ, now: TUESDAY, place };
const en = { ...sv, lang: 'en' as const };
const MUSEUM = 'Tu-Fr 10:00-17:00, Sa-Su 11:00-17:00';

describe('opening hours as visitors read them', () => {
  it('says today\'s hours, or that it is closed today, in both languages', () => {
    expect(openingToday(MUSEUM, sv)).toBe('Öppet idag 10–17');
    expect(openingToday(MUSEUM, en)).toBe('Open today 10:00–17:00');
    expect(openingToday(MUSEUM, { ...sv, now: MONDAY })).toBe('Stängt idag');
    expect(openingToday('24/7', en)).toBe('Open 24 hours');
    expect(closedToday(MUSEUM, { ...sv, now: MONDAY })).toBe(true);
    expect(closedToday(MUSEUM, sv)).toBe(false);
  });

  it('runs days with the same hours together, translated', () => {
    expect(openingWeek(MUSEUM, sv)).toEqual(['tis–fre 10–17', 'lör–sön 11–17']);
    expect(openingWeek(MUSEUM, en)).toEqual(['Tue–Fri 10:00–17:00', 'Sat–Sun 11:00–17:00']);
    expect(openingWeek('Mo-Su 09:00-16:00', en)).toEqual(['daily 9:00–16:00']);
    expect(openingWeek('Mo-Fr 08:00-15:30', sv)).toEqual(['mån–fre 8–15.30']);
  });

  it('shows the feed\'s note only when it says more than the hours', () => {
    expect(noteAddsToHours('Tis–fre 10–17, lör–sön 11–17')).toBe(false);
    expect(noteAddsToHours('Dagligen 9–16 (begränsat vid gudstjänster och förrättningar)')).toBe(true);
  });
});
