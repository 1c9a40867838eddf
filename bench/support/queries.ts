import type { Config } from '../../src/config/load-config.js';
import { queryWords } from '../../src/search/connect.js';
import { createEventReader } from '../../src/search/event-reader.js';
import { placesToAsk } from '../../src/web/view-models/search-sections.js';
import { presetRanges, readSearchInput, vocabularyOf } from '../../src/web/search-input.js';

/** A POST /multi-search request body. */
export interface MultiSearchBody {
  queries: Record<string, unknown>[];
}

/** What visitors type: compounds, typos, with and without å/ä/ö, filters, and date-only browsing. */
export const QUERIES: Record<string, string>[] = [
  { q: 'konsert' },
  { q: 'julkonsert' },
  { q: 'konsrt' },
  { q: 'isfiske' },
  { q: 'matfestival', when: 'week' },
  { q: 'Växjö' },
  { q: 'vaxjo' },
  { q: 'föreläsning' },
  { q: 'forelasning', category: 'lecture' },
  { q: 'utstalning' },
  { q: 'teater', area: 'centrum' },
  { q: 'barn', free: 'true' },
  { q: 'jazz', area: 'soder' },
  { q: 'skogsvandring', sort: 'soonest' },
  { q: 'smalands museum' },
  { q: 'marknad', category: 'market', when: 'next-week' },
  { q: 'konsert', page: '2' },
  { q: '', when: 'weekend' },
  { q: '', when: 'weekend', category: 'music' },
  { q: '', when: 'weekend', category: 'sport', area: 'arenastaden' },
];

/** The search page URL of a query (what htmx requests with HX-Request: true). */
export function pagePath(params: Record<string, string>): string {
  const qs = new URLSearchParams(params).toString();
  return qs ? `/sok?${qs}` : '/sok';
}

/**
 * The exact POST /multi-search body the app sends for these parameters: the app's own input parsing runs, then the
 * app's own event reader builds the request against a stub client that records it instead of sending it. Nothing is
 * copied from src/, so the raw measurement cannot drift from what the app asks.
 */
export async function multiSearchBody(params: Record<string, string>, config: Config, now: number): Promise<MultiSearchBody> {
  const tz = config.app.site.timeZone;
  const input = readSearchInput(params, vocabularyOf(config), now, tz);
  let captured: MultiSearchBody | null = null as MultiSearchBody | null;
  const recorder = async (queries: MultiSearchBody['queries']) => {
    captured = { queries };
    return queries.map(() => ({ hits: [], facetDistribution: {}, totalHits: 0, page: 1, totalPages: 0, processingTimeMs: 0 }));
  };
  const reader = createEventReader(null as never, recorder as never, config.app.meili.indexName, tz, { searchWords: queryWords(config) });
  // As the search route asks: events and places apart, with the date facet's preset counts.
  await reader.searchSections(input.query, placesToAsk(input), now, presetRanges(now, tz));
  if (!captured) throw new Error('the event reader sent no multi-search');
  return captured;
}
