import type { EventDoc } from '../../domain/event.js';
import type { EventSummary, MarkedText } from '../../search/ports.js';
import { formatDistance, formatNumber, formatWhen, isoDateTime } from '../format.js';
import { type Lang, t } from '../i18n.js';
import type { HoursPlace } from '../../domain/opening-hours.js';
import type { FacetLabeller } from '../facet-labels.js';
import { type Media, mediaOf } from '../media.js';
import { todayOpening } from '../opening-text.js';
import { eventPath, occurrencePath } from '../paths.js';
import { foreignLang, shownEnglishText, shownTitle } from '../shown-text.js';

/** How a page formats: its language and the site's time zone. */
export interface FormatContext {
  lang: Lang;
  tz: string;
  /** Cards link to the occurrence they show (found under a date filter), not to the event's next date. */
  pinOccurrence?: boolean;
  /** The time and place opening hours are read at ("Öppet idag 10–17"); without it the feed's words are shown. */
  opening?: { now: number; place: HoursPlace };
  /** Category labels, for illustrations' alt text. */
  label?: FacetLabeller;
}

export interface Badge {
  label: string;
  tone: 'free' | 'indoor' | 'outdoor' | 'family' | 'warning';
}

export interface EventCard {
  eventId: string;
  href: string;
  title: string;
  /** Escaped text with <mark> around matches: safe to render unescaped. */
  titleSafeHtml: string;
  snippetSafeHtml: string;
  /** Set when the text is in another language than the page ("sv" on the English site), for the lang attribute. */
  titleLang: string | null;
  snippetLang: string | null;
  when: string;
  /** A place closed all of today. */
  closed: boolean;
  isoStart: string | null;
  venue: string | null;
  area: string | null;
  kindLabel: string;
  badges: Badge[];
  /** "150 kr", "från 80 kr" or the feed's short price text; null when free (a badge says so) or unknown. */
  price: string | null;
  media: Media;
  kind: EventSummary['kind'];
  /** "1,2 km" when sorted by distance. */
  distance: string | null;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The text escaped, with <mark> around the matched ranges. */
export function markedToSafeHtml(marked: MarkedText): string {
  let html = '';
  let at = 0;
  for (const [start, end] of marked.marks) {
    if (start < at || end <= start) continue;
    html += `${escapeHtml(marked.text.slice(at, start))}<mark>${escapeHtml(marked.text.slice(start, end))}</mark>`;
    at = end;
  }
  return html + escapeHtml(marked.text.slice(at));
}

export function badgesOf(e: Pick<EventDoc, 'free' | 'indoor' | 'audience' | 'status'>, lang: Lang): Badge[] {
  const badges: Badge[] = [];
  if (e.status === 'cancelled') badges.push({ label: t(lang, 'badge.cancelled'), tone: 'warning' });
  if (e.status === 'postponed') badges.push({ label: t(lang, 'badge.postponed'), tone: 'warning' });
  if (e.free) badges.push({ label: t(lang, 'badge.free'), tone: 'free' });
  if (e.indoor === true) badges.push({ label: t(lang, 'badge.indoor'), tone: 'indoor' });
  if (e.indoor === false) badges.push({ label: t(lang, 'badge.outdoor'), tone: 'outdoor' });
  if (e.audience.includes('children-family')) badges.push({ label: t(lang, 'badge.children'), tone: 'family' });
  return badges;
}

const SNIPPET_CHARS = 180;

/**
 * The card's excerpt: on the English site the feed's own English text when it has one (no marks: the engine marks only
 * the Swedish description), else the description's excerpt, marked as Swedish when it is.
 */
function snippetFor(hit: EventSummary, lang: Lang): Pick<EventCard, 'snippetSafeHtml' | 'snippetLang'> {
  const english = shownEnglishText(hit, lang);
  if (english) {
    const cut = english.length > SNIPPET_CHARS ? `${english.slice(0, SNIPPET_CHARS).replace(/\s+\S*$/, '')}…` : english;
    return { snippetSafeHtml: escapeHtml(cut), snippetLang: null };
  }
  return { snippetSafeHtml: markedToSafeHtml(hit.snippet), snippetLang: foreignLang(hit, lang) };
}

/** The card's title: the feed's English title on the English site (unmarked: the engine marks only `title`). */
function titleFor(hit: EventSummary, lang: Lang): Pick<EventCard, 'title' | 'titleSafeHtml' | 'titleLang'> {
  const shown = shownTitle(hit, lang);
  return { title: shown.text, titleSafeHtml: shown.translated ? escapeHtml(shown.text) : markedToSafeHtml(hit.titleMarked), titleLang: shown.lang };
}

/** Cards fill the phone's width, half of a tablet's, and a column of two beside the filters on a desktop. */
const CARD_SIZES = '(min-width: 60rem) 26rem, (min-width: 40rem) 50vw, 100vw';

/** The longest price text a card shows as written; longer ones live on the event page. */
const CARD_PRICE_CHARS = 40;

/** A card's price: the amount (or "från" the lowest), else the feed's words when short. Free events have a badge. */
export function cardPrice(e: Pick<EventDoc, 'free' | 'price' | 'priceRange'>, lang: Lang): string | null {
  if (e.free === true) return null;
  if (e.priceRange) {
    const { from, to } = e.priceRange;
    return t(lang, from === to ? 'price.exact' : 'price.from', { amount: formatNumber(from, lang) });
  }
  return e.price && e.price.length <= CARD_PRICE_CHARS ? e.price : null;
}

type WhenFields = Pick<EventDoc, 'kind' | 'startsAt' | 'endsAt' | 'allDay' | 'openingHours' | 'openingHoursText'>;

/** A place's opening today from its hours, when the context says the time and place to read them at. */
function placeToday(e: WhenFields, { lang, tz, opening }: FormatContext): { text: string; closed: boolean } | null {
  return e.kind === 'experience' && e.openingHours && opening ? todayOpening(e.openingHours, { lang, tz, ...opening }) : null;
}

export function whenOf(e: WhenFields, ctx: FormatContext, today = placeToday(e, ctx)): string {
  const { lang, tz } = ctx;
  if (e.kind === 'experience') {
    if (today) return today.text;
    const text = e.openingHoursText;
    if (!text) return t(lang, 'event.alwaysOpen');
    // Feeds often write "Öppet dygnet runt" themselves.
    return /^(öppet|open)\b/i.test(text) ? text : `${t(lang, 'event.open')}: ${text}`;
  }
  return formatWhen(e.startsAt, e.endsAt, e.allDay, { lang, tz });
}

export function toEventCard(hit: EventSummary, ctx: FormatContext): EventCard {
  const { lang } = ctx;
  const today = placeToday(hit, ctx);
  return {
    eventId: hit.eventId,
    href: ctx.pinOccurrence && hit.kind === 'event' ? occurrencePath(lang, hit) : eventPath(lang, hit),
    ...titleFor(hit, lang),
    ...snippetFor(hit, lang),
    when: whenOf(hit, ctx, today),
    closed: today?.closed ?? false,
    isoStart: hit.kind === 'event' ? isoDateTime(hit.startsAt) : null,
    venue: hit.venue?.name ?? null,
    area: hit.areaName,
    kindLabel: t(lang, `kind.${hit.kind}`),
    badges: badgesOf(hit, lang),
    price: cardPrice(hit, lang),
    // The fallback alt text names the event as the card does.
    media: mediaOf({ ...hit, title: shownTitle(hit, lang).text }, CARD_SIZES, lang, ctx.label),
    kind: hit.kind,
    distance: hit.distanceM === null ? null : formatDistance(hit.distanceM, lang),
  };
}
