import { DATE_PRESETS } from '../../domain/date-range.js';
import { FACETS, type FacetField } from '../../domain/facets.js';
import { SORTS } from '../../domain/search-query.js';
import type { SearchPage } from '../../search/ports.js';
import type { Reason } from '../../feed/rank.js';
import type { FacetLabeller } from '../facet-labels.js';
import { reasonText } from '../feed-reasons.js';
import { facetLegend } from '../facet-labels.js';
import { countLabel, formatNumber } from '../format.js';
import { type Lang, pathsOf, t } from '../i18n.js';
import type { SearchInput } from '../search-input.js';
import { searchHref, searchParams, withParams } from '../search-url.js';
import { type EventCard, type FormatContext, toEventCard } from './event-card.js';
import { type ResultRow, resultRows } from './result-rows.js';

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
  /** The list: cards under day and section headings (result-rows.ts). */
  rows: ResultRow[];
  /** "Show more": the next page's URL, appended in place by htmx. */
  moreHref: string | null;
  /** Hidden inputs carrying state the visible controls do not (location, page size). */
  hidden: { name: string; value: string }[];
  /** "Visar resultat för konsert – sök i stället efter konsrt": the spelling the results matched, and the way back. */
  correction: { text: string; typed: string; insteadHref: string } | null;
  /** This search's canonical URL (what the address bar shows). */
  selfHref: string;
  /** After "show more" loaded page N: this search with `pages=N`, so Back restores every loaded page. */
  shownHref: string;
  /** "Visa 18 träffar": the filter sheet's button back to the results. */
  showText: string;
  /** The skip link's target, only when there are results to skip to. */
  skipHref: string | null;
  /** The same search in the other language, when the site has one. */
  alternateHref: string | null;
  alternateLang: Lang | null;
}

/** What the search page's view model is made from. */
export interface SearchPageInput {
  input: SearchInput;
  result: SearchPage;
  lang: Lang;
  label: FacetLabeller;
  tz: string;
  /** The time and place opening hours are read at. */
  opening?: FormatContext['opening'];
  alternate: Lang | null;
  suggestions?: { label: string; href: string }[];
  /** Why the weather lifted a card (by hit id), shown on it. */
  reasons?: ReadonlyMap<string, Reason[]>;
}

function facetGroups(result: SearchPage, input: SearchInput, label: FacetLabeller, lang: Lang): FacetGroup[] {
  return FACETS.map((f) => {
    const selected = input.query.facets[f.field];
    const counts = result.facets[f.field] ?? {};
    const values = [...new Set([...Object.keys(counts), ...selected])];
    return {
      field: f.field,
      legend: facetLegend(f.field, lang),
      options: values
        .map((value) => ({
          id: value,
          inputId: `f-${f.param}-${value}`,
          name: f.param,
          value,
          label: label(f.field, value),
          count: formatNumber(counts[value] ?? 0, lang),
          checked: selected.includes(value),
        }))
        .sort((a, b) => a.label.localeCompare(b.label, lang)),
    };
  }).filter((g) => g.options.length > 0);
}

function chip(text: string, removeHref: string, lang: Lang): Chip {
  return { label: text, removeHref, removeLabel: t(lang, 'search.removeFilter', { label: text }) };
}

/** Each chosen facet value and the date as a chip whose link is this search without it. */
export function searchChips(input: SearchInput, label: FacetLabeller, lang: Lang): Chip[] {
  const out: Chip[] = [];
  for (const f of FACETS) {
    const selected = input.query.facets[f.field];
    for (const value of selected) {
      const rest = selected.filter((v) => v !== value);
      out.push(chip(label(f.field as FacetField, value), searchHref(input, lang, { [f.param]: rest, page: null }), lang));
    }
  }
  if (input.when) {
    const text = input.when === 'range' ? `${input.from ?? ''}–${input.to ?? ''}` : t(lang, `when.${input.when}`);
    // A date that came from words in the text is removed with those words.
    const q = input.whenFromText ? input.query.q || null : input.typed || null;
    out.push(chip(text, searchHref(input, lang, { q, when: null, from: null, to: null, page: null }), lang));
  }
  return out;
}

/** Pages of the visitor's page size, and the last one shown (several after "show more"). */
function paging(input: SearchInput, result: SearchPage) {
  return { total: Math.ceil(result.total / input.perPage), last: input.query.page + input.pages - 1 };
}

function pagination(input: SearchInput, result: SearchPage, lang: Lang): SearchPageModel['pagination'] {
  const page = input.query.page;
  const { total, last } = paging(input, result);
  if (total <= 1) return null;
  return {
    prevHref: page > 1 ? searchHref(input, lang, { page: page > 2 ? String(page - 1) : null }) : null,
    nextHref: last < total ? searchHref(input, lang, { page: String(last + 1) }) : null,
    text: t(lang, 'results.page', { page: last, pages: total }),
  };
}

/**
 * The list's rows, and "show more" for the next page: it carries the last heading shown, so the appended page goes
 * on under it. Day headings when the list runs by time (soonest first, or browsing without words).
 */
function rowsOf(cards: EventCard[], input: SearchInput, result: SearchPage, ctx: { lang: Lang; tz: string; now: number | undefined }) {
  const q = input.query;
  const byDay = ctx.now !== undefined && (q.sort === 'soonest' || (q.sort === 'relevance' && !q.q));
  const { rows, last } = resultRows(cards, result.hits, { byDay, now: ctx.now ?? 0, lang: ctx.lang, tz: ctx.tz, after: input.after });
  const shown = paging(input, result);
  const moreHref = shown.last < shown.total ? searchHref(input, ctx.lang, { page: String(shown.last + 1), after: last }) : null;
  return { rows, moreHref };
}

/** The search page's view model: formatted, labelled and linked, never raw hits. */
export function searchPageModel({ input, result, lang, label, tz, opening, alternate, suggestions = [], reasons }: SearchPageInput): SearchPageModel {
  const q = input.query;
  const chipList = searchChips(input, label, lang);
  const shown = paging(input, result);
  const cards = result.hits.map((h) => ({
    ...toEventCard(h, { lang, tz, opening, label, pinOccurrence: q.range !== null }),
    reasons: (reasons?.get(h.id) ?? []).map((r) => reasonText(r, lang, tz, label)),
  }));
  const search = pathsOf(lang).search;
  return {
    lang,
    action: search,
    q: input.typed,
    countText: countLabel(lang, result.total),
    total: result.total,
    ...rowsOf(cards, input, result, { lang, tz, now: opening?.now }),
    cards,
    facets: facetGroups(result, input, label, lang),
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
    sorts: SORTS.map((s) => ({ value: s, label: t(lang, `sort.${s}`), selected: q.sort === s })),
    chips: chipList,
    clearHref: chipList.length ? withParams(search, new URLSearchParams(q.q ? { q: q.q } : {})) : null,
    pagination: pagination(input, result, lang),
    empty: result.total === 0,
    suggestions,
    correction: result.correction
      ? // Quoted, the engine takes the words as typed, without typo tolerance.
        { text: result.correction, typed: input.query.q, insteadHref: searchHref(input, lang, { q: `"${input.query.q}"`, page: null }) }
      : null,
    selfHref: searchHref(input, lang, input.pages > 1 ? { pages: String(input.pages) } : {}),
    shownHref: searchHref(input, lang, { page: null, pages: q.page > 1 ? String(q.page) : null }),
    showText: t(lang, 'results.show', { count: countLabel(lang, result.total) }),
    skipHref: result.total > 0 ? '#results-heading' : null,
    alternateHref: alternate ? searchHref(input, alternate) : null,
    alternateLang: alternate,
    hidden: hiddenInputs(input),
  };
}

/** State the form's visible controls do not carry, so a changed facet keeps it. */
function hiddenInputs(input: SearchInput): { name: string; value: string }[] {
  const params = searchParams(input);
  return ['lat', 'lng', 'per_page', 'view'].flatMap((name) => {
    const value = params.get(name);
    return value === null ? [] : [{ name, value }];
  });
}
