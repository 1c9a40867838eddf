import type { AppConfig } from '../config/app-schema.js';
import { type DayHours, type HoursPlace, weekHours } from '../domain/opening-hours.js';
import { type Lang, locale, t } from './i18n.js';

/*
 * Opening hours as visitors read them, in their language: "Öppet idag 10–17", "tis–fre 10–17, lör–sön 11–17",
 * "Tue–Fri 10:00–17:00". Worked out from the evaluated hours (src/domain/opening-hours.ts), not from the feed's text.
 */

/** How a page shows opening hours: its language, the site's zone and place (holidays), the time. */
export interface OpeningContext {
  lang: Lang;
  tz: string;
  now: number;
  place: HoursPlace;
}

/** The site's place for opening hours (its country's holidays, its centre's sunrise). */
export function sitePlace(site: AppConfig['site']): HoursPlace {
  return { lat: site.centre.lat, lng: site.centre.lng, country: site.country };
}

const DAY_MINUTES = 24 * 60;
const weekdayNames = new Map<Lang, string[]>();

/** Short weekday names, index 1 = Monday ("mån", "Mon"). */
function dayName(weekday: number, lang: Lang): string {
  let names = weekdayNames.get(lang);
  if (!names) {
    const f = new Intl.DateTimeFormat(locale(lang), { weekday: 'short', timeZone: 'UTC' });
    // 2024-01-01 was a Monday.
    names = ['', ...[1, 2, 3, 4, 5, 6, 7].map((d) => f.format(new Date(Date.UTC(2024, 0, d))).replace('.', ''))];
    weekdayNames.set(lang, names);
  }
  return names[weekday] ?? '';
}

/** "10", "10.30" (Swedish signs) or "10:00" (English). */
function clock(minutes: number, lang: Lang): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (lang === 'sv') return m === 0 ? String(h) : `${h}.${String(m).padStart(2, '0')}`;
  return `${h}:${String(m).padStart(2, '0')}`;
}

function rangesText(ranges: [number, number][], lang: Lang): string {
  return ranges.map(([a, b]) => `${clock(a, lang)}–${clock(b, lang)}`).join(', ');
}

const allDay = (d: DayHours) => d.ranges.length === 1 && d.ranges[0]?.[0] === 0 && d.ranges[0]?.[1] === DAY_MINUTES;

/**
 * Today's opening for a card or the top of a place's page ("Öppet idag 10–17", "Stängt idag", "Öppet dygnet runt"),
 * and whether the place is closed all of today (a card says so in a muted colour, not a place's green). One reading
 * of the hours for both.
 */
export function todayOpening(osm: string, ctx: OpeningContext): { text: string; closed: boolean } {
  const week = weekHours(osm, ctx.now, ctx.tz, ctx.place);
  const today = week[0];
  const closed = !today || today.ranges.length === 0;
  const say = (key: string, vars?: Record<string, string>) => ({ text: t(ctx.lang, key, vars), closed });
  if (week.every(allDay)) return say('hours.always');
  if (!today || closed) return say('hours.closedToday');
  if (allDay(today)) return say('hours.openAllDayToday');
  return say('hours.openToday', { hours: rangesText(today.ranges, ctx.lang) });
}

export const openingToday = (osm: string, ctx: OpeningContext): string => todayOpening(osm, ctx).text;
export const closedToday = (osm: string, ctx: OpeningContext): boolean => todayOpening(osm, ctx).closed;

/**
 * The week, days with the same hours run together, in weekday order from Monday: ["tis–fre 10–17", "lör–sön
 * 11–17"]; ["Öppet dygnet runt"] when it never closes; [] when it is closed all week.
 */
export function openingWeek(osm: string, ctx: OpeningContext): string[] {
  const week = weekHours(osm, ctx.now, ctx.tz, ctx.place).sort((a, b) => a.weekday - b.weekday);
  if (week.every(allDay)) return [t(ctx.lang, 'hours.always')];
  const runs: { from: number; to: number; hours: string }[] = [];
  for (const day of week) {
    if (day.ranges.length === 0) continue;
    const hours = allDay(day) ? t(ctx.lang, 'hours.allDay') : rangesText(day.ranges, ctx.lang);
    const last = runs.at(-1);
    if (last && last.hours === hours && last.to === day.weekday - 1) last.to = day.weekday;
    else runs.push({ from: day.weekday, to: day.weekday, hours });
  }
  if (runs.length === 1 && runs[0]?.from === 1 && runs[0]?.to === 7) return [`${t(ctx.lang, 'hours.daily')} ${runs[0].hours}`];
  return runs.map((r) => {
    const days = r.from === r.to ? dayName(r.from, ctx.lang) : `${dayName(r.from, ctx.lang)}–${dayName(r.to, ctx.lang)}`;
    return `${days} ${r.hours}`;
  });
}

const HOURS_WORDS =
  /(?<!\p{L})(mån|tis|ons|tors?|fre|lör|sön)(dag(ar)?)?(?!\p{L})|(?<!\p{L})(mo|tu|we|th|fr|sa|su|ph|off|öppet|öppen|stängt|dagligen|alla|dagar|dygnet|runt|kl|och|samt|open|closed|daily)(?!\p{L})|[\d\s.,:;–—\-/()]+/giu;

/** Whether the feed's words about its hours say more than the hours shown ("begränsat vid gudstjänster"). */
export function noteAddsToHours(text: string): boolean {
  return text.replace(HOURS_WORDS, '').length >= 6;
}
