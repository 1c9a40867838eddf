import { type HoursPlace, weekHours } from '../../domain/opening-hours.js';

/*
 * schema.org's own `openingHours` format ("Tu-Fr 10:00-17:00") from the documents' OpenStreetMap `opening_hours`
 * value: the library evaluates the coming week (so "PH off", seasons and odd weeks are already applied to real
 * dates), and days with the same hours are grouped into ranges. Never a re-parse of the feed's free text.
 */

const DAY = ['', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];

function clock(minutes: number): string {
  // schema.org has no 24:00; a day open until midnight closes at 23:59.
  const m = Math.min(minutes, 24 * 60 - 1);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** `["Tu-Fr 10:00-17:00", "Sa,Su 11:00-15:00"]`; [] when the value cannot be read or says closed all week. */
export function schemaOrgOpeningHours(value: string, now: number, tz: string, place: HoursPlace): string[] {
  const days = weekHours(value, now, tz, place).sort((a, b) => a.weekday - b.weekday);
  const byHours = new Map<string, number[]>();
  for (const d of days) {
    if (d.ranges.length === 0) continue;
    const key = d.ranges.map(([a, b]) => `${clock(a)}-${clock(b)}`).join(',');
    byHours.set(key, [...(byHours.get(key) ?? []), d.weekday]);
  }
  return [...byHours].map(([hours, weekdays]) => `${dayList(weekdays)} ${hours}`);
}

/** ISO weekdays as schema.org day ranges: [2,3,4,5] → "Tu-Fr", [6,7] → "Sa,Su", [1,3] → "Mo,We". */
function dayList(weekdays: number[]): string {
  const runs: number[][] = [];
  for (const d of weekdays) {
    const run = runs.at(-1);
    if (run && run.at(-1) === d - 1) run.push(d);
    else runs.push([d]);
  }
  return runs.map((r) => (r.length > 2 ? `${DAY[r[0] as number]}-${DAY[r.at(-1) as number]}` : r.map((d) => DAY[d]).join(','))).join(',');
}
