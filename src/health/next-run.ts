import cron from 'node-cron';
import { toWallTime } from '../domain/time.js';

/** Sunday may be written 0 or 7 in cron; names too. */
const DAY_NAMES: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

/**
 * When a cron expression (node-cron's syntax, read by node-cron's own parser) next fires after `now`, in `tz`:
 * minute by minute over at most eight days. Null when it does not fire in that time or cannot be read.
 */
export function nextRunAfter(expression: string, now: number, tz: string): number | null {
  let fields: ReturnType<typeof cron.parse>;
  try {
    fields = cron.parse(expression);
  } catch {
    return null;
  }
  const days = new Set(fields.dayOfWeek.map((d) => (typeof d === 'number' ? d % 7 : (DAY_NAMES[String(d).slice(0, 3).toLowerCase()] ?? -1))));
  const dates = new Set(fields.dayOfMonth.map(Number));
  const start = Math.floor(now / 60) * 60 + 60;
  for (let t = start; t < start + 8 * 86_400; t += 60) {
    const w = toWallTime(t, tz);
    if (
      fields.minute.includes(w.minute) &&
      fields.hour.includes(w.hour) &&
      fields.month.includes(w.month) &&
      dates.has(w.day) &&
      days.has(w.weekday % 7)
    ) return t;
  }
  return null;
}
