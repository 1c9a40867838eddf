import { localDayDiff, SITE_TIME_ZONE } from '../domain/time.js';
import { type Lang, locale, t } from './i18n.js';

const DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };

/** Built once per language: constructing Intl formatters costs far more than using them. */
const formatters = Object.fromEntries(
  (['sv', 'en'] as const).map((lang) => [
    lang,
    {
      day: new Intl.DateTimeFormat(locale(lang), { timeZone: SITE_TIME_ZONE, ...DAY }),
      time: new Intl.DateTimeFormat(locale(lang), { timeZone: SITE_TIME_ZONE, ...TIME }),
    },
  ]),
) as Record<Lang, { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>;

/** "fre 27 nov 19:00–21:00" (Europe/Stockholm), "lör 28 nov" for all-day, spans across days with an en dash. */
export function formatWhen(startsAt: number, endsAt: number, allDay: boolean, lang: Lang): string {
  const d = (t: number) => formatters[lang].day.format(t * 1000);
  const tm = (t: number) => formatters[lang].time.format(t * 1000);
  const sameDay = localDayDiff(startsAt, endsAt, SITE_TIME_ZONE) === 0;
  if (allDay) return sameDay ? d(startsAt) : `${d(startsAt)}–${d(endsAt)}`;
  if (sameDay) return endsAt > startsAt ? `${d(startsAt)} ${tm(startsAt)}–${tm(endsAt)}` : `${d(startsAt)} ${tm(startsAt)}`;
  return `${d(startsAt)} ${tm(startsAt)} – ${d(endsAt)} ${tm(endsAt)}`;
}

/** ISO 8601 with offset, for <time datetime> and JSON-LD. */
export function isoDateTime(epoch: number): string {
  return new Date(epoch * 1000).toISOString().replace('.000Z', 'Z');
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();

export function formatNumber(n: number, lang: Lang): string {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(locale(lang));
    numberFormats.set(lang, f);
  }
  return f.format(n);
}

const plurals = { sv: new Intl.PluralRules('sv'), en: new Intl.PluralRules('en') };

/** "1 träff" / "12 träffar", with the number formatted for the language. */
export function countLabel(lang: Lang, count: number): string {
  const form = plurals[lang].select(count) === 'one' ? 'one' : 'other';
  return t(lang, `results.count.${form}`, { count: formatNumber(count, lang) });
}
