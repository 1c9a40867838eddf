import { describe, expect, it } from 'vitest';
import { customRange, presetRange, weekdaysIn } from '../../../src/domain/date-range.js';
import { toWallTime } from '../../../src/domain/time.js';

const TZ = 'Europe/Stockholm';
// Wednesday 25 Nov 2026, 14:00 in Stockholm.
const WED = Date.UTC(2026, 10, 25, 13) / 1000;
const wall = (t: number) => {
  const w = toWallTime(t, TZ);
  return `${w.month}-${w.day} ${w.hour}:${String(w.minute).padStart(2, '0')}`;
};

describe('date presets', () => {
  it('today runs from now to midnight', () => {
    const r = presetRange('today', WED, TZ);
    expect([wall(r.from), wall(r.to)]).toEqual(['11-25 14:00', '11-25 23:59']);
  });

  it('the weekend is Friday 17:00 to Sunday night', () => {
    const r = presetRange('weekend', WED, TZ);
    expect([wall(r.from), wall(r.to)]).toEqual(['11-27 17:00', '11-29 23:59']);
  });

  it('on a Saturday the weekend starts now', () => {
    const sat = Date.UTC(2026, 10, 28, 10) / 1000;
    const r = presetRange('weekend', sat, TZ);
    expect(r.from).toBe(sat);
    expect(wall(r.to)).toBe('11-29 23:59');
  });

  it('next week is Monday to Sunday', () => {
    const r = presetRange('next-week', WED, TZ);
    expect([wall(r.from), wall(r.to)]).toEqual(['11-30 0:00', '12-6 23:59']);
  });

  it('a custom range rejects impossible dates and reversed ranges', () => {
    expect(customRange('2026-02-30', undefined, WED, TZ)).toBeNull();
    expect(customRange('2026-12-10', '2026-12-01', WED, TZ)).toBeNull();
    const r = customRange('2026-12-01', '2026-12-03', WED, TZ);
    expect(r && [wall(r.from), wall(r.to)]).toEqual(['12-1 0:00', '12-3 23:59']);
  });

  it('lists the weekdays a range touches', () => {
    expect(weekdaysIn(presetRange('weekend', WED, TZ), TZ)).toEqual([5, 6, 7]);
  });
});
