import type { SearchQuery } from '../../domain/search-query.js';
import type { EventSummary, SectionedSearchPage } from '../../search/ports.js';
import { formatNumber } from '../format.js';
import { type Lang, locale, t } from '../i18n.js';
import type { SearchInput } from '../search-input.js';
import { searchHref } from '../search-url.js';
import type { EventCard } from './event-card.js';
import { eventRows, type ResultRow } from './result-rows.js';

/*
 * The search page's two sections: dated events (day headings, their own "show more" and page links) and always-open
 * places (the first few, then their own "show more"). Each keeps its paging in the address (`pages`, `places`), so
 * Back restores both, and paging through events never brings a place into them.
 */

/**
 * Places shown before their "show more" when events were found too: a glimpse (two rows on a wide screen) after the
 * events; one row when they lead, so on a phone the events still begin within a couple of screens.
 */
export const PLACES_FIRST = 4;
export const PLACES_LEADING = 2;

/** How many places to ask the engine for: what the address says is shown, else enough for a list of places alone. */
export function placesToAsk(input: SearchInput): number {
  return input.placesShown ?? Math.max(PLACES_FIRST, input.perPage);
}

const relevanceOf = (hits: readonly EventSummary[]) => Math.max(0, ...hits.map((h) => h.relevance ?? 0));
const nearestOf = (hits: readonly EventSummary[]) => Math.min(Number.POSITIVE_INFINITY, ...hits.map((h) => h.distanceM ?? Number.POSITIVE_INFINITY));

/**
 * Whether the places section leads.
 * - Browsing, a date filter or "soonest" ask what is on: events first (issue 8, point 4). A place is open, not "on".
 * - Typed words may name a place: when the best place matches better than the best event ("domkyrkan" finds the
 *   cathedral before the concerts held in it), the visitor came for the place and expects it at the top. The engine's
 *   relevance is per hit, not relative to its list, so the two sections' scores compare. A tie keeps events first.
 * - "Nearest": the section whose nearest hit is nearer.
 * - Only on the first page: a visitor on page 3 is reading on through events.
 */
export function placesFirst(query: SearchQuery, result: Pick<SectionedSearchPage, 'events' | 'places'>): boolean {
  const { events, places } = result;
  if (places.hits.length === 0) return false;
  if (events.total === 0) return true;
  if (query.page > 1 || query.range !== null) return false;
  if (query.sort === 'nearest' && query.near) return nearestOf(places.hits) < nearestOf(events.hits);
  if (query.sort !== 'relevance' || !query.q) return false;
  return relevanceOf(places.hits) > relevanceOf(events.hits);
}

function counted(lang: Lang, key: string, count: number): string {
  const form = new Intl.PluralRules(locale(lang)).select(count) === 'one' ? 'one' : 'other';
  return t(lang, `${key}.${form}`, { count: formatNumber(count, lang) });
}

export interface EventsSection {
  /** "Evenemang", when places are listed too. */
  heading: string | null;
  count: string;
  /** Cards under day headings (result-rows.ts). */
  rows: ResultRow[];
  /** "Show more": the next page's URL, appended in place by htmx. */
  moreHref: string | null;
  /** Plain page links (without JavaScript). */
  pagination: { prevHref: string | null; nextHref: string | null; text: string } | null;
}

export interface PlacesSection {
  /** "Platser att besöka", when events are listed too. */
  heading: string | null;
  count: string;
  cards: EventCard[];
  /** "Show more places": this search with more places, appended in place by htmx (or a page load without it). */
  moreHref: string | null;
  /** "Visa fler platser", or "Visa alla 5 platser" when that is what it does. */
  moreText: string;
  /** Picks the new cards (and the next "show more") out of the answer: those after the ones shown. */
  moreSelect: string;
}

export interface ResultSections {
  placesFirst: boolean;
  events: EventsSection | null;
  places: PlacesSection | null;
  /** "95 evenemang · 19 platser" under the total when both are found; the places link when they come second. */
  split: { events: string; places: string; placesHref: string | null } | null;
  /** "Inga evenemang ikväll. Det här är öppet då:" when a date filter finds places but no events. */
  noEvents: string | null;
}

interface SectionContext {
  lang: Lang;
  tz: string;
  /** Day headings need the clock; without it the list has none. */
  now: number | undefined;
}

/** Pages of the visitor's page size, and the last one shown (several after "show more"). */
export function eventPaging(input: SearchInput, eventsTotal: number) {
  return { total: Math.ceil(eventsTotal / input.perPage), last: input.query.page + input.pages - 1 };
}

function pagination(input: SearchInput, eventsTotal: number, lang: Lang, places: string | null): EventsSection['pagination'] {
  const page = input.query.page;
  const { total, last } = eventPaging(input, eventsTotal);
  if (total <= 1) return null;
  return {
    prevHref: page > 1 ? searchHref(input, lang, { page: page > 2 ? String(page - 1) : null, places }) : null,
    nextHref: last < total ? searchHref(input, lang, { page: String(last + 1), places }) : null,
    text: t(lang, 'results.page', { page: last, pages: total }),
  };
}

function eventsSection(input: SearchInput, result: SectionedSearchPage, cards: EventCard[], both: boolean, ctx: SectionContext): EventsSection {
  const q = input.query;
  const byDay = ctx.now !== undefined && (q.sort === 'soonest' || (q.sort === 'relevance' && !q.q));
  const { rows, last } = eventRows(cards, result.events.hits, { byDay, now: ctx.now ?? 0, lang: ctx.lang, tz: ctx.tz, after: input.after, from: q.range?.from ?? null });
  const shown = eventPaging(input, result.events.total);
  const places = input.placesShown === null ? null : String(input.placesShown);
  return {
    heading: both ? t(ctx.lang, 'results.events') : null,
    count: formatNumber(result.events.total, ctx.lang),
    rows,
    moreHref: shown.last < shown.total ? searchHref(input, ctx.lang, { page: String(shown.last + 1), after: last, places }) : null,
    pagination: pagination(input, result.events.total, ctx.lang, places),
  };
}

function placesSection(input: SearchInput, result: SectionedSearchPage, cards: EventCard[], leading: boolean, lang: Lang): PlacesSection {
  const withEvents = result.events.total > 0;
  const shown = Math.min(cards.length, input.placesShown ?? (!withEvents ? input.perPage : leading ? PLACES_LEADING : PLACES_FIRST));
  const next = shown + input.perPage;
  const lastPage = input.query.page + input.pages - 1;
  return {
    heading: withEvents ? t(lang, 'results.places') : null,
    count: formatNumber(result.places.total, lang),
    cards: cards.slice(0, shown),
    // The events shown stay as they are (`pages`): only the places grow.
    moreHref:
      shown < result.places.total
        ? searchHref(input, lang, { pages: input.query.page === 1 && lastPage > 1 ? String(lastPage) : null, places: String(next) })
        : null,
    moreText: next >= result.places.total ? t(lang, 'results.allPlaces', { count: formatNumber(result.places.total, lang) }) : t(lang, 'results.morePlaces'),
    moreSelect: `#place-cards > li:nth-child(n+${shown + 1})`,
  };
}

/** The chosen time as its chip says it: "Ikväll", "I helgen", "2026-12-01–2026-12-03". */
export function whenLabel(input: Pick<SearchInput, 'when' | 'from' | 'to'>, lang: Lang): string {
  return input.when === 'range' ? `${input.from ?? ''}–${input.to ?? ''}` : t(lang, `when.${input.when}`);
}

/** The chosen time as words inside a sentence: "ikväll", "i helgen", "tonight". */
function whenWords(input: SearchInput, lang: Lang): string {
  return input.when === 'range' ? whenLabel(input, lang) : whenLabel(input, lang).toLocaleLowerCase(locale(lang));
}

/** Both sections of a search page, in the order a visitor expects them (see `placesFirst`). */
export function resultSections(
  input: SearchInput,
  result: SectionedSearchPage,
  cards: { events: EventCard[]; places: EventCard[] },
  ctx: SectionContext,
): ResultSections {
  const hasEvents = result.events.total > 0;
  const hasPlaces = result.places.total > 0;
  const both = hasEvents && hasPlaces;
  const first = placesFirst(input.query, result);
  return {
    placesFirst: first,
    events: hasEvents ? eventsSection(input, result, cards.events, both, ctx) : null,
    places: hasPlaces ? placesSection(input, result, cards.places, first, ctx.lang) : null,
    noEvents: !hasEvents && hasPlaces && input.when ? t(ctx.lang, 'results.noEventsThen', { when: whenWords(input, ctx.lang) }) : null,
    split: both
      ? {
          events: counted(ctx.lang, 'results.eventCount', result.events.total),
          places: counted(ctx.lang, 'results.placeCount', result.places.total),
          placesHref: first ? null : '#places-heading',
        }
      : null,
  };
}
