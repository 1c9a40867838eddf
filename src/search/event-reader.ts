import { typedWords } from '../domain/text.js';
import type { Meilisearch, MultiSearchQuery } from 'meilisearch';
import type { EventDoc } from '../domain/event.js';
import { emptySelection, FACETS, type FacetField } from '../domain/facets.js';
import type { SearchQuery } from '../domain/search-query.js';
import { engineCall } from './client.js';
import { and, eq, geoRadius, gte } from './filter.js';
import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from './highlight.js';
import { CANDIDATE_FIELDS, HIT_FIELDS, POINT_FIELDS, type RawCandidate, type RawHit, type RawPoint, rankedSummaries, toCandidate, toPoint } from './hits.js';
import type { MultiSearch } from './multi-search.js';
import { correctionOf } from './spelling.js';
import { matchedAllWords } from './sooner-first.js';
import type { CandidateQuery, DateRanges, EventListing, EventReader, EventSummary, FacetCounts } from './ports.js';
import { buildFilter, facetClauses, timeClause } from './query-filter.js';

/**
 * Which word the engine drops first when no document has them all. Of several typed words, the one found in the most
 * documents: the rare word says what is sought ("dans för pensionärer" keeps "pensionärer", "english events for
 * students" keeps "students"; held-out set 95.9 -> 97.1 %, README "How search works"). One typed word reaches the
 * engine as its compound parts and itself ("brädspelskväll" → bräd spel kväll brädspelskväll): those go from the
 * end, as Meilisearch does by default, since dropping the common part first ("kväll") leaves a part alone that
 * typo-matches anything ("bräd" → branden). Every search with the same words uses the same rule, so facet and date
 * counts agree with the hits.
 */
function matchingOf(typed: string): 'frequency' | 'last' {
  return typedWords(typed).length > 1 ? 'frequency' : 'last';
}

/** Documents read per request when listing every event (the sitemap). */
const LIST_BATCH = 5000;
/** Candidates per feed question: the engine's page cap (pagination.maxTotalHits) is far above this. */
const MAX_CANDIDATES = 1000;

function sortOf(query: SearchQuery): string[] | undefined {
  // Experiences are open "now" (their startsAt is when they opened): dated events first, soonest first. Browsing
  // without words has no relevance to rank by, so it shows what is on soonest too.
  if (query.sort === 'soonest' || (query.sort === 'relevance' && !query.q)) return ['kind:asc', 'startsAt:asc'];
  if (query.sort === 'nearest' && query.near) return [`_geoPoint(${query.near.lat}, ${query.near.lng}):asc`];
  return undefined;
}

function emptyFacets(): FacetCounts {
  return Object.fromEntries(FACETS.map((f) => [f.field, {}])) as FacetCounts;
}

function candidateQueryParts(query: CandidateQuery, now: number, timeZone: string): string[] {
  const near = query.near ?? null;
  const facets = Object.values(facetClauses(query.facets ?? emptySelection()));
  const parts = [eq('duplicate', false), timeClause(query.window, now, timeZone), ...facets];
  if (near?.radiusM !== undefined) parts.push(geoRadius(near.lat, near.lng, near.radiusM));
  return parts;
}

/** One list of a search page: the search's filter narrowed by `only` (null: all of it), and which page of it. */
interface ListAsk {
  only: string | null;
  page: number;
  hitsPerPage: number;
}

interface PageList {
  total: number;
  page: number;
  totalPages: number;
  hits: EventSummary[];
  allWords: boolean;
}

/** Adds one list's facet counts into the page's (the lists never share a match, so counts add up). */
function addCounts(into: FacetCounts, from: Partial<Record<string, Record<string, number>>>): void {
  const counts = into as Record<string, Record<string, number>>;
  for (const [field, values] of Object.entries(from)) {
    const target = counts[field] ?? {};
    for (const [value, n] of Object.entries(values ?? {})) target[value] = (target[value] ?? 0) + n;
    counts[field] = target;
  }
}

/** How the reader treats query text before the engine sees it. */
export interface ReaderOptions {
  /** The query in the words the index holds (dictionary forms, compound parts); identity when absent. */
  searchWords?: (q: string) => string;
}

export function createEventReader(
  client: Meilisearch,
  multiSearch: MultiSearch,
  indexName: string,
  timeZone: string,
  options: ReaderOptions = {},
): EventReader {
  const words = options.searchWords ?? ((q: string) => q);
  const index = () => client.index<EventDoc>(indexName);
  const candidateSearch = (query: CandidateQuery, now: number): MultiSearchQuery => ({
    indexUid: indexName,
    q: '',
    filter: and(...candidateQueryParts(query, now, timeZone)),
    // Each event once (the index's distinct attribute), at its first occurrence in the window.
    sort: ['startsAt:asc'],
    limit: Math.min(MAX_CANDIDATES, Math.max(1, query.limit)),
    attributesToRetrieve: [...CANDIDATE_FIELDS],
  });
  /**
   * One search page in one multi-search: a list per `lists` entry (the search's filter, narrowed by `only`), the
   * disjunctive facets counted without their own clause (as InstantSearch does) and the named date ranges counted.
   * The lists split the matches between them (or there is one), so their facet counts add up to the whole search's.
   */
  const pageSearch = async (query: SearchQuery, now: number, dateRanges: DateRanges, lists: readonly ListAsk[]) => {
    const q = words(query.q);
    const selected = Object.keys(facetClauses(query.facets)) as FacetField[];
    const separate = FACETS.filter((f) => f.disjunctive && selected.includes(f.field)).map((f) => f.field);
    const sort = sortOf(query);
    const filter = buildFilter(query, now, timeZone);
    const main = (list: ListAsk): MultiSearchQuery => ({
      indexUid: indexName,
      q,
      matchingStrategy: matchingOf(query.q),
      filter: list.only ? and(filter, list.only) : filter,
      sort,
      showRankingScore: true,
      // Only to order equally good matches by date (sooner-first.ts); sorted queries need no relevance.
      showRankingScoreDetails: sort === undefined && query.q !== '',
      page: list.page,
      hitsPerPage: list.hitsPerPage,
      facets: FACETS.map((f) => f.field).filter((f) => !separate.includes(f)),
      attributesToRetrieve: [...HIT_FIELDS],
      attributesToHighlight: ['title', 'descriptionText'],
      attributesToCrop: ['descriptionText'],
      cropLength: 28,
      highlightPreTag: HIGHLIGHT_PRE,
      highlightPostTag: HIGHLIGHT_POST,
    });
    const perFacet: MultiSearchQuery[] = separate.map((field) => ({
      indexUid: indexName,
      q,
      matchingStrategy: matchingOf(query.q),
      filter: buildFilter(query, now, timeZone, field),
      page: 1,
      hitsPerPage: 0,
      facets: [field],
    }));
    const perDate: MultiSearchQuery[] = Object.values(dateRanges).map((range) => ({
      indexUid: indexName,
      q,
      matchingStrategy: matchingOf(query.q),
      filter: buildFilter({ ...query, range }, now, timeZone),
      page: 1,
      hitsPerPage: 0,
    }));
    const results = await multiSearch<RawHit>([...lists.map(main), ...perFacet, ...perDate]);
    if (results.length < lists.length) throw new Error('short multi-search response');
    const listResults = results.slice(0, lists.length);
    const rest = results.slice(lists.length);
    const facets = emptyFacets();
    for (const r of listResults) addCounts(facets, r.facetDistribution ?? {});
    for (const r of rest.slice(0, perFacet.length)) Object.assign(facets, r.facetDistribution);
    const dateCounts = Object.fromEntries(Object.keys(dateRanges).map((name, i) => [name, rest[perFacet.length + i]?.totalHits ?? 0]));
    return {
      lists: listResults.map((r, i): PageList => ({
        total: r.totalHits ?? 0,
        page: r.page ?? (lists[i] as ListAsk).page,
        totalPages: r.totalPages ?? 0,
        hits: rankedSummaries(r.hits, query, sort !== undefined),
        allWords: matchedAllWords(r.hits),
      })),
      facets,
      dateCounts,
    };
  };
  return {
    search: (query, now, dateRanges = {}) =>
      engineCall('search', async () => {
        const { lists, facets, dateCounts } = await pageSearch(query, now, dateRanges, [{ only: null, page: query.page, hitsPerPage: query.hitsPerPage }]);
        const [all] = lists as [PageList];
        return { ...all, facets, dateCounts, correction: query.q ? correctionOf(query.q, all.hits) : null };
      }),

    searchSections: (query, placesLimit, now, dateRanges = {}) =>
      engineCall('searchSections', async () => {
        const { lists, facets, dateCounts } = await pageSearch(query, now, dateRanges, [
          { only: eq('kind', 'event'), page: query.page, hitsPerPage: query.hitsPerPage },
          { only: eq('kind', 'experience'), page: 1, hitsPerPage: Math.max(1, placesLimit) },
        ]);
        const [events, places] = lists as [PageList, PageList];
        return {
          total: events.total + places.total,
          // An empty list says nothing about the words; the page matched them all if a list with hits did.
          allWords: [events, places].some((l) => l.total > 0 && l.allWords) || events.total + places.total === 0,
          events,
          places: { total: places.total, hits: places.hits },
          facets,
          dateCounts,
          correction: query.q ? correctionOf(query.q, [...events.hits, ...places.hits]) : null,
        };
      }),

    candidates: (queries, now) =>
      engineCall('candidates', async () => {
        if (queries.length === 0) return [];
        const results = await multiSearch<RawCandidate>(queries.map((q) => candidateSearch(q, now)));
        return queries.map((q, i) => (results[i]?.hits ?? []).map((h) => toCandidate(h, q.near ?? null)));
      }),

    // The search-only key may not read the index's own metadata: the newest change and the document count, read by
    // a search, move whenever documents are written or deleted.
    indexVersion: () =>
      engineCall('indexVersion', async () => {
        const res = await index().search('', { sort: ['updatedAt:desc'], limit: 1, attributesToRetrieve: ['updatedAt'], distinct: 'id' });
        return `${res.hits[0]?.updatedAt ?? 0}|${res.estimatedTotalHits ?? 0}`;
      }),

    mapPoints: (query, now, limit) =>
      engineCall('mapPoints', async () => {
        const [res] = await multiSearch<RawPoint>([
          {
            indexUid: indexName,
            q: words(query.q),
            matchingStrategy: matchingOf(query.q),
            filter: buildFilter(query, now, timeZone),
            // Each event once (the distinct attribute), at its first matching occurrence.
            sort: ['startsAt:asc'],
            limit: Math.min(MAX_CANDIDATES, Math.max(1, limit)),
            attributesToRetrieve: [...POINT_FIELDS],
          },
        ]);
        return (res?.hits ?? []).flatMap(toPoint);
      }),

    matchingOccurrences: (query, now, limit) =>
      engineCall('matchingOccurrences', async () => {
        const res = await index().search(words(query.q), {
          matchingStrategy: matchingOf(query.q),
          filter: buildFilter(query, now, timeZone),
          sort: ['startsAt:asc'],
          // Every occurrence, not one per event: `id` is unique per document.
          distinct: 'id',
          limit,
        });
        // With words, relevance ranks before the sort; a subscription lists by time.
        return res.hits.sort((a, b) => a.startsAt - b.startsAt);
      }),

    occurrences: (eventId, now, limit = 50) =>
      engineCall('occurrences', async () => {
        const res = await index().search('', {
          filter: and(eq('eventId', eventId), eq('duplicate', false), gte('endsAt', now)),
          sort: ['startsAt:asc'],
          distinct: 'id',
          limit,
        });
        return res.hits;
      }),

    recentlyChanged: (query, now, limit) =>
      engineCall('recentlyChanged', async () => {
        const res = await index().search(words(query.q), {
          matchingStrategy: matchingOf(query.q),
          filter: buildFilter(query, now, timeZone),
          // Each event once (the distinct attribute), at its latest change: words only filter, the sort decides.
          sort: ['updatedAt:desc'],
          limit,
        });
        return res.hits.sort((a, b) => b.updatedAt - a.updatedAt);
      }),

    listEvents: (now) =>
      engineCall('listEvents', async () => {
        const byEvent = new Map<string, EventListing>();
        const docs = client.index<EventListing>(indexName);
        for (let offset = 0; ; offset += LIST_BATCH) {
          const page = await docs.getDocuments({
            filter: and(eq('duplicate', false), gte('endsAt', now)),
            fields: ['eventId', 'title', 'kind', 'updatedAt'],
            limit: LIST_BATCH,
            offset,
          });
          for (const d of page.results) {
            const seen = byEvent.get(d.eventId);
            if (!seen || seen.updatedAt < d.updatedAt) byEvent.set(d.eventId, d);
          }
          if (page.results.length < LIST_BATCH) return [...byEvent.values()];
        }
      }),

    mergedInto: (eventId, now) =>
      engineCall('mergedInto', async () => {
        const gone = await index().search('', {
          filter: and(eq('eventId', eventId), eq('duplicate', true), gte('endsAt', now)),
          attributesToRetrieve: ['mergedInto'],
          limit: 1,
        });
        const target = gone.hits[0]?.mergedInto;
        if (!target) return null;
        const kept = await index().search('', {
          filter: and(eq('eventId', target), eq('duplicate', false), gte('endsAt', now)),
          attributesToRetrieve: ['eventId', 'title'],
          limit: 1,
        });
        const hit = kept.hits[0];
        return hit ? { eventId: hit.eventId, title: hit.title } : null;
      }),

    ready: async () => {
      try {
        await index().search('', { limit: 0 });
        return true;
      } catch {
        return false;
      }
    },
  };
}
