import { describe, expect, it } from 'vitest';
import { addLocalDays, fromWallTime, localDayDiff, startOfLocalDay, toWallTime } from '../../../src/domain/time.js';

const TZ = 'Europe/Stockholm';

describe('time', () => {
  it('converts Stockholm wall time to epoch in winter and summer', () => {
    expect(fromWallTime({ year: 2026, month: 1, day: 15, hour: 19, minute: 0, second: 0 }, TZ)).toBe(
      Date.UTC(2026, 0, 15, 18) / 1000,
    );
    expect(fromWallTime({ year: 2026, month: 7, day: 15, hour: 19, minute: 0, second: 0 }, TZ)).toBe(
      Date.UTC(2026, 6, 15, 17) / 1000,
    );
  });

  it('resolves a time skipped by the spring DST jump forward', () => {
    const e = fromWallTime({ year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0 }, TZ);
    expect(toWallTime(e, TZ).hour).toBe(3);
  });

  it('keeps the wall-clock time when adding days across DST', () => {
    const before = fromWallTime({ year: 2026, month: 3, day: 27, hour: 19, minute: 0, second: 0 }, TZ);
    const after = addLocalDays(before, 7, TZ);
    const w = toWallTime(after, TZ);
    expect([w.day, w.hour]).toEqual([3, 19]);
    expect(w.month).toBe(4);
  });

  it('finds the start of the local day and counts local days', () => {
    const e = Date.UTC(2026, 10, 26, 23, 30) / 1000; // 00:30 on 27 Nov in Stockholm
    expect(toWallTime(startOfLocalDay(e, TZ), TZ)).toMatchObject({ day: 27, hour: 0 });
    expect(localDayDiff(Date.UTC(2026, 10, 26, 12) / 1000, e, TZ)).toBe(1);
    expect(toWallTime(e, TZ).weekday).toBe(5);
  });
});

describe('cached offsets', () => {
  it('agree with Intl for every quarter hour around DST changes and in odd zones', () => {
    const zones = ['Europe/Stockholm', 'America/St_Johns', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Los_Angeles'];
    const ref = (epoch: number, tz: string) => {
      const p = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(epoch * 1000);
      const g = (t: string) => Number(p.find((x) => x.type === t)?.value);
      return [g('year'), g('month'), g('day'), g('hour'), g('minute')];
    };
    for (const tz of zones) {
      for (const start of [Date.UTC(2026, 2, 27) / 1000, Date.UTC(2026, 9, 23) / 1000, Date.UTC(2026, 3, 3) / 1000]) {
        for (let t = start; t < start + 4 * 86_400; t += 450) {
          const w = toWallTime(t, tz);
          expect([w.year, w.month, w.day, w.hour, w.minute], `${tz} ${t}`).toEqual(ref(t, tz));
        }
      }
    }
  });
});
