import type { Kind } from './event.js';

export const SORTS = ['relevance', 'soonest', 'nearest'] as const;
export type Sort = (typeof SORTS)[number];

/** A validated search: what the page, the fragment and the JSON API all ask the search service. */
export interface SearchQuery {
  q: string;
  categories: string[];
  areas: string[];
  kinds: Kind[];
  audience: string[];
  accessibility: string[];
  free: boolean | null;
  indoor: boolean | null;
  /** Inclusive epoch-second range an occurrence must overlap; null: from now on. */
  range: { from: number; to: number } | null;
  sort: Sort;
  near: { lat: number; lng: number } | null;
  page: number;
  hitsPerPage: number;
}

export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE = 500;

export function emptyQuery(): SearchQuery {
  return {
    q: '',
    categories: [],
    areas: [],
    kinds: [],
    audience: [],
    accessibility: [],
    free: null,
    indoor: null,
    range: null,
    sort: 'relevance',
    near: null,
    page: 1,
    hitsPerPage: 20,
  };
}

/** Known values per list parameter; anything else a visitor sends is dropped, never an error. */
export interface QueryVocabulary {
  categories: ReadonlySet<string>;
  areas: ReadonlySet<string>;
  audience: ReadonlySet<string>;
  accessibility: ReadonlySet<string>;
}

type Params = Record<string, unknown>;

function list(params: Params, key: string): string[] {
  const raw = params[key];
  const values = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return values.filter((v): v is string => typeof v === 'string').flatMap((v) => v.split(','));
}

function known(params: Params, key: string, allowed: ReadonlySet<string>): string[] {
  return [...new Set(list(params, key).map((v) => v.trim()).filter((v) => allowed.has(v)))].slice(0, 20);
}

function bool(params: Params, key: string): boolean | null {
  const v = list(params, key)[0];
  if (v === 'true' || v === '1' || v === 'ja' || v === 'yes') return true;
  if (v === 'false' || v === '0' || v === 'nej' || v === 'no') return false;
  return null;
}

function int(params: Params, key: string, min: number, max: number, fallback: number): number {
  const v = Number.parseInt(list(params, key)[0] ?? '', 10);
  return Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : fallback;
}

function coordinate(params: Params, key: string, limit: number): number | null {
  const raw = list(params, key)[0];
  if (raw === undefined || !/^-?\d{1,3}(\.\d+)?$/.test(raw.trim())) return null;
  const v = Number(raw);
  return Math.abs(v) <= limit ? v : null;
}

/**
 * Turns query-string parameters into a SearchQuery. Never throws: long text is cut, unknown parameters and values
 * are ignored, numbers are clamped. Date parameters are handled by the caller (they need the clock).
 */
export function parseSearchParams(params: Params, vocab: QueryVocabulary): SearchQuery {
  const q = (list(params, 'q')[0] ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  const lat = coordinate(params, 'lat', 90);
  const lng = coordinate(params, 'lng', 180);
  const near = lat !== null && lng !== null ? { lat, lng } : null;
  const sortRaw = list(params, 'sort')[0];
  const sort = (SORTS as readonly string[]).includes(sortRaw ?? '') ? (sortRaw as Sort) : 'relevance';
  return {
    ...emptyQuery(),
    q,
    categories: known(params, 'category', vocab.categories),
    areas: known(params, 'area', vocab.areas),
    kinds: known(params, 'kind', new Set(['event', 'experience'])) as Kind[],
    audience: known(params, 'audience', vocab.audience),
    accessibility: known(params, 'accessibility', vocab.accessibility),
    free: bool(params, 'free'),
    indoor: bool(params, 'indoor'),
    sort: sort === 'nearest' && !near ? 'relevance' : sort,
    near,
    page: int(params, 'page', 1, MAX_PAGE, 1),
    hitsPerPage: int(params, 'per_page', 1, 50, 20),
  };
}
