import { describe, expect, it } from 'vitest';
import { presetRange } from '../../../src/domain/date-range.js';
import { fromWallTime } from '../../../src/domain/time.js';
import { noteAddsToHours, openingWeek, todayOpening, windowOpening } from '../../../src/web/opening-text.js';

const TZ = 'Europe/Stockholm';
const place = { lat: 56.8777, lng: 14.8091, country: 'se' };
const MONDAY = fromWallTime({ year: 2026, month: 1, day: 5, hour: 9, minute: 0, second: 0 }, TZ);
const TUESDAY = MONDAY + 86_400;
const sv = { lang: 'sv' as const, tz: TZ, now: TUESDAY, place };
const en = { ...sv, lang: 'en' as const };
const MUSEUM = 'Tu-Fr 10:00-17:00, Sa-Su 11:00-17:00';

describe('opening hours as visitors read them', () => {
  it('says today\'s hours, or that it is closed today, in both languages', () => {
    expect(todayOpening(MUSEUM, sv).text).toBe('Öppet idag 10–17');
    expect(todayOpening(MUSEUM, en).text).toBe('Open today 10:00–17:00');
    expect(todayOpening(MUSEUM, { ...sv, now: MONDAY }).text).toBe('Stängt idag');
    expect(todayOpening('24/7', en).text).toBe('Open 24 hours');
    expect(todayOpening(MUSEUM, { ...sv, now: MONDAY }).closed).toBe(true);
    expect(todayOpening(MUSEUM, sv).closed).toBe(false);
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

describe('opening hours under a search\'s time window', () => {
  /** Monday 30 November 2026, 09:00 in Stockholm: the walkthrough's day. */
  const NOW = fromWallTime({ year: 2026, month: 11, day: 30, hour: 9, minute: 0, second: 0 }, TZ);
  const svNow = { ...sv, now: NOW };
  const enNow = { ...svNow, lang: 'en' as const };
  const tomorrow = presetRange('tomorrow', NOW, TZ);
  const weekend = presetRange('weekend', NOW, TZ);
  const KONSTHALL = 'Tu-Fr 12:00-18:00; Sa 12:00-16:00';
  const GUIDED = 'Su 13:00-14:00';

  it('keeps today\'s wording without a window', () => {
    expect(todayOpening(MUSEUM, svNow)).toEqual({ text: 'Stängt idag', closed: true, always: false });
  });

  it('says the opening tomorrow, not that it is closed today', () => {
    expect(windowOpening(MUSEUM, tomorrow, svNow)).toEqual({ text: 'Öppet imorgon 10–17', closed: false, always: false });
    expect(windowOpening(MUSEUM, tomorrow, enNow).text).toBe('Open tomorrow 10:00–17:00');
  });

  it('says the first day of the weekend the place is open, from Friday evening', () => {
    // Open Friday until 17:00 only: the weekend starts at 17:00, so Saturday is the first opening in it.
    expect(windowOpening(MUSEUM, weekend, svNow)).toEqual({ text: 'Öppet lör 11–17', closed: false, always: false });
    expect(windowOpening(MUSEUM, weekend, enNow).text).toBe('Open Sat 11:00–17:00');
    // Open until 18:00 on Friday: that evening counts.
    expect(windowOpening(KONSTHALL, weekend, svNow).text).toBe('Öppet fre 12–18');
    expect(windowOpening(GUIDED, weekend, svNow).text).toBe('Öppet sön 13–14');
    expect(windowOpening('Sa 00:00-24:00', weekend, enNow).text).toBe('Open all day Sat');
  });

  it('says closed only when the place is closed through all of the window', () => {
    expect(windowOpening(GUIDED, tomorrow, svNow)).toEqual({ text: 'Stängt imorgon', closed: true, always: false });
    expect(windowOpening('Mo-Th 10:00-16:00', weekend, svNow)).toEqual({ text: 'Stängt fre–sön', closed: true, always: false });
    expect(windowOpening('Mo-Th 10:00-16:00', weekend, enNow).text).toBe('Closed Fri–Sun');
  });

  it('says today\'s hours when the window starts today, and a date beyond the coming week', () => {
    expect(windowOpening(MUSEUM, presetRange('week', NOW, TZ), svNow).text).toBe('Öppet imorgon 10–17');
    expect(windowOpening(MUSEUM, presetRange('week', NOW + 86_400, TZ), { ...svNow, now: NOW + 86_400 }).text).toBe('Öppet idag 10–17');
    expect(windowOpening(MUSEUM, presetRange('next-week', NOW, TZ), svNow).text).toBe('Öppet tis 8 dec. 10–17');
  });

  it('says a place that never closes is open around the clock', () => {
    expect(windowOpening('24/7', weekend, enNow)).toEqual({ text: 'Open 24 hours', closed: false, always: true });
    expect(todayOpening('24/7', enNow).always).toBe(true);
  });
});
