import { selectionParams } from '../domain/facets.js';
import { DEFAULT_PER_PAGE } from '../domain/search-query.js';
import { type Lang, pathsOf } from './i18n.js';
import type { SearchInput } from './search-input.js';

/** Parameters to change, by URL name: a value or list replaces, null removes. */
export type ParamChange = Partial<Record<string, string | readonly string[] | null>>;

/**
 * The one URL builder for "this search, with one change": every link on the search page (chips, paging, show more,
 * zero-result hints, the language switch) comes from here, so no link forgets a parameter the visitor set. How much
 * of each section is shown (`pages`, `places`) is no filter: only the links that keep it (the address, "show more")
 * pass it as a change.
 */
export function searchParams(input: SearchInput, change: ParamChange = {}): URLSearchParams {
  const q = input.query;
  const state: ParamChange = {
    q: input.typed || null,
    ...Object.fromEntries(selectionParams(q.facets)),
    // A date from words in the text stays in the text; only a chosen date is a parameter.
    when: input.when && input.when !== 'range' && !input.whenFromText ? input.when : null,
    from: input.when === 'range' ? input.from : null,
    to: input.when === 'range' ? input.to : null,
    sort: q.sort === 'relevance' ? null : q.sort,
    lat: q.near ? String(q.near.lat) : null,
    lng: q.near ? String(q.near.lng) : null,
    per_page: input.perPage !== DEFAULT_PER_PAGE ? String(input.perPage) : null,
    view: input.view === 'map' ? 'map' : null,
    weather: input.weatherBoost ? null : 'off',
    page: q.page > 1 ? String(q.page) : null,
    ...change,
  };
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(state)) {
    if (v === null || v === undefined) continue;
    for (const item of typeof v === 'string' ? [v] : v) out.append(k, item);
  }
  return out;
}

/** A path with its query string (none when there are no parameters). */
export function withParams(path: string, params: URLSearchParams): string {
  return params.size ? `${path}?${params}` : path;
}

/** The filters of a search as URL parameters, without paging, order or place: what a subscription or embed repeats. */
export function filterParams(input: SearchInput): URLSearchParams {
  return searchParams(input, { page: null, per_page: null, pages: null, places: null, sort: null, lat: null, lng: null, weather: null });
}

/** The search page's URL in `lang` for this search, changed. */
export function searchHref(input: SearchInput, lang: Lang, change: ParamChange = {}): string {
  return withParams(pathsOf(lang).search, searchParams(input, change));
}
