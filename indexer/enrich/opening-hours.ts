import { daySlotsOf, hourSlotsOf, OPEN_HOURS_AHEAD_DAYS } from '../../src/domain/open-slots.js';
import { type HoursPlace, type Interval, normaliseOpeningHours, openIntervals } from '../../src/domain/opening-hours.js';
import { addLocalDays, startOfLocalDay, toWallTime } from '../../src/domain/time.js';

/*
 * Feeds write opening hours as people do: "Tis–fre 10–17, lör–sön 11–17", "Dagligen 9–16 (begränsat vid
 * gudstjänster)", "Öppet dygnet runt", CBIS's "Tis-sön: 11.00-17.00 Mån: Stängt", schema.org's "Mo-Fr 10:00-17:00".
 * The indexer turns them into OpenStreetMap `opening_hours` syntax once, validated by the library; what cannot be
 * read with confidence (seasons, "efter överenskommelse") stays text only, and the place counts as open on its days.
 */

const DAY_CODES = ['', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const DAYS: [RegExp, number][] = [
  [/^(mån(dag(ar(na)?)?)?|mon(day)?s?|mo)$/, 1],
  [/^(tis(dag(ar(na)?)?)?|tue(s(day)?)?s?|tu)$/, 2],
  [/^(ons(dag(ar(na)?)?)?|wed(nesday)?s?|we)$/, 3],
  [/^(tors?(dag(ar(na)?)?)?|thu(rs(day)?)?s?|th)$/, 4],
  [/^(fre(dag(ar(na)?)?)?|fri(day)?s?|fr)$/, 5],
  [/^(lör(dag(ar(na)?)?)?|sat(urday)?s?|sa)$/, 6],
  [/^(sön(dag(ar(na)?)?)?|sun(day)?s?|su)$/, 7],
];
const EVERY_DAY = /^(dagligen|daily)$|^(alla|varje|every) (dagar|dag|day)$/;
const ALWAYS = /dygnet runt|alltid öppet|öppet alltid|24\/7|24 timmar|around the clock|24 hours/;
/** Words that make hours seasonal or conditional: better no hours than wrong ones. */
const UNSURE =
  /sommar|vinter|vår|höst|säsong|season|summer|winter|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|vecka|week \d|överenskommelse|förfrågan|request|appointment|enligt|se hemsida|website/;
const TIME = /^(\d{1,2})(?:[.:](\d{2}))?$/;

type Token = { day: number } | { dash: true } | { time: string } | { closed: true } | { every: true };

function dayOf(word: string): number | null {
  for (const [re, day] of DAYS) if (re.test(word)) return day;
  return null;
}

function hhmm(h: string, m = '00'): string | null {
  const hour = Number(h);
  const minute = Number(m);
  return hour <= 24 && minute < 60 ? `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` : null;
}

function tokens(text: string): Token[] | null {
  const out: Token[] = [];
  const words = text.replace(/(\d)\s*[-–—]\s*(\d)/g, '$1 – $2').match(/dagligen|alla dagar|varje dag|every day|daily|[\p{L}]+|\d{1,2}(?:[.:]\d{2})?|[-–—]/gu) ?? [];
  for (const w of words) {
    const day = dayOf(w);
    if (day !== null) out.push({ day });
    else if (/^[-–—]$|^till$|^to$/.test(w)) out.push({ dash: true });
    else if (EVERY_DAY.test(w)) out.push({ every: true });
    else if (/^(stängt|stängd|closed)$/.test(w)) out.push({ closed: true });
    else if (TIME.test(w)) {
      const m = TIME.exec(w) as RegExpExecArray;
      const t = hhmm(m[1] as string, m[2]);
      if (!t) return null;
      out.push({ time: t });
    }
  }
  return out;
}

/** "Mo-Fr", "Sa,Su", "Su,Mo" from ISO weekdays in the order written (runs of three or more as ranges). */
function daySelector(days: number[]): string {
  if (days.length === 7) return 'Mo-Su';
  const runs: number[][] = [];
  for (const d of days) {
    const last = runs.at(-1);
    if (last && last.at(-1) === d - 1) last.push(d);
    else runs.push([d]);
  }
  return runs.map((r) => (r.length > 2 ? `${DAY_CODES[r[0] ?? 1]}-${DAY_CODES[r.at(-1) ?? 1]}` : r.map((d) => DAY_CODES[d]).join(','))).join(',');
}

function expand(from: number, to: number): number[] {
  const days: number[] = [];
  for (let d = from; ; d = (d % 7) + 1) {
    days.push(d);
    if (d === to || days.length === 7) return days;
  }
}

/** Rules like "Tu-Fr 10:00-17:00" from day, range, time and "stängt" tokens read left to right. */
function rules(list: Token[]): string[] | null {
  const out: string[] = [];
  let days: number[] = [];
  let times: string[] = [];
  let pendingTime: string | null = null;
  let afterTimes = false;
  const flush = (closed = false) => {
    if (pendingTime) times.push(`${pendingTime}-${hhmm(String(Number(pendingTime.slice(0, 2)) + 1), pendingTime.slice(3))}`);
    pendingTime = null;
    const selector = days.length ? daySelector(days) : 'Mo-Su';
    if (closed) out.push(`${selector} off`);
    else if (times.length) out.push(`${selector} ${times.join(',')}`);
    else if (days.length) out.push(selector);
    days = [];
    times = [];
    afterTimes = false;
  };
  for (let i = 0; i < list.length; i++) {
    const t = list[i] as Token;
    if ('day' in t) {
      if (afterTimes) flush();
      const next = list[i + 1];
      const end = list[i + 2];
      if (next && 'dash' in next && end && 'day' in end) {
        days.push(...expand(t.day, end.day));
        i += 2;
      } else days.push(t.day);
    } else if ('every' in t) {
      if (afterTimes) flush();
      days = [1, 2, 3, 4, 5, 6, 7];
    } else if ('closed' in t) {
      flush(true);
    } else if ('time' in t) {
      const next = list[i + 1];
      const end = list[i + 2];
      if (next && 'dash' in next && end && 'time' in end) {
        times.push(`${t.time}-${end.time}`);
        i += 2;
      } else pendingTime = t.time;
      afterTimes = true;
    }
  }
  if (days.length || times.length || pendingTime) flush();
  return out.length ? out : null;
}

/**
 * A feed's opening hours as validated OpenStreetMap `opening_hours` syntax, or null when they cannot be read with
 * confidence. Text that already is OSM (or schema.org) syntax is only tidied.
 */
export function toOpeningHours(text: string | null, place: HoursPlace): string | null {
  if (!text?.trim()) return null;
  const direct = normaliseOpeningHours(text, place);
  if (direct) return direct;
  const lower = text.toLowerCase().replace(/\([^)]*\)/g, ' ');
  if (ALWAYS.test(lower) && !/\d/.test(lower.replace(/24\/7|24 timmar|24 hours/g, ''))) return '24/7';
  if (UNSURE.test(lower)) return null;
  const list = tokens(lower.replace(/\bkl(ockan)?\.?\s*/g, ' '));
  const osm = list?.some((t) => 'time' in t || 'closed' in t) ? rules(list) : null;
  return osm ? normaliseOpeningHours(osm.join('; '), place) : null;
}

/** What the indexer knows about the place and the horizon it lists opening for. */
export interface HoursContext {
  tz: string;
  country: string;
  /** Where holidays and sunrise are reckoned when a place has no coordinates. */
  centre: { lat: number; lng: number };
  horizonDays: number;
}

/** When an experience is open, as the document stores it (see src/domain/open-slots.ts). */
export interface OpenSchedule {
  openWeekdays: number[];
  openHours: number[];
  openDays: number[];
}

const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7];

/**
 * Opening for the index: from OSM hours when the feed's could be read, else every hour of the feed's open weekdays
 * (every day when it names none), within the experience's own validity and the indexer's horizon.
 */
export function openSchedule(
  osm: string | null,
  weekdays: number[] | null,
  validity: { from: number; to: number },
  geo: { lat: number; lng: number } | null,
  now: number,
  ctx: HoursContext,
): OpenSchedule {
  const { tz } = ctx;
  const today = startOfLocalDay(now, tz);
  const from = Math.max(today, validity.from);
  const to = Math.min(addLocalDays(today, ctx.horizonDays, tz), validity.to);
  const hoursUntil = Math.min(to, addLocalDays(today, OPEN_HOURS_AHEAD_DAYS, tz));
  const place = { ...(geo ?? ctx.centre), country: ctx.country };
  const intervals = osm ? openIntervals(osm, from, to, tz, place) : byWeekdays(weekdays ?? ALL_WEEK, from, to, tz);
  const hours = new Set<number>();
  const days = new Set<number>();
  const open = new Set<number>();
  for (const iv of intervals) {
    for (const h of hourSlotsOf({ from: iv.from, to: Math.min(iv.to, hoursUntil) })) hours.add(h);
    for (const d of daySlotsOf({ from: iv.from, to: iv.to - 1 }, tz)) days.add(d);
    if (iv.from < addLocalDays(today, 14, tz)) for (let t = startOfLocalDay(iv.from, tz); t < iv.to && open.size < 7; t = addLocalDays(t, 1, tz)) open.add(toWallTime(t, tz).weekday);
  }
  return {
    openWeekdays: osm ? [...open].sort((a, b) => a - b) : (weekdays ?? ALL_WEEK),
    openHours: [...hours].sort((a, b) => a - b),
    openDays: [...days].sort((a, b) => a - b),
  };
}

/** Whole days on the given weekdays, as intervals. */
function byWeekdays(weekdays: number[], from: number, to: number, tz: string): Interval[] {
  const out: Interval[] = [];
  for (let day = startOfLocalDay(from, tz); day < to; day = addLocalDays(day, 1, tz)) {
    if (!weekdays.includes(toWallTime(day, tz).weekday)) continue;
    out.push({ from: Math.max(day, from), to: Math.min(addLocalDays(day, 1, tz), to) });
  }
  return out;
}
