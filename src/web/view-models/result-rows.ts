import type { EventSummary } from '../../search/ports.js';
import { localDayDiff, startOfLocalDay, toWallTime } from '../../domain/time.js';
import { type Lang, locale, t } from '../i18n.js';
import type { EventCard } from './event-card.js';

/*
 * The events section as the list shows it: a heading for each day when the list runs by time ("Idag", "Imorgon",
 * "lördag 10 januari"). "Show more" appends to it; `after` names the last heading already shown, so an appended page
 * does not repeat it. Places are a section of their own (search-sections.ts): paging events never reaches them.
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

export interface RowOptions {
  /** The list runs by time (soonest, browsing, a date filter): events get day headings. */
  byDay: boolean;
  now: number;
  lang: Lang;
  tz: string;
  /** The last day heading the page already shows (an appended page). */
  after: string | null;
  /** The start of the search's date filter, if any: an event running before it is listed on the filter's first day. */
  from?: number | null;
}

/** Rows for event cards and their hits (same order): a heading where the day changes, when the list runs by time. */
export function eventRows(cards: readonly EventCard[], hits: readonly EventSummary[], opts: RowOptions): { rows: ResultRow[]; last: string | null } {
  const { now, lang, tz } = opts;
  const rows: ResultRow[] = [];
  let last = opts.after;
  hits.forEach((hit, i) => {
    if (opts.byDay) {
      // An event already running is today's; one running before the date filter's window, the window's first day's
      // ("Nästa vecka" showed an exhibition under last Saturday).
      const shown = Math.max(hit.startsAt, startOfLocalDay(now, tz), opts.from ? startOfLocalDay(opts.from, tz) : 0);
      const key = dayKey(shown, tz);
      if (key !== last) rows.push({ heading: dayHeading(shown, now, lang, tz), key });
      last = key;
    }
    rows.push({ card: cards[i] as EventCard });
  });
  return { rows, last };
}
