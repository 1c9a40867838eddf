import type { EventDoc, Geo } from '../domain/event.js';
import type { FacetField, FacetSelection } from '../domain/facets.js';
import type { LatLng } from '../domain/geo.js';
import type { SearchQuery } from '../domain/search-query.js';

/*
 * What the rest of the program may ask of the index, in its own terms: no Meilisearch shapes (`_formatted`,
 * `_geoDistance`, highlight markers) leave src/search.
 */

/** A text with the ranges (UTF-16 offsets, end exclusive) that matched the query. */
export interface MarkedText {
  text: string;
  marks: readonly (readonly [number, number])[];
}

/** One result card's worth of an event: at its next (or current) occurrence. */
export interface EventSummary
  extends Pick<
    EventDoc,
    | 'id' | 'eventId' | 'kind' | 'status' | 'title' | 'lang' | 'englishTitle' | 'englishText' | 'categories' | 'area' | 'areaName' | 'venue' | 'startsAt' | 'endsAt'
    | 'allDay' | 'openingHours' | 'openingHoursText' | 'setting' | 'indoor' | 'free' | 'price' | 'priceRange' | 'audience' | 'url' | 'image' | 'picture' | 'source'
  > {
  geo: Geo | null;
  /** The engine's relevance of the match, 0–1 (null when a sort decided the order). */
  relevance: number | null;
  /** The title with matched words marked. */
  titleMarked: MarkedText;
  /** A short excerpt of the description around the matches (or its start), with matched words marked. */
  snippet: MarkedText;
  /** Metres from the search's location, when it has one. */
  distanceM: number | null;
}

export type FacetCounts = Record<FacetField, Record<string, number>>;

/** Named date ranges to count alongside a search (the date facet). */
export type DateRanges = Record<string, { from: number; to: number }>;

export interface SearchPage {
  total: number;
  page: number;
  totalPages: number;
  hits: EventSummary[];
  facets: FacetCounts;
  /** Events per named date range (the other filters applied, the date filter not): "this weekend (12)". */
  dateCounts: Record<string, number>;
  /** The spelling the hits matched when the typed words matched only through typos ("konsrt" → "konsert"). */
  correction: string | null;
  /** Whether the best hit matched every word searched; false when the engine dropped words to find anything. */
  allWords: boolean;
}

/** One section of a search page: how many matched, and the hits asked for. */
export interface SearchSection {
  total: number;
  hits: EventSummary[];
}

/**
 * The search page's answer in two sections: dated events (paged as the query asks) and always-open places (the first
 * few). Facet and date counts are over both together, so they agree with `total` and with `search`.
 */
export interface SectionedSearchPage extends Pick<SearchPage, 'facets' | 'dateCounts' | 'correction' | 'allWords'> {
  /** Events and places together: the search's "N träffar". */
  total: number;
  events: SearchSection & { page: number; totalPages: number };
  places: SearchSection;
}

/** The feed's question: many events in a time window, optionally near a point, with few fields each. */
export interface CandidateQuery {
  /** Occurrences overlapping this epoch-second window (experiences: open on one of its weekdays). */
  window: { from: number; to: number };
  /** Distances are measured from this point; with `radiusM`, only events that near. */
  near?: (LatLng & { radiusM?: number }) | null;
  facets?: FacetSelection;
  /** At most this many events (each once, at its first occurrence in the window). */
  limit: number;
}

/** A feed candidate: a summary without description text (nothing matched), plus the weekdays a place is open. */
export interface Candidate extends EventSummary {
  openWeekdays: EventDoc['openWeekdays'];
}

/** One event in the sitemap. */
export type EventListing = Pick<EventDoc, 'eventId' | 'title' | 'kind' | 'updatedAt'>;

/** One event on the map: at its next (or current) occurrence in the search, where it happens. */
export interface MapPoint
  extends Pick<EventDoc, 'id' | 'eventId' | 'kind' | 'title' | 'lang' | 'englishTitle' | 'startsAt' | 'endsAt' | 'allDay' | 'openingHours' | 'openingHoursText' | 'categories'> {
  geo: Geo;
  venueName: string | null;
}

/** What the web may ask of the index (search-only key). */
export interface EventReader {
  /** The search page's question: one page of events, facet counts and date counts. */
  search(query: SearchQuery, now: number, dateRanges?: DateRanges): Promise<SearchPage>;
  /**
   * The search page's question with events and places apart, in one round trip: `query`'s page of events, the first
   * `placesLimit` places, and counts over both.
   */
  searchSections(query: SearchQuery, placesLimit: number, now: number, dateRanges?: DateRanges): Promise<SectionedSearchPage>;
  /** Candidates for the feed, which ranks them itself: one list per question, all asked in one round trip. */
  candidates(queries: readonly CandidateQuery[], now: number): Promise<Candidate[][]>;
  /** Changes whenever the index's content changes (caches key on it). */
  indexVersion(): Promise<string>;
  /** Where a search's events are: one point per event with coordinates, soonest first, at most `limit` (the map). */
  mapPoints(query: SearchQuery, now: number, limit: number): Promise<MapPoint[]>;
  /** Every matching occurrence (not one per event), soonest first, at most `limit`: calendar subscriptions. */
  matchingOccurrences(query: SearchQuery, now: number, limit: number): Promise<EventDoc[]>;
  /** Every upcoming occurrence of one event, soonest first. */
  occurrences(eventId: string, now: number, limit?: number): Promise<EventDoc[]>;
  /** Events matching a search, each once at its most recently changed occurrence, most recently changed first: feeds. */
  recentlyChanged(query: SearchQuery, now: number, limit: number): Promise<EventDoc[]>;
  /** Every event with an upcoming visible occurrence, once, with its latest change: the sitemap. */
  listEvents(now: number): Promise<EventListing[]>;
  /**
   * The event shown in place of `eventId` when another source's copy of it was kept (cross-source dedup), while it
   * has upcoming occurrences: where the merged-away event's page redirects. Null otherwise.
   */
  mergedInto(eventId: string, now: number): Promise<Pick<EventDoc, 'eventId' | 'title'> | null>;
  /** True when the engine answers and the index exists. */
  ready(): Promise<boolean>;
}
