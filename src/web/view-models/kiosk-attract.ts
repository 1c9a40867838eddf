import type { KioskConfig } from '../../config/kiosks-schema.js';
import type { Feed } from '../../feed/feed-service.js';
import type { Scored } from '../../feed/rank.js';
import { isAlwaysOpen } from '../../domain/opening-hours.js';
import { localDayDiff } from '../../domain/time.js';
import type { FacetLabeller } from '../facet-labels.js';
import { type Lang, locale, t } from '../i18n.js';
import { kioskPaths } from '../kiosk/paths.js';
import { weatherStrip } from './home-page.js';
import { type KioskCard, type KioskCardContext, scoredCard } from './kiosk-card.js';

/** One panel of the attract loop, in one language. */
export interface AttractPanel {
  id: string;
  lang: Lang;
  title: string;
  /** `href`: the event on the stage, when a touch lands on its card. */
  cards: (KioskCard & { href: string })[];
  weather: ReturnType<typeof weatherStrip>;
  /** "Väderdata från Open-Meteo.com" on the weather panel. */
  credit: string | null;
}

export interface AttractModel {
  /** Every language's panels, in the order they are shown: the loop rotates through the languages this way. */
  panels: AttractPanel[];
  /** Per language, the content's time as the stale marker says it: "Uppdaterad 14:05". */
  updated: { lang: Lang; text: string }[];
  /** Event ids on the panels (short links are remembered for them). */
  eventIds: string[];
}

/** The time, the zone and each language's facet labels (the loop speaks every language of the screen). */
export interface AttractContext {
  now: number;
  tz: string;
  labelIn: (lang: Lang) => FacetLabeller;
  /** Where places' opening hours are read ("Öppet idag 10–17" in the panel's language). */
  opening: KioskCardContext['opening'];
}

const PER_PANEL = 4;
const SOON_S = 3 * 3600;

const clockFormats = new Map<string, Intl.DateTimeFormat>();
function clock(epoch: number, lang: Lang, tz: string): string {
  const key = `${lang}|${tz}`;
  let f = clockFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(lang), { timeZone: tz, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    clockFormats.set(key, f);
  }
  return f.format(epoch * 1000);
}

interface Picks {
  nearNow: Scored[];
  today: Scored[];
  weatherTips: Scored[];
  /** The coming days' events, by time: only when nothing more is on today. */
  coming: Scored[];
  /** More places open today, when the loop would otherwise show a single panel of cards. */
  morePlaces: Scored[];
}

/**
 * The panels' cards without repeats: on now or starting soon, later today (by time), suited to the weather at their
 * hours; on a day with nothing more on, the coming days; and when that still leaves one panel, more places.
 */
function pick(feed: Feed, ctx: AttractContext): Picks {
  const { now } = feed;
  const { tz, opening } = ctx;
  const seen = new Set<string>();
  const all = [...feed.top, ...feed.sections.flatMap((s) => s.items)].filter((s) => !s.suppressed && !seen.has(s.candidate.eventId) && seen.add(s.candidate.eventId));
  const used = new Set<string>();
  const take = (list: Scored[]) => {
    const out = list.filter((s) => !used.has(s.candidate.eventId)).slice(0, PER_PANEL);
    for (const s of out) used.add(s.candidate.eventId);
    return out;
  };
  const isEvent = (s: Scored) => s.candidate.kind === 'event';
  const openNow = (s: Scored) => s.reasons.some((r) => r.kind === 'open-now');
  const always = (s: Scored) => !!opening && !!s.candidate.openingHours && isAlwaysOpen(s.candidate.openingHours, now, tz, opening.place);
  // What is on is news; a place that is always open is not: events first, then places open now whose hours end
  // (a museum, a church), then those that never close (a park, a street). Each in the feed's order, which already
  // weighs distance, time and the weather at their hours.
  const ranks = new Map(all.map((s) => [s, isEvent(s) ? 0 : always(s) ? 2 : 1]));
  const rank = (s: Scored) => ranks.get(s) ?? 0;
  const onNow = all.filter((s) => isEvent(s) && s.candidate.startsAt <= now + SOON_S && s.candidate.endsAt > now);
  const placesNow = all.filter((s) => !isEvent(s) && openNow(s));
  const nearNow = take([...onNow, ...placesNow].sort((a, b) => rank(a) - rank(b) || b.score - a.score));
  const today = take(
    all.filter((s) => isEvent(s) && s.candidate.endsAt > now && localDayDiff(now, s.candidate.startsAt, tz) <= 0).sort((a, b) => a.candidate.startsAt - b.candidate.startsAt),
  );
  const weatherTips = take(all.filter((s) => s.reasons.some((r) => r.kind === 'indoor-wet' || r.kind === 'outdoor-fine')));
  const coming = today.length > 0 ? [] : take(all.filter((s) => isEvent(s) && localDayDiff(now, s.candidate.startsAt, tz) > 0).sort((a, b) => a.candidate.startsAt - b.candidate.startsAt));
  const panels = [nearNow, today, weatherTips, coming].filter((list) => list.length > 0).length;
  // Places open today (open now, or the feed's time part above a closed place's), those open now first.
  const openToday = all.filter((s) => !isEvent(s) && (openNow(s) || s.parts.time > 0.1)).sort((a, b) => Number(openNow(b)) - Number(openNow(a)) || rank(a) - rank(b) || b.score - a.score);
  const morePlaces = panels > 1 ? [] : take(openToday);
  return { nearNow, today, weatherTips, coming, morePlaces };
}

function panelsIn(lang: Lang, picks: Picks, feed: Feed, kiosk: KioskConfig, ctx: AttractContext): AttractPanel[] {
  const c: KioskCardContext = { lang, tz: ctx.tz, now: ctx.now, label: ctx.labelIn(lang), opening: ctx.opening };
  const paths = kioskPaths(kiosk.id);
  const cards = (list: Scored[]) => list.map((s) => ({ ...scoredCard(s, c), href: paths.event(lang, s.candidate.eventId, null) }));
  const panel = (id: string, title: string, list: Scored[]): AttractPanel => ({ id, lang, title, cards: cards(list), weather: null, credit: null });
  const weather = weatherStrip(feed.forecast, feed.now, c);
  const place = kiosk.location.name[lang];
  const panels = [
    panel('now', t(lang, 'kiosk.panel.now', { place }), picks.nearNow),
    panel('today', t(lang, 'kiosk.panel.today'), picks.today),
    panel('weather-tips', t(lang, 'kiosk.panel.weatherTips'), picks.weatherTips),
    panel('coming', t(lang, 'kiosk.panel.coming'), picks.coming),
    panel('places', t(lang, 'kiosk.panel.places', { place }), picks.morePlaces),
  ].filter((p) => p.cards.length > 0);
  if (weather) panels.push({ id: 'weather', lang, title: weather.heading, cards: [], weather, credit: t(lang, 'weather.attribution') });
  if (panels.length === 0) panels.push(panel('empty', t(lang, 'kiosk.panel.empty'), []));
  return panels;
}

/** The attract loop's panels in every language of the screen, from the feed ranked for the screen's place. */
export function attractModel(feed: Feed, kiosk: KioskConfig, ctx: AttractContext): AttractModel {
  const picks = pick(feed, ctx);
  return {
    panels: kiosk.languages.flatMap((lang) => panelsIn(lang, picks, feed, kiosk, ctx)),
    updated: kiosk.languages.map((lang) => ({ lang, text: t(lang, 'kiosk.updated', { time: clock(feed.now, lang, ctx.tz) }) })),
    eventIds: Object.values(picks).flatMap((list: Scored[]) => list.map((s) => s.candidate.eventId)),
  };
}
