import { typedWords } from '../domain/text.js';
import { FACETS, facetDef } from '../domain/facets.js';
import { emptyQuery, type SearchQuery, withFacet } from '../domain/search-query.js';
import type { EventReader } from '../search/ports.js';
import type { FacetLabeller } from './facet-labels.js';
import { type Lang, pathsOf, t } from './i18n.js';
import type { SearchInput } from './search-input.js';
import { type ParamChange, searchHref, withParams } from './search-url.js';

export interface Suggestion {
  label: string;
  href: string;
}

/** One thing the visitor chose that could be dropped: its label, the query without it, and the URL change. */
type Relaxation = { label: string; query: SearchQuery; change: ParamChange };

function relaxations(input: SearchInput, lang: Lang, label: FacetLabeller): Relaxation[] {
  const q = input.query;
  const out: Relaxation[] = [];
  for (const f of FACETS) {
    const values = q.facets[f.field];
    if (values.length === 0) continue;
    out.push({ label: values.map((v) => label(f.field, v)).join(', '), query: withFacet(q, f.field, []), change: { [f.param]: null } });
  }
  if (q.range) out.push({ label: t(lang, 'facet.when'), query: { ...q, range: null }, change: { when: 'any', from: null, to: null } });
  if (q.q && out.length) out.push({ label: `"${q.q}"`, query: { ...q, q: '' }, change: { q: null } });
  return out;
}

/** What a zero-result page needs from the request. */
export interface ZeroResultContext {
  reader: EventReader;
  input: SearchInput;
  now: number;
  lang: Lang;
  label: FacetLabeller;
}

/**
 * For a search with no hits: each active filter (and the text) that, dropped alone, would give results — with the
 * count. At most one extra search per active filter, only on empty result pages.
 */
export async function zeroResultSuggestions({ reader, input, now, lang, label }: ZeroResultContext): Promise<Suggestion[]> {
  const options = relaxations(input, lang, label).slice(0, 6);
  const counts = await Promise.all(
    options.map((r) => reader.search({ ...r.query, page: 1, hitsPerPage: 1 }, now).then((res) => res.total)),
  );
  const drops = options
    .map((r, i) => ({ r, count: counts[i] ?? 0 }))
    .filter(({ count }) => count > 0)
    .map(({ r, count }) => ({
      label: t(lang, 'results.dropFilter', { label: r.label, count }),
      href: searchHref(input, lang, { ...r.change, page: null }),
    }));
  if (drops.length) return drops;
  return [...(await singleWords(reader, input, now, lang)), ...(await browseSuggestions(reader, now, lang, label))];
}

/**
 * Several words found nothing together: each word alone that finds something, so a suggestion keeps what the visitor
 * typed rather than throwing it away ("Sök bara på ”jazz” (5)").
 */
async function singleWords(reader: EventReader, input: SearchInput, now: number, lang: Lang): Promise<Suggestion[]> {
  const words = [...new Set(typedWords(input.query.q).filter((w) => w.length >= 3))].slice(0, 4);
  if (words.length < 2) return [];
  const counts = await Promise.all(words.map((w) => reader.search({ ...input.query, q: w, page: 1, hitsPerPage: 1 }, now).then((r) => r.total)));
  return words.flatMap((word, i) =>
    (counts[i] ?? 0) > 0 ? [{ label: t(lang, 'results.onlyWord', { word, count: counts[i] ?? 0 }), href: searchHref(input, lang, { q: word, page: null }) }] : [],
  );
}

/** Nothing to drop (a text search alone found nothing): the busiest categories to browse instead. */
async function browseSuggestions(reader: EventReader, now: number, lang: Lang, label: FacetLabeller): Promise<Suggestion[]> {
  const { facets } = await reader.search({ ...emptyQuery(), hitsPerPage: 0 }, now);
  const category = facetDef('categories');
  return Object.entries(facets.categories)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([id, count]) => ({
      label: t(lang, 'results.browseCategory', { label: label('categories', id), count }),
      href: withParams(pathsOf(lang).search, new URLSearchParams({ [category.param]: id })),
    }));
}
