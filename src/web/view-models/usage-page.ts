import { ROUTE_KINDS, type UsageData, USAGE_KEPT_DAYS, ZERO_WORDS_KEPT_DAYS } from '../../usage/usage.js';
import { formatNumber } from '../format.js';
import { type Lang, t } from '../i18n.js';

export interface UsagePageModel {
  lang: Lang;
  pageTitle: string;
  intro: string;
  columns: string[];
  days: { date: string; counts: string[] }[];
  totals: string[];
  words: { words: string; count: string }[];
}

/** Days shown on the page (all kept days stay in the file). */
const DAYS_SHOWN = 31;
const WORDS_SHOWN = 100;

/** The editors' usage page: counts per day and route kind, newest first; zero-result words, most frequent first. */
export function usagePageModel(data: UsageData, lang: Lang): UsagePageModel {
  const dates = Object.keys(data).sort().reverse();
  const totals = ROUTE_KINDS.map((k) => dates.reduce((sum, d) => sum + (data[d]?.routes[k] ?? 0), 0));
  const words = new Map<string, number>();
  for (const d of dates) for (const [w, n] of Object.entries(data[d]?.zero ?? {})) words.set(w, (words.get(w) ?? 0) + n);
  return {
    lang,
    pageTitle: t(lang, 'usage.title'),
    intro: t(lang, 'usage.intro', { days: USAGE_KEPT_DAYS, wordDays: ZERO_WORDS_KEPT_DAYS }),
    columns: ROUTE_KINDS.map((k) => t(lang, `usage.route.${k}`)),
    days: dates.slice(0, DAYS_SHOWN).map((date) => ({ date, counts: ROUTE_KINDS.map((k) => formatNumber(data[date]?.routes[k] ?? 0, lang)) })),
    totals: totals.map((n) => formatNumber(n, lang)),
    words: [...words]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, WORDS_SHOWN)
      .map(([w, n]) => ({ words: w, count: formatNumber(n, lang) })),
  };
}
