import { localDayDiff } from '../domain/time.js';
import { type Lang, locale, t } from './i18n.js';

const DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };

type DateFormatters = { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat; clock: Intl.DateTimeFormat };
/** Built once per language and zone: constructing Intl formatters costs far more than using them. */
const dateFormatters = new Map<string, DateFormatters>();

function formattersFor(lang: Lang, tz: string): DateFormatters {
  const key = `${lang}|${tz}`;
  let f = dateFormatters.get(key);
  if (!f) {
    f = {
      day: new Intl.DateTimeFormat(locale(lang), { timeZone: tz, ...DAY }),
      time: new Intl.DateTimeFormat(locale(lang), { timeZone: tz, ...TIME }),
      clock: new Intl.DateTimeFormat(locale(lang), { timeZone: tz, ...TIME, hourCycle: 'h23' }),
    };
    dateFormatters.set(key, f);
  }
  return f;
}

/** "fre 27 nov 19:00–21:00" in the site's zone, "lör 28 nov" for all-day, spans across days with an en dash. */
export function formatWhen(startsAt: number, endsAt: number, allDay: boolean, { lang, tz }: { lang: Lang; tz: string }): string {
  const formatters = formattersFor(lang, tz);
  const d = (t: number) => formatters.day.format(t * 1000);
  const tm = (t: number) => formatters.time.format(t * 1000);
  const sameDay = localDayDiff(startsAt, endsAt, tz) === 0;
  if (allDay) return sameDay ? d(startsAt) : `${d(startsAt)}–${d(endsAt)}`;
  if (sameDay) return endsAt > startsAt ? `${d(startsAt)} ${tm(startsAt)}–${tm(endsAt)}` : `${d(startsAt)} ${tm(startsAt)}`;
  return `${d(startsAt)} ${tm(startsAt)} – ${d(endsAt)} ${tm(endsAt)}`;
}

/** "14:30" in the site's zone (24-hour, both languages), from the same cached formatters as dates. */
export function formatClock(epoch: number, { lang, tz }: { lang: Lang; tz: string }): string {
  return formattersFor(lang, tz).clock.format(epoch * 1000);
}

/** ISO 8601 with offset, for <time datetime> and JSON-LD. */
export function isoDateTime(epoch: number): string {
  return new Date(epoch * 1000).toISOString().replace('.000Z', 'Z');
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, fractionDigits: number): Intl.NumberFormat {
  const key = `${lang}|${fractionDigits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: fractionDigits });
    numberFormats.set(key, f);
  }
  return f;
}

export function formatNumber(n: number, lang: Lang): string {
  return numberFormat(lang, 3).format(n);
}

/** "800 m", "1,2 km" (Swedish) / "1.2 km", "24 km". */
export function formatDistance(metres: number, lang: Lang): string {
  if (metres < 1000) return `${Math.round(metres / 10) * 10} m`;
  return `${numberFormat(lang, metres < 10_000 ? 1 : 0).format(metres / 1000)} km`;
}

const plurals = { sv: new Intl.PluralRules('sv'), en: new Intl.PluralRules('en') };

/** "1 träff" / "12 träffar", with the number formatted for the language. */
export function countLabel(lang: Lang, count: number): string {
  const form = plurals[lang].select(count) === 'one' ? 'one' : 'other';
  return t(lang, `results.count.${form}`, { count: formatNumber(count, lang) });
}

const relativeFormats = new Map<Lang, Intl.RelativeTimeFormat>();

/** "för 3 minuter sedan", "om 11 minuter", "3 minutes ago": `epoch` relative to `now`, in a unit that fits. */
export function formatRelative(epoch: number, now: number, lang: Lang): string {
  let f = relativeFormats.get(lang);
  if (!f) {
    f = new Intl.RelativeTimeFormat(locale(lang), { numeric: 'auto' });
    relativeFormats.set(lang, f);
  }
  const diff = epoch - now;
  const abs = Math.abs(diff);
  if (abs < 60) return f.format(0, 'second');
  if (abs < 3600) return f.format(Math.round(diff / 60), 'minute');
  if (abs < 48 * 3600) return f.format(Math.round(diff / 3600), 'hour');
  return f.format(Math.round(diff / 86_400), 'day');
}
