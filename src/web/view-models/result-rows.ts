import type { EventSummary } from '../../search/ports.js';
import { localDayDiff, startOfLocalDay, toWallTime } from '../../domain/time.js';
import { type Lang, locale, t } from '../i18n.js';
import type { EventCard } from './event-card.js';

/*
 * The results as the list shows them: events, with a heading for each day when the list runs by time ("Idag",
 * "Imorgon", "lördag 10 januari"), then the places found, under their own heading. One list, so "show more" appends
 * to it; `after` names the last heading already shown, so an appended page does not repeat it.
 */

export type ResultRow = { heading: string; key: string } | { card: EventCard };

const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(lang: Lang, tz: string): Intl.DateTimeFormat {
  const k = `${lang}|${tz}`;
  let f = dayFormats.get(k);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(lang), { timeZone: tz, weekday: 'long', day: 'numeric', month: 'long' });
    dayFormats.set(k, f);
  }
  return f;
}

/** "Idag", "Imorgon" or "lördag 10 januari" for the local day of `epoch`. */
export function dayHeading(epoch: number, now: number, lang: Lang, tz: string): string {
  const days = localDayDiff(now, epoch, tz);
  if (days <= 0) return t(lang, 'when.today');
  if (days === 1) return t(lang, 'when.tomorrow');
  return dayFormat(lang, tz).format(epoch * 1000);
}

function dayKey(epoch: number, tz: string): string {
  const w = toWallTime(epoch, tz);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

export const PLACES_KEY = 'places';

export interface RowOptions {
  /** The list runs by time (soonest, browsing, a date filter): events get day headings. */
  byDay: boolean;
  now: number;
  lang: Lang;
  tz: string;
  /** The last heading key the page already shows (an appended page). */
  after: string | null;
}

/** Rows for cards and their hits (same order): events first, then places; headings where the section or day changes. */
export function resultRows(cards: readonly EventCard[], hits: readonly EventSummary[], opts: RowOptions): { rows: ResultRow[]; last: string | null } {
  const { now, lang, tz } = opts;
  const paired = hits.map((hit, i) => ({ hit, card: cards[i] as EventCard }));
  const events = paired.filter((p) => p.hit.kind === 'event');
  const places = paired.filter((p) => p.hit.kind !== 'event');
  const rows: ResultRow[] = [];
  let last = opts.after;
  for (const { hit, card } of events) {
    if (opts.byDay) {
      // An event already running is today's.
      const shown = Math.max(hit.startsAt, startOfLocalDay(now, tz));
      const key = dayKey(shown, tz);
      if (key !== last) rows.push({ heading: dayHeading(shown, now, lang, tz), key });
      last = key;
    }
    rows.push({ card });
  }
  if (places.length) {
    // A list of places only needs no heading; after events it does.
    if (last !== PLACES_KEY && (events.length > 0 || (opts.after !== null && opts.after !== PLACES_KEY))) {
      rows.push({ heading: t(lang, 'results.places'), key: PLACES_KEY });
    }
    last = PLACES_KEY;
    for (const { card } of places) rows.push({ card });
  }
  return { rows, last };
}
