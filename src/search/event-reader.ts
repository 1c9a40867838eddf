import type { Meilisearch, MultiSearchQuery } from 'meilisearch';
import type { EventDoc } from '../domain/event.js';
import type { SearchQuery } from '../domain/search-query.js';
import { guard } from './client.js';
import type { MultiSearch } from './multi-search.js';
import { and, eq, gte } from './filter.js';
import { buildFilter, facetClauses } from './query-filter.js';
import { FACET_FIELDS, type FacetField } from './settings.js';

/**
 * What a result needs (cards and the JSON API): leaving out the HTML description, keyword lists and bookkeeping fields
 * makes each response about a third of the size, which both Meilisearch and Node feel under load.
 */
const HIT_FIELDS = [
  'id', 'eventId', 'kind', 'status', 'title', 'descriptionText', 'categories', 'area', 'areaName', 'venue', '_geo',
  'startsAt', 'endsAt', 'allDay', 'openingHours', 'indoor', 'free', 'audience', 'url', 'image', 'source',
] as const satisfies readonly (keyof EventDoc)[];

/** Marks around highlighted words; the web layer escapes the text and turns them into <mark>. */
export const HIGHLIGHT_PRE = '\u0002';
export const HIGHLIGHT_POST = '\u0003';

export interface EventHit extends Pick<EventDoc, (typeof HIT_FIELDS)[number]> {
  _formatted?: Partial<Record<'title' | 'descriptionText', string>>;
  _geoDistance?: number;
}

export type FacetCounts = Record<FacetField, Record<string, number>>;

export interface SearchResult {
  total: number;
  page: number;
  totalPages: number;
  hitsPerPage: number;
  hits: EventHit[];
  facets: FacetCounts;
  /** Events per named date range (the other filters applied, the date filter not): "this weekend (12)". */
  dateCounts: Record<string, number>;
  processingTimeMs: number;
}

/** Named date ranges to count alongside a search (the date facet). */
export type DateRanges = Record<string, { from: number; to: number }>;

/** What the web may ask of the index (search-only key). */
export interface EventReader {
  search(query: SearchQuery, now: number, dateRanges?: DateRanges): Promise<SearchResult>;
  /** Every upcoming occurrence of one event, soonest first. */
  occurrences(eventId: string, now: number, limit?: number): Promise<EventDoc[]>;
  /** True when the engine answers and the index exists. */
  ready(): Promise<boolean>;
}

function sortOf(query: SearchQuery): string[] | undefined {
  // Experiences are open "now" (their startsAt is when they opened): dated events first, soonest first. Browsing
  // without words has no relevance to rank by, so it shows what is on soonest too.
  if (query.sort === 'soonest' || (query.sort === 'relevance' && !query.q)) return ['kind:asc', 'startsAt:asc'];
  if (query.sort === 'nearest' && query.near) return [`_geoPoint(${query.near.lat}, ${query.near.lng}):asc`];
  return undefined;
}

function emptyFacets(): FacetCounts {
  return Object.fromEntries(FACET_FIELDS.map((f) => [f, {}])) as FacetCounts;
}

export function createEventReader(client: Meilisearch, multiSearch: MultiSearch, indexName: string, timeZone: string): EventReader {
  return {
    search: (query, now, dateRanges = {}) =>
      guard('search', async () => {
        const selected = Object.keys(facetClauses(query)) as FacetField[];
        const main: MultiSearchQuery = {
          indexUid: indexName,
          q: query.q,
          filter: buildFilter(query, now, timeZone),
          sort: sortOf(query),
          page: query.page,
          hitsPerPage: query.hitsPerPage,
          facets: FACET_FIELDS.filter((f) => !selected.includes(f)),
          attributesToRetrieve: [...HIT_FIELDS],
          attributesToHighlight: ['title', 'descriptionText'],
          attributesToCrop: ['descriptionText'],
          cropLength: 28,
          highlightPreTag: HIGHLIGHT_PRE,
          highlightPostTag: HIGHLIGHT_POST,
        };
        // Disjunctive facets: each selected facet is counted without its own clause, as InstantSearch does.
        const perFacet: MultiSearchQuery[] = selected.map((field) => ({
          indexUid: indexName,
          q: query.q,
          filter: buildFilter(query, now, timeZone, field),
          page: 1,
          hitsPerPage: 0,
          facets: [field],
        }));
        const perDate: MultiSearchQuery[] = Object.values(dateRanges).map((range) => ({
          indexUid: indexName,
          q: query.q,
          filter: buildFilter({ ...query, range }, now, timeZone),
          page: 1,
          hitsPerPage: 0,
        }));
        const [first, ...rest] = await multiSearch<EventHit>([main, ...perFacet, ...perDate]);
        if (!first) throw new Error('empty multi-search response');
        const facets = { ...emptyFacets(), ...first.facetDistribution };
        for (const r of rest.slice(0, perFacet.length)) Object.assign(facets, r.facetDistribution);
        const dateCounts = Object.fromEntries(
          Object.keys(dateRanges).map((name, i) => [name, rest[perFacet.length + i]?.totalHits ?? 0]),
        );
        return {
          total: first.totalHits ?? 0,
          page: first.page ?? query.page,
          totalPages: first.totalPages ?? 0,
          hitsPerPage: query.hitsPerPage,
          hits: first.hits,
          facets,
          dateCounts,
          processingTimeMs: first.processingTimeMs,
        };
      }),

    occurrences: (eventId, now, limit = 50) =>
      guard('occurrences', async () => {
        const res = await client.index<EventDoc>(indexName).search('', {
          filter: and(eq('eventId', eventId), eq('duplicate', false), gte('endsAt', now)),
          sort: ['startsAt:asc'],
          distinct: 'id',
          limit,
        });
        return res.hits;
      }),

    ready: async () => {
      try {
        await client.index(indexName).search('', { limit: 0 });
        return true;
      } catch {
        return false;
      }
    },
  };
}
