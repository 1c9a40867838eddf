import type { Reason } from '../feed/rank.js';
import type { FacetLabeller } from './facet-labels.js';
import { formatClock, formatDistance } from './format.js';
import { type Lang, t } from './i18n.js';

/** "14" (or "14.30"): enough for "regn väntas 14–17". */
function hourOf(epoch: number, lang: Lang, tz: string): string {
  return formatClock(epoch, { lang, tz }).replace(/[:.]00$/, '');
}

function startsIn(minutes: number, lang: Lang): string {
  if (minutes < 1) return t(lang, 'reason.startsNow');
  if (minutes < 60) return t(lang, 'reason.startsInMinutes', { minutes });
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m < 5 ? t(lang, 'reason.startsInHours', { hours: h }) : t(lang, 'reason.startsInHoursMinutes', { hours: h, minutes: m });
}

/** One reason in the visitor's words: "Inomhus – regn väntas 14–17", "800 m bort", "Om 40 min", "Du valde Musik". */
export function reasonText(r: Reason, lang: Lang, tz: string, label: FacetLabeller): string {
  switch (r.kind) {
    case 'indoor-wet':
      return t(lang, 'reason.indoorWet', { weather: t(lang, `weather.${r.condition}`), from: hourOf(r.from, lang, tz), to: hourOf(r.to, lang, tz) });
    case 'outdoor-fine':
      return r.temperature === null ? t(lang, 'reason.outdoorFine') : t(lang, 'reason.outdoorFineTemp', { temp: Math.round(r.temperature) });
    case 'ongoing':
      return t(lang, 'reason.ongoing');
    case 'open-now':
      return t(lang, 'reason.openNow');
    case 'starts-in':
      return startsIn(r.minutes, lang);
    case 'distance':
      return t(lang, 'reason.distance', { distance: formatDistance(r.metres, lang) });
    case 'interest':
      return t(lang, 'reason.interest', { label: label('categories', r.category) });
    case 'audience':
      return t(lang, 'reason.interest', { label: label('audience', r.audience) });
    case 'learned':
      return t(lang, 'reason.learned', { label: label('categories', r.category) });
  }
}
