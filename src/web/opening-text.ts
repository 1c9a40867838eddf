import type { AppConfig } from '../config/app-schema.js';
import { type DayHours, type HoursPlace, type Interval, openIntervals, weekHours } from '../domain/opening-hours.js';
import { addLocalDays, localDayDiff, startOfLocalDay, toWallTime } from '../domain/time.js';
import { formatWhen } from './format.js';
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
 * A card's opening line: the text, whether the place is closed all of the time it is about (a card says so in a
 * muted colour, not a place's green), and whether it never closes (the line says so; "Öppet nu" beside it is noise).
 */
export interface Opening {
  text: string;
  closed: boolean;
  always: boolean;
}

/**
 * Today's opening for a card or the top of a place's page ("Öppet idag 10–17", "Stängt idag", "Öppet dygnet runt").
 * One reading of the hours for all three parts.
 */
export function todayOpening(osm: string, ctx: OpeningContext): Opening {
  const week = weekHours(osm, ctx.now, ctx.tz, ctx.place);
  const today = week[0];
  const closed = !today || today.ranges.length === 0;
  const always = week.every(allDay);
  const say = (key: string, vars?: Record<string, string>) => ({ text: t(ctx.lang, key, vars), closed, always });
  if (always) return say('hours.always');
  if (!today || closed) return say('hours.closedToday');
  if (allDay(today)) return say('hours.openAllDayToday');
  return say('hours.openToday', { hours: rangesText(today.ranges, ctx.lang) });
}

/** A search's time window, epoch seconds, end inclusive (as a query's `range`). */
export interface OpeningWindow {
  from: number;
  to: number;
}

/** The longest stretch looked through for a first opening (a custom range is at most a year). */
const WINDOW_LIMIT_DAYS = 400;
/** Looked through in steps: most places open within the first. */
const STEP_DAYS = 14;

/** The first time the place is open within the window, or null when it stays closed through all of it. */
function firstOpen(osm: string, window: OpeningWindow, ctx: OpeningContext): Interval | null {
  const end = Math.min(window.to + 1, addLocalDays(startOfLocalDay(window.from, ctx.tz), WINDOW_LIMIT_DAYS, ctx.tz));
  for (let from = window.from; from < end; ) {
    const to = Math.min(end, addLocalDays(from, STEP_DAYS, ctx.tz));
    const [first] = openIntervals(osm, from, to, ctx.tz, ctx.place);
    if (first) return first;
    from = to;
  }
  return null;
}

/** One local day's open ranges, in minutes after midnight (24 × 60 for "until midnight"). */
function dayRanges(osm: string, day: number, ctx: OpeningContext): [number, number][] {
  const next = addLocalDays(day, 1, ctx.tz);
  const minutes = (at: number) => (at >= next ? DAY_MINUTES : toWallTime(at, ctx.tz).hour * 60 + toWallTime(at, ctx.tz).minute);
  return openIntervals(osm, day, next, ctx.tz, ctx.place).map((iv): [number, number] => [minutes(iv.from), minutes(iv.to)]);
}

/**
 * A day as a line about opening says it, counted from `now`: "idag", "imorgon", a weekday within the coming week
 * ("lör"), the date after that ("mån 7 dec.").
 */
function dayWord(day: number, ctx: OpeningContext): string {
  const ahead = localDayDiff(ctx.now, day, ctx.tz);
  if (ahead === 0) return t(ctx.lang, 'hours.today');
  if (ahead === 1) return t(ctx.lang, 'hours.tomorrow');
  if (ahead > 1 && ahead < 7) return dayName(toWallTime(day, ctx.tz).weekday, ctx.lang);
  return formatWhen(day, day, true, ctx);
}

/** The days a window covers, for "Stängt lör–sön": one day's word, or the first and last day's names. */
function windowDays(window: OpeningWindow, ctx: OpeningContext): string {
  const first = startOfLocalDay(window.from, ctx.tz);
  const last = startOfLocalDay(window.to, ctx.tz);
  if (first === last) return dayWord(first, ctx);
  const name = (day: number) => {
    const ahead = localDayDiff(ctx.now, day, ctx.tz);
    return ahead >= 0 && ahead < 7 ? dayName(toWallTime(day, ctx.tz).weekday, ctx.lang) : formatWhen(day, day, true, ctx);
  };
  return `${name(first)}–${name(last)}`;
}

/**
 * The opening a card shows under a search's time window ("imorgon", "i helgen", dates): the first day in the window on
 * which the place is open, with that day's hours ("Öppet imorgon 10–17", "Öppet lör 10–16", "Open Sat 10:00–16:00"),
 * "Öppet dygnet runt" when it never closes, and "Stängt" only when it is closed through all of the window.
 */
export function windowOpening(osm: string, window: OpeningWindow, ctx: OpeningContext): Opening {
  const start = Math.max(window.from, startOfLocalDay(ctx.now, ctx.tz));
  const always = weekHours(osm, start, ctx.tz, ctx.place).every(allDay);
  if (always) return { text: t(ctx.lang, 'hours.always'), closed: false, always };
  const first = firstOpen(osm, window, ctx);
  const say = (key: string, vars?: Record<string, string>) => ({ text: t(ctx.lang, key, vars), closed: !first, always });
  if (!first) {
    const onlyToday = localDayDiff(ctx.now, window.from, ctx.tz) === 0 && localDayDiff(window.from, window.to, ctx.tz) === 0;
    return onlyToday ? say('hours.closedToday') : say('hours.closedOn', { day: windowDays(window, ctx) });
  }
  const day = startOfLocalDay(first.from, ctx.tz);
  const hours = { weekday: toWallTime(day, ctx.tz).weekday, date: day, ranges: dayRanges(osm, day, ctx) };
  if (localDayDiff(ctx.now, day, ctx.tz) === 0) {
    return allDay(hours) ? say('hours.openAllDayToday') : say('hours.openToday', { hours: rangesText(hours.ranges, ctx.lang) });
  }
  const on = dayWord(day, ctx);
  return allDay(hours) ? say('hours.openAllDayOn', { day: on }) : say('hours.openOn', { day: on, hours: rangesText(hours.ranges, ctx.lang) });
}


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
