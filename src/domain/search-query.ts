import { emptySelection, type FacetSelection, type FacetVocabulary, parseSelection } from './facets.js';
import { first, latLng, list } from './params.js';

export const SORTS = ['relevance', 'soonest', 'nearest'] as const;
export type Sort = (typeof SORTS)[number];

/** A validated search: what the page, the fragment and the JSON API all ask the search service. */
export interface SearchQuery {
  q: string;
  /** Chosen facet values (src/domain/facets.ts). */
  facets: FacetSelection;
  /** Inclusive epoch-second range an occurrence must overlap; null: from now on. */
  range: { from: number; to: number } | null;
  sort: Sort;
  near: { lat: number; lng: number } | null;
  page: number;
  hitsPerPage: number;
  /** Only events changed in the index at or after this epoch second (incremental sync for partners). */
  updatedSince?: number | null;
}

export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE = 500;
export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 50;

export function emptyQuery(): SearchQuery {
  return { q: '', facets: emptySelection(), range: null, sort: 'relevance', near: null, page: 1, hitsPerPage: DEFAULT_PER_PAGE };
}

/** The query with one facet's values replaced. */
export function withFacet(query: SearchQuery, field: keyof FacetSelection, values: readonly string[]): SearchQuery {
  return { ...query, facets: { ...query.facets, [field]: values } };
}

type Params = Record<string, unknown>;

function int(params: Params, key: string, min: number, max: number, fallback: number): number {
  const v = Number.parseInt(first(params[key]) ?? '', 10);
  return Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : fallback;
}

/**
 * Turns query-string parameters into a SearchQuery. Never throws: long text is cut, unknown parameters and values
 * are ignored, numbers are clamped. Date parameters are handled by the caller (they need the clock).
 */
export function parseSearchParams(params: Params, vocab: FacetVocabulary): SearchQuery {
  // Free text is never split on commas ("jazz, konsert" is one search); list parameters are.
  const q = (first(params.q) ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  const near = latLng(params.lat, params.lng);
  const sortRaw = first(params.sort);
  const sort = (SORTS as readonly string[]).includes(sortRaw ?? '') ? (sortRaw as Sort) : 'relevance';
  return {
    q,
    facets: parseSelection((param) => list(params[param]), vocab),
    range: null,
    sort: sort === 'nearest' && !near ? 'relevance' : sort,
    near,
    page: int(params, 'page', 1, MAX_PAGE, 1),
    hitsPerPage: int(params, 'per_page', 1, MAX_PER_PAGE, DEFAULT_PER_PAGE),
  };
}
