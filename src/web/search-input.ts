import type { Config } from '../config/load-config.js';
import { customRange, DATE_PRESETS, type DatePreset, presetRange } from '../domain/date-range.js';
import { type FacetVocabulary, facetVocabulary } from '../domain/facets.js';
import { first } from '../domain/params.js';
import { parseSearchParams, type SearchQuery } from '../domain/search-query.js';
import { extractTimeWords } from '../domain/time-words.js';

export interface SearchInput {
  query: SearchQuery;
  /** What the visitor typed (the search box shows it); `query.q` has time words removed. */
  typed: string;
  /** True when the date filter came from words in the text ("i helgen"), not from the date control. */
  whenFromText: boolean;
  /** The date filter as the visitor chose it, to re-render the control and the chip. */
  when: DatePreset | 'range' | null;
  from: string | null;
  to: string | null;
  /** Pages of `perPage` results shown at once: "show more" pressed (`pages=3`), restored after Back. */
  pages: number;
  /** The page size the visitor asked for; `query.hitsPerPage` is `perPage × pages` when several are shown. */
  perPage: number;
  /** On an appended page: the last day heading the page already shows. */
  after: string | null;
  /** Places shown in their own section (`places=N`, after its "show more"); null: the section's first few. */
  placesShown: number | null;
  /** The results as a list, or on a map above the list (`view=map`). */
  view: 'list' | 'map';
  /** Typed searches lift weather-suited events among near-equal matches; `weather=off` turns that off. */
  weatherBoost: boolean;
}

/** The facet values visitors may choose, from the operator's taxonomy and areas. Built once per app. */
export function vocabularyOf(config: Config): FacetVocabulary {
  return facetVocabulary({
    taxonomy: config.taxonomy,
    areas: config.areas.features.map((f) => f.properties),
  });
}

/**
 * Query-string parameters → a validated search, at `now`. Never throws; bad values are dropped. Time words in the
 * text ("konsert i helgen") become the date filter unless a date is chosen, or `when=any` says no date at all.
 */
export function readSearchInput(params: Record<string, unknown>, vocab: FacetVocabulary, now: number, tz: string): SearchInput {
  return withPagesShown(readFilters(params, vocab, now, tz), params);
}

/** At most this many results come back at once when "show more" pages are restored. */
const MAX_SHOWN = 200;

/** `pages=N` on the first page: the first N pages in one answer (what "show more" had loaded before Back). */
function withPagesShown(input: Omit<SearchInput, 'pages' | 'perPage' | 'after' | 'placesShown' | 'view'>, params: Record<string, unknown>): SearchInput {
  const perPage = input.query.hitsPerPage;
  const asked = Number.parseInt(first(params.pages) ?? '', 10);
  const pages = input.query.page === 1 && Number.isFinite(asked) ? Math.max(1, Math.min(asked, Math.floor(MAX_SHOWN / perPage))) : 1;
  const after = first(params.after) ?? '';
  const places = Number.parseInt(first(params.places) ?? '', 10);
  return {
    ...input,
    pages,
    perPage,
    after: /^\d{4}-\d\d-\d\d$/.test(after) ? after : null,
    placesShown: Number.isFinite(places) && places > 0 ? Math.min(places, MAX_SHOWN) : null,
    view: first(params.view) === 'map' ? 'map' : 'list',
    query: { ...input.query, hitsPerPage: perPage * pages },
  };
}

function readFilters(params: Record<string, unknown>, vocab: FacetVocabulary, now: number, tz: string): Omit<SearchInput, 'pages' | 'perPage' | 'after' | 'placesShown' | 'view'> {
  const parsed = parseSearchParams(params, vocab);
  const { preset: spoken, rest } = extractTimeWords(parsed.q);
  const query = { ...parsed, q: rest };
  const base = { typed: parsed.q, whenFromText: false, from: null, to: null, weatherBoost: first(params.weather) !== 'off' };
  const whenRaw = first(params.when);
  const chosen = whenRaw && (DATE_PRESETS as readonly string[]).includes(whenRaw) ? (whenRaw as DatePreset) : null;
  if (chosen) return { ...base, query: { ...query, range: presetRange(chosen, now, tz) }, when: chosen };
  const from = first(params.from)?.slice(0, 10);
  const to = first(params.to)?.slice(0, 10);
  const range = customRange(from, to, now, tz);
  if (range) return { ...base, query: { ...query, range }, when: 'range', from: from ?? null, to: to ?? null };
  // An empty `when` is the form's "any date" default: words in the text still count. Only `when=any` turns them off.
  if (spoken && (whenRaw === undefined || whenRaw === '')) {
    return { ...base, whenFromText: true, query: { ...query, range: presetRange(spoken, now, tz) }, when: spoken };
  }
  return { ...base, query, when: null };
}

/** The date facet's presets as ranges at `now`, to count alongside a search. */
export function presetRanges(now: number, tz: string): Record<DatePreset, { from: number; to: number }> {
  return Object.fromEntries(DATE_PRESETS.map((p) => [p, presetRange(p, now, tz)])) as Record<DatePreset, { from: number; to: number }>;
}
