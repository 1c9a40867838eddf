import type { Reason, Scored } from '../../feed/rank.js';
import type { EventSummary } from '../../search/ports.js';
import { localDayDiff } from '../../domain/time.js';
import type { FacetLabeller } from '../facet-labels.js';
import { reasonText } from '../feed-reasons.js';
import { formatDistance } from '../format.js';
import { type Lang, locale, t } from '../i18n.js';
import { shownTitle } from '../shown-text.js';
import { type Badge, badgesOf, type FeedHours, type FormatContext, placeWhen, priceOf, whenOf } from './event-card.js';

/** One event on a kiosk: big type, no link (a touch opens it on the screen; the QR code takes it away). */
export interface KioskCard {
  eventId: string;
  /** The feed's English title on an English screen when it has one. */
  title: string;
  /** The title's language when it is not the screen's, for the lang attribute. */
  titleLang: string | null;
  when: string;
  /**
   * A place's hours in the feed's own words when nothing was parsed and they are not in the screen's language: the
   * template marks `text` with `lang` ("Open: <span lang="sv">Dagligen 9–16</span>"), as the site's cards do.
   */
  whenForeign: FeedHours | null;
  where: string | null;
  /** Why it is shown, in words ("Inomhus – regn väntas 14–17 · 350 m bort"); null without one. */
  reason: string | null;
  badges: Badge[];
  price: string | null;
  /** The price's language when it is the feed's own words in another language than the screen's, else null. */
  priceLang: string | null;
}

/**
 * How kiosk cards are written: the page's language and zone, the time, and the facet labels. `opening` reads places'
 * hours; with a time chip's `range` a place says its first opening in it ("Öppet lör 12–16"), not today's.
 */
export interface KioskCardContext extends FormatContext {
  now: number;
  label: FacetLabeller;
}

/** A screen speaks to whoever stands there: "Du valde Musik" would be about nobody. */
const VISITOR_REASONS = new Set<Reason['kind']>(['interest', 'audience', 'learned']);

const timeFormats = new Map<string, Intl.DateTimeFormat>();
function timeOf(epoch: number, lang: Lang, tz: string): string {
  const key = `${lang}|${tz}`;
  let f = timeFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(lang), { timeZone: tz, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    timeFormats.set(key, f);
  }
  return f.format(epoch * 1000);
}

/** "Idag 14:00–16:00" for today's events (read in a glance from two metres), the site's usual date otherwise. */
function eventWhen(e: EventSummary, ctx: KioskCardContext): string {
  if (e.allDay || localDayDiff(ctx.now, e.startsAt, ctx.tz) !== 0) return whenOf(e, ctx);
  const until = localDayDiff(e.startsAt, e.endsAt, ctx.tz) === 0 && e.endsAt > e.startsAt ? `–${timeOf(e.endsAt, ctx.lang, ctx.tz)}` : '';
  return t(ctx.lang, 'kiosk.today', { time: `${timeOf(e.startsAt, ctx.lang, ctx.tz)}${until}` });
}

function whereOf(e: EventSummary, lang: Lang): string | null {
  const place = e.venue?.name ?? e.areaName;
  const distance = e.distanceM === null ? null : t(lang, 'reason.distance', { distance: formatDistance(e.distanceM, lang) });
  return [place, distance].filter(Boolean).join(' · ') || null;
}

function titleOf(e: EventSummary, lang: Lang): Pick<KioskCard, 'title' | 'titleLang'> {
  const shown = shownTitle(e, lang);
  return { title: shown.text, titleLang: shown.lang };
}

/** A search hit or a feed candidate as a kiosk card; `reasons` from the feed when it has them. */
export function kioskCard(e: EventSummary, ctx: KioskCardContext, reasons: readonly Reason[] = []): KioskCard {
  const place = e.kind === 'experience' ? placeWhen(e, ctx) : null;
  const said = reasons
    // A place open around the clock says so on its card: "Öppet nu" beside it would say it twice.
    .filter((r) => !VISITOR_REASONS.has(r.kind) && r.kind !== 'distance' && !(place?.always && r.kind === 'open-now'))
    .slice(0, 2)
    .map((r) => reasonText(r, ctx.lang, ctx.tz, ctx.label));
  return {
    eventId: e.eventId,
    ...titleOf(e, ctx.lang),
    when: place?.text ?? eventWhen(e, ctx),
    whenForeign: place?.feed?.lang ? place.feed : null,
    where: whereOf(e, ctx.lang),
    reason: said.length ? said.join(' · ') : null,
    badges: badgesOf(e, ctx.lang),
    ...priceOf(e, ctx.lang),
  };
}

export function scoredCard(s: Scored, ctx: KioskCardContext): KioskCard {
  return kioskCard({ ...s.candidate, distanceM: s.distanceM ?? s.candidate.distanceM }, ctx, s.reasons);
}
