import { localDayDiff, SITE_TIME_ZONE } from '../domain/time.js';
import { type Lang, locale } from './i18n.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function fmt(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(lang), { timeZone: SITE_TIME_ZONE, ...options });
    formatters.set(key, f);
  }
  return f;
}

const DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };

/** "fre 27 nov 19:00–21:00" (Europe/Stockholm), "lör 28 nov" for all-day, spans across days with an en dash. */
export function formatWhen(startsAt: number, endsAt: number, allDay: boolean, lang: Lang): string {
  const d = (t: number) => fmt(lang, DAY).format(t * 1000);
  const tm = (t: number) => fmt(lang, TIME).format(t * 1000);
  const sameDay = localDayDiff(startsAt, endsAt, SITE_TIME_ZONE) === 0;
  if (allDay) return sameDay ? d(startsAt) : `${d(startsAt)}–${d(endsAt)}`;
  if (sameDay) return endsAt > startsAt ? `${d(startsAt)} ${tm(startsAt)}–${tm(endsAt)}` : `${d(startsAt)} ${tm(startsAt)}`;
  return `${d(startsAt)} ${tm(startsAt)} – ${d(endsAt)} ${tm(endsAt)}`;
}

/** ISO 8601 with offset, for <time datetime> and JSON-LD. */
export function isoDateTime(epoch: number): string {
  return new Date(epoch * 1000).toISOString().replace('.000Z', 'Z');
}

export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang)).format(n);
}
