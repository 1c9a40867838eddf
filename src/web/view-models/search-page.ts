import type { Config } from '../../config/load-config.js';
import { DATE_PRESETS } from '../../domain/date-range.js';
import type { FacetCounts, SearchResult } from '../../search/event-reader.js';
import type { FacetField } from '../../search/settings.js';
import { countLabel, formatNumber } from '../format.js';
import { type Lang, t } from '../i18n.js';
import { searchPath } from '../paths.js';
import { type SearchInput, toSearchParams } from '../search-input.js';
import { type EventCard, toEventCard } from './event-card.js';

export interface FacetOption {
  id: string;
  inputId: string;
  name: string;
  value: string;
  label: string;
  count: string;
  checked: boolean;
}

export interface FacetGroup {
  field: string;
  legend: string;
  options: FacetOption[];
}

export interface Chip {
  label: string;
  removeHref: string;
  removeLabel: string;
}

export interface SearchPageModel {
  lang: Lang;
  action: string;
  q: string;
  countText: string;
  total: number;
  cards: EventCard[];
  facets: FacetGroup[];
  when: { value: string; label: string; selected: boolean }[];
  sorts: { value: string; label: string; selected: boolean }[];
  /** The chosen custom date range, for the date inputs. */
  from: string | null;
  to: string | null;
  chips: Chip[];
  clearHref: string | null;
  pagination: { prevHref: string | null; nextHref: string | null; text: string } | null;
  empty: boolean;
  suggestions: { label: string; href: string }[];
  /** "Show more": the next page's URL, appended in place by htmx. */
  moreHref: string | null;
  /** Hidden inputs carrying state the visible controls do not (custom dates, location). */
  hidden: { name: string; value: string }[];
  /** This search's canonical URL (what the address bar shows). */
  selfHref: string;
  /** The same search in the other language. */
  alternateHref: string;
  alternateLang: Lang;
}

type Labeller = (value: string) => string;

/** Visitor-facing label of a facet value ("music" → "Musik & konserter"). */
export function facetLabel(config: Config, lang: Lang): (field: string, value: string) => string {
  const all = labellers(config, lang);
  return (field, value) => (all[field as FacetField] ?? ((v: string) => v))(value);
}

function labellers(config: Config, lang: Lang): Record<FacetField, Labeller> {
  const cats = new Map(config.taxonomy.categories.map((c) => [c.id, c[lang]]));
  const auds = new Map(config.taxonomy.audiences.map((a) => [a.id, a[lang]]));
  const areas = new Map(config.areas.features.map((f) => [f.properties.id, f.properties.name]));
  const access = new Map(config.taxonomy.accessibility.map((a) => [a.id, a[lang]]));
  return {
    categories: (v) => cats.get(v) ?? v,
    area: (v) => areas.get(v) ?? v,
    kind: (v) => t(lang, `kind.${v}`),
    free: (v) => t(lang, `free.${v}`),
    indoor: (v) => t(lang, `indoor.${v}`),
    audience: (v) => auds.get(v) ?? v,
    accessibility: (v) => access.get(v) ?? v,
  };
}

const PARAM: Record<FacetField, string> = {
  categories: 'category',
  area: 'area',
  kind: 'kind',
  free: 'free',
  indoor: 'indoor',
  audience: 'audience',
  accessibility: 'accessibility',
};

function selectedValues(input: SearchInput, field: FacetField): string[] {
  const q = input.query;
  const map: Record<FacetField, string[]> = {
    categories: q.categories,
    area: q.areas,
    kind: q.kinds,
    free: q.free === null ? [] : [String(q.free)],
    indoor: q.indoor === null ? [] : [String(q.indoor)],
    audience: q.audience,
    accessibility: q.accessibility,
  };
  return map[field];
}

function facetGroups(facets: FacetCounts, input: SearchInput, label: Record<FacetField, Labeller>, lang: Lang): FacetGroup[] {
  return (Object.keys(PARAM) as FacetField[]).map((field) => {
    const selected = selectedValues(input, field);
    const counts = facets[field] ?? {};
    const values = [...new Set([...Object.keys(counts), ...selected])];
    return {
      field,
      legend: t(lang, `facet.${field}`),
      options: values
        .map((value) => ({
          id: value,
          inputId: `f-${PARAM[field]}-${value}`,
          name: PARAM[field],
          value,
          label: label[field](value),
          count: formatNumber(counts[value] ?? 0, lang),
          checked: selected.includes(value),
        }))
        .sort((a, b) => a.label.localeCompare(b.label, lang)),
    };
  }).filter((g) => g.options.length > 0);
}

function chips(input: SearchInput, label: Record<FacetField, Labeller>, lang: Lang, base: string): Chip[] {
  const out: Chip[] = [];
  const href = (p: URLSearchParams) => (p.size ? `${base}?${p}` : base);
  for (const field of Object.keys(PARAM) as FacetField[]) {
    const selected = selectedValues(input, field);
    for (const value of selected) {
      const rest = selected.filter((v) => v !== value);
      const text = label[field](value);
      out.push({ label: text, removeHref: href(toSearchParams(input, { [PARAM[field]]: rest, page: null })), removeLabel: t(lang, 'search.removeFilter', { label: text }) });
    }
  }
  if (input.when) {
    const text = input.when === 'range' ? `${input.from ?? ''}–${input.to ?? ''}` : t(lang, `when.${input.when}`);
    // A date that came from words in the text is removed with those words.
    const q = input.whenFromText ? input.query.q || null : input.typed || null;
    out.push({ label: text, removeHref: href(toSearchParams(input, { q, when: null, from: null, to: null, page: null })), removeLabel: t(lang, 'search.removeFilter', { label: text }) });
  }
  return out;
}

function withQuery(path: string, params: URLSearchParams): string {
  return params.size ? `${path}?${params}` : path;
}

/** The search page's view model: formatted, labelled and linked, never raw hits. */
export function searchPageModel(
  config: Config,
  input: SearchInput,
  result: SearchResult,
  lang: Lang,
  suggestions: { label: string; href: string }[] = [],
): SearchPageModel {
  const base = searchPath(lang);
  const label = labellers(config, lang);
  const link = (change: Record<string, string | null>) => `${base}?${toSearchParams(input, change)}`;
  const page = input.query.page;
  const chipList = chips(input, label, lang, base);
  return {
    lang,
    action: base,
    q: input.typed,
    countText: countLabel(lang, result.total),
    total: result.total,
    cards: result.hits.map((h) => toEventCard(h, lang)),
    facets: facetGroups(result.facets, input, label, lang),
    when: [
      { value: '', label: t(lang, 'when.any'), selected: !input.when },
      ...DATE_PRESETS.map((p) => ({
        value: p,
        label: p in result.dateCounts ? `${t(lang, `when.${p}`)} (${formatNumber(result.dateCounts[p] ?? 0, lang)})` : t(lang, `when.${p}`),
        selected: input.when === p,
      })),
    ],
    from: input.when === 'range' ? input.from : null,
    to: input.when === 'range' ? input.to : null,
    sorts: (['relevance', 'soonest', 'nearest'] as const).map((s) => ({ value: s, label: t(lang, `sort.${s}`), selected: input.query.sort === s })),
    chips: chipList,
    clearHref: chipList.length ? (input.query.q ? `${base}?${new URLSearchParams({ q: input.query.q })}` : base) : null,
    pagination:
      result.totalPages > 1
        ? {
            prevHref: page > 1 ? link({ page: page > 2 ? String(page - 1) : null }) : null,
            nextHref: page < result.totalPages ? link({ page: String(page + 1) }) : null,
            text: t(lang, 'results.page', { page, pages: result.totalPages }),
          }
        : null,
    empty: result.total === 0,
    suggestions,
    moreHref: page < result.totalPages ? link({ page: String(page + 1) }) : null,
    selfHref: withQuery(base, toSearchParams(input)),
    alternateHref: withQuery(searchPath(lang === 'sv' ? 'en' : 'sv'), toSearchParams(input)),
    alternateLang: lang === 'sv' ? 'en' : 'sv',
    hidden: [
      ...(input.query.near ? [{ name: 'lat', value: String(input.query.near.lat) }, { name: 'lng', value: String(input.query.near.lng) }] : []),
    ],
  };
}
