import { addLocalDays, fromWallTime, startOfLocalDay, toWallTime } from './time.js';

export const DATE_PRESETS = ['today', 'tonight', 'tomorrow', 'weekend', 'week', 'next-week'] as const;
export type DatePreset = (typeof DATE_PRESETS)[number];

export interface DateRange {
  from: number;
  to: number;
}

/** The epoch-second range a preset names at `now`, in the site's zone. Weekend: Friday 17:00 to Sunday night. */
export function presetRange(preset: DatePreset, now: number, tz: string): DateRange {
  const today = startOfLocalDay(now, tz);
  const endOf = (dayStart: number) => addLocalDays(dayStart, 1, tz) - 1;
  const weekday = toWallTime(now, tz).weekday;
  switch (preset) {
    case 'today':
      return { from: now, to: endOf(today) };
    case 'tonight': {
      const w = toWallTime(today, tz);
      return { from: Math.max(now, fromWallTime({ ...w, hour: 17 }, tz)), to: endOf(today) };
    }
    case 'tomorrow': {
      const t = addLocalDays(today, 1, tz);
      return { from: t, to: endOf(t) };
    }
    case 'weekend': {
      const friday = addLocalDays(today, weekday <= 5 ? 5 - weekday : -(weekday - 5), tz);
      const fridayEvening = fromWallTime({ ...toWallTime(friday, tz), hour: 17 }, tz);
      return { from: Math.max(now, fridayEvening), to: endOf(addLocalDays(friday, 2, tz)) };
    }
    case 'week':
      return { from: now, to: endOf(addLocalDays(today, 6, tz)) };
    case 'next-week': {
      const monday = addLocalDays(today, 8 - weekday, tz);
      return { from: monday, to: endOf(addLocalDays(monday, 6, tz)) };
    }
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A range from two `YYYY-MM-DD` local dates (either may be missing); null if invalid or reversed. */
export function customRange(from: string | undefined, to: string | undefined, now: number, tz: string): DateRange | null {
  const day = (s: string | undefined) => {
    const m = s ? ISO_DATE.exec(s) : null;
    if (!m) return null;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const probe = new Date(Date.UTC(y, mo - 1, d));
    if (probe.getUTCMonth() !== mo - 1 || y < 2000 || y > 2100) return null;
    return fromWallTime({ year: y, month: mo, day: d, hour: 0, minute: 0, second: 0 }, tz);
  };
  const start = day(from);
  const end = day(to);
  if (start === null && end === null) return null;
  const range = {
    from: Math.max(now, start ?? now),
    to: end !== null ? addLocalDays(end, 1, tz) - 1 : addLocalDays(startOfLocalDay(now, tz), 366, tz),
  };
  return range.to >= range.from ? range : null;
}

/** ISO weekdays (1 = Monday) a range touches, for matching experiences' opening days. */
export function weekdaysIn(range: DateRange, tz: string): number[] {
  const days = new Set<number>();
  for (let t = startOfLocalDay(range.from, tz); t <= range.to && days.size < 7; t = addLocalDays(t, 1, tz)) {
    days.add(toWallTime(t, tz).weekday);
  }
  return [...days].sort();
}
