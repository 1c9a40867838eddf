import { emptyQuery, type SearchQuery } from '../domain/search-query.js';
import type { EventReader } from '../search/event-reader.js';
import type { Lang } from './i18n.js';
import { t } from './i18n.js';
import type { SearchInput } from './search-input.js';
import { toSearchParams } from './search-input.js';

export interface Suggestion {
  label: string;
  href: string;
}

type Relaxation = { label: string; query: Partial<SearchQuery>; params: Record<string, string | string[] | null> };

function relaxations(input: SearchInput, lang: Lang, label: (field: string, value: string) => string): Relaxation[] {
  const q = input.query;
  const out: Relaxation[] = [];
  const lists = [
    ['categories', 'category', q.categories],
    ['area', 'area', q.areas],
    ['kind', 'kind', q.kinds],
    ['audience', 'audience', q.audience],
  ] as const;
  for (const [field, param, values] of lists) {
    if (values.length) out.push({ label: values.map((v) => label(field, v)).join(', '), query: { [field === 'area' ? 'areas' : field === 'kind' ? 'kinds' : field]: [] }, params: { [param]: null } });
  }
  if (q.free !== null) out.push({ label: t(lang, `free.${q.free}`), query: { free: null }, params: { free: null } });
  if (q.indoor !== null) out.push({ label: t(lang, `indoor.${q.indoor}`), query: { indoor: null }, params: { indoor: null } });
  if (q.range) out.push({ label: t(lang, 'facet.when'), query: { range: null }, params: { when: 'any', from: null, to: null } });
  if (q.q && out.length) out.push({ label: `"${q.q}"`, query: { q: '' }, params: { q: null } });
  return out;
}

/**
 * For a search with no hits: each active filter (and the text) that, dropped alone, would give results — with the
 * count. At most one extra search per active filter, only on empty result pages.
 */
export async function zeroResultSuggestions(
  reader: EventReader,
  input: SearchInput,
  now: number,
  lang: Lang,
  base: string,
  label: (field: string, value: string) => string,
): Promise<Suggestion[]> {
  const options = relaxations(input, lang, label).slice(0, 6);
  const counts = await Promise.all(
    options.map((r) => reader.search({ ...input.query, ...r.query, page: 1, hitsPerPage: 1 }, now).then((res) => res.total)),
  );
  const drops = options
    .map((r, i) => ({ r, count: counts[i] ?? 0 }))
    .filter(({ count }) => count > 0)
    .map(({ r, count }) => {
      const params = toSearchParams(input, { ...r.params, page: null });
      return { label: t(lang, 'results.dropFilter', { label: r.label, count }), href: `${base}?${params}` };
    });
  return drops.length ? drops : browseSuggestions(reader, now, lang, base, label);
}

/** Nothing to drop (a text search alone found nothing): the busiest categories to browse instead. */
async function browseSuggestions(
  reader: EventReader,
  now: number,
  lang: Lang,
  base: string,
  label: (field: string, value: string) => string,
): Promise<Suggestion[]> {
  const { facets } = await reader.search({ ...emptyQuery(), hitsPerPage: 0 }, now);
  return Object.entries(facets.categories)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([id, count]) => ({
      label: t(lang, 'results.browseCategory', { label: label('categories', id), count }),
      href: `${base}?${new URLSearchParams({ category: id })}`,
    }));
}
