import type { EventDoc } from '../../domain/event.js';
import type { EventSummary, MarkedText } from '../../search/ports.js';
import { formatDistance, formatNumber, formatWhen, isoDateTime } from '../format.js';
import { type Lang, t } from '../i18n.js';
import type { HoursPlace } from '../../domain/opening-hours.js';
import type { FacetLabeller } from '../facet-labels.js';
import { type Media, mediaOf } from '../media.js';
import { type Opening, type OpeningWindow, todayOpening, windowOpening } from '../opening-text.js';
import { eventPath, occurrencePath } from '../paths.js';
import { ENGLISH_LABEL } from '../../domain/english-note.js';
import { feedWords, foreignLang, type ShownText, shownEnglishNote, shownEnglishText, shownTitle } from '../shown-text.js';

/** How a page formats: its language and the site's time zone. */
export interface FormatContext {
  lang: Lang;
  tz: string;
  /** Cards link to the occurrence they show (found under a date filter), not to the event's next date. */
  pinOccurrence?: boolean;
  /**
   * The time and place opening hours are read at ("Öppet idag 10–17"); without it the feed's words are shown. With a
   * search's time window (`range`), places say their first opening in it ("Öppet lör 10–16") instead of today's.
   */
  opening?: { now: number; place: HoursPlace; range?: OpeningWindow | null };
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
  /**
   * On the English site: the feed's short English note beside the Swedish excerpt ("The guide can answer questions in
   * English."), when its English is a note, not a translation (src/web/shown-text.ts).
   */
  note: string | null;
  when: string;
  /**
   * The feed's own words about a place's hours when they are shown (nothing parsed) and are not in the page's
   * language: the template marks `text` with `lang` ("Open: <span lang="sv">Dagligen 9–16</span>").
   */
  whenForeign: FeedHours | null;
  /** A place closed all of today (or of the search's time window). */
  closed: boolean;
  /** A place open around the clock (its line says so). */
  alwaysOpen: boolean;
  isoStart: string | null;
  venue: string | null;
  /** The venue's name is the feed's: its language when that is not the page's. */
  venueLang: string | null;
  area: string | null;
  kindLabel: string;
  badges: Badge[];
  /** "150 kr", "från 80 kr" or the feed's short price text; null when free (a badge says so) or unknown. */
  price: string | null;
  /** The price's language when it is the feed's text in another language than the page's ("sv" on the English site). */
  priceLang: string | null;
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

/** An English paragraph's label in an excerpt of the whole description ("… Pris 50 kr. In English: The guide …"). */
const ENGLISH_PART = new RegExp(`(?:^|\\s)${ENGLISH_LABEL}`, 'gi');

/**
 * The Swedish part of an excerpt, without the English note shown beside it: the excerpt is cut from the whole
 * description, which ends with the note ("… avslutar på Glasgatan. Pris 50 kr. In English: The guide can…"). An
 * excerpt that is all note (cropped from inside it) leaves nothing.
 */
export function withoutNote(snippet: MarkedText, note: string): MarkedText {
  const labels = [...snippet.text.matchAll(ENGLISH_PART)];
  const at = labels.at(-1)?.index;
  if (at === undefined) {
    const start = snippet.text.replace(/^…\s*/, '').slice(0, 24);
    return start && note.includes(start) ? { text: '', marks: [] } : snippet;
  }
  const text = snippet.text.slice(0, at).trimEnd();
  return { text: text === '…' ? '' : text, marks: snippet.marks.filter(([, end]) => end <= text.length) };
}

/**
 * The card's excerpt: on the English site the feed's own English text when it has one (no marks: the engine marks only
 * the Swedish description), else the description's excerpt, marked as Swedish when it is; an English note (not a
 * translation) goes beside the Swedish excerpt, not instead of it.
 */
function snippetFor(hit: EventSummary, lang: Lang): Pick<EventCard, 'snippetSafeHtml' | 'snippetLang' | 'note'> {
  const english = shownEnglishText(hit, lang);
  if (english) {
    const cut = english.length > SNIPPET_CHARS ? `${english.slice(0, SNIPPET_CHARS).replace(/\s+\S*$/, '')}…` : english;
    return { snippetSafeHtml: escapeHtml(cut), snippetLang: null, note: null };
  }
  const note = shownEnglishNote(hit, lang);
  const snippet = note ? withoutNote(hit.snippet, note) : hit.snippet;
  return { snippetSafeHtml: markedToSafeHtml(snippet), snippetLang: foreignLang(hit, lang), note };
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

/** The amount a price names (or "från" the lowest), in our words and the page's language; null without one. */
export function priceAmount(e: Pick<EventDoc, 'priceRange'>, lang: Lang): string | null {
  if (!e.priceRange) return null;
  const { from, to } = e.priceRange;
  return t(lang, from === to ? 'price.exact' : 'price.from', { amount: formatNumber(from, lang) });
}

/**
 * A card's price: the amount (our words), else the feed's words when short, with their language ("Ingår i entrén",
 * lang "sv" on the English site). Free events have a badge.
 */
export function shownPrice(e: Pick<EventDoc, 'free' | 'price' | 'priceRange' | 'lang'>, lang: Lang): ShownText | null {
  if (e.free === true) return null;
  const amount = priceAmount(e, lang);
  if (amount) return { text: amount, lang: null, translated: false };
  return e.price && e.price.length <= CARD_PRICE_CHARS ? feedWords(e, e.price, lang) : null;
}

/** A card's price and, for the feed's own words in another language than the page's, their language. */
export function priceOf(e: Pick<EventDoc, 'free' | 'price' | 'priceRange' | 'lang'>, lang: Lang): { price: string | null; priceLang: string | null } {
  const shown = shownPrice(e, lang);
  return { price: shown?.text ?? null, priceLang: shown?.lang ?? null };
}

type WhenFields = Pick<EventDoc, 'kind' | 'startsAt' | 'endsAt' | 'allDay' | 'openingHours' | 'openingHoursText' | 'lang'>;

/** The feed's own words about a place's hours: `label` ("Öppet", in the page's language) goes before them when set. */
export interface FeedHours {
  label: string | null;
  text: string;
  /** The words' language when it is not the page's, else null. */
  lang: string | null;
}

/** A place's "when" line: our own words from its parsed hours, else the feed's (`feed`), else "Öppet året runt". */
export interface PlaceWhen extends Opening {
  feed: FeedHours | null;
}

/** A place's opening from its hours, when the context says the time and place to read them at. */
function placeOpening(e: WhenFields, { lang, tz, opening }: FormatContext): Opening | null {
  if (e.kind !== 'experience' || !e.openingHours || !opening) return null;
  const ctx = { lang, tz, now: opening.now, place: opening.place };
  return opening.range ? windowOpening(e.openingHours, opening.range, ctx) : todayOpening(e.openingHours, ctx);
}

/**
 * How a place's card or map popup says when it is open: from its parsed hours in the page's language (today's, or
 * the first opening in the search's window); only without them the feed's own words, as written, with their language.
 */
export function placeWhen(e: WhenFields, ctx: FormatContext): PlaceWhen {
  const opening = placeOpening(e, ctx);
  if (opening) return { ...opening, feed: null };
  const text = e.openingHoursText;
  if (!text) return { text: t(ctx.lang, 'event.alwaysOpen'), closed: false, always: false, feed: null };
  // Feeds often write "Öppet dygnet runt" themselves.
  const feed = { label: /^(öppet|open)\b/i.test(text) ? null : t(ctx.lang, 'event.open'), text, lang: foreignLang(e, ctx.lang) };
  return { text: feed.label ? `${feed.label}: ${text}` : text, closed: false, always: false, feed };
}

export function whenOf(e: WhenFields, ctx: FormatContext): string {
  if (e.kind === 'experience') return placeWhen(e, ctx).text;
  return formatWhen(e.startsAt, e.endsAt, e.allDay, ctx);
}

export function toEventCard(hit: EventSummary, ctx: FormatContext): EventCard {
  const { lang } = ctx;
  const place = hit.kind === 'experience' ? placeWhen(hit, ctx) : null;
  return {
    eventId: hit.eventId,
    href: ctx.pinOccurrence && hit.kind === 'event' ? occurrencePath(lang, hit) : eventPath(lang, hit),
    ...titleFor(hit, lang),
    ...snippetFor(hit, lang),
    when: place?.text ?? whenOf(hit, ctx),
    whenForeign: place?.feed?.lang ? place.feed : null,
    closed: place?.closed ?? false,
    alwaysOpen: place?.always ?? false,
    isoStart: hit.kind === 'event' ? isoDateTime(hit.startsAt) : null,
    venue: hit.venue?.name ?? null,
    venueLang: hit.venue ? foreignLang(hit, lang) : null,
    area: hit.areaName,
    kindLabel: t(lang, `kind.${hit.kind}`),
    badges: badgesOf(hit, lang),
    ...priceOf(hit, lang),
    // The fallback alt text names the event as the card does.
    media: mediaOf({ ...hit, title: shownTitle(hit, lang).text }, CARD_SIZES, lang, ctx.label),
    kind: hit.kind,
    distance: hit.distanceM === null ? null : formatDistance(hit.distanceM, lang),
  };
}
