import { DATE_PRESETS } from '../../domain/date-range.js';
import { FACETS, type FacetField } from '../../domain/facets.js';
import { SORTS } from '../../domain/search-query.js';
import type { EventSummary, SectionedSearchPage } from '../../search/ports.js';
import type { Reason } from '../../feed/rank.js';
import type { FacetLabeller } from '../facet-labels.js';
import { reasonText } from '../feed-reasons.js';
import { facetLegend } from '../facet-labels.js';
import { countLabel, formatNumber } from '../format.js';
import { type Lang, pathsOf, t } from '../i18n.js';
import type { SearchInput } from '../search-input.js';
import { searchHref, searchParams, withParams } from '../search-url.js';
import { type EventCard, type FormatContext, toEventCard } from './event-card.js';
import { eventPaging, type ResultSections, resultSections, whenLabel } from './search-sections.js';

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
  /** Every card shown, events then places. */
  cards: EventCard[];
  /** The events and the places found, each a section with its own paging, in the order they are shown. */
  sections: ResultSections;
  facets: FacetGroup[];
  when: { value: string; label: string; selected: boolean }[];
  sorts: { value: string; label: string; selected: boolean }[];
  /** The chosen custom date range, for the date inputs. */
  from: string | null;
  to: string | null;
  chips: Chip[];
  clearHref: string | null;
  empty: boolean;
  suggestions: { label: string; href: string }[];
  /** Hidden inputs carrying state the visible controls do not (location, page size). */
  hidden: { name: string; value: string }[];
  /** "Visar resultat för konsert – sök i stället efter konsrt": the spelling the results matched, and the way back. */
  correction: { text: string; typed: string; insteadHref: string } | null;
  /** This search's canonical URL (what the address bar shows). */
  selfHref: string;
  /** After "show more" loaded page N: this search with `pages=N` (and the places shown), so Back restores them all. */
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
  result: SectionedSearchPage;
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

function facetGroups(result: Pick<SectionedSearchPage, 'facets'>, input: SearchInput, label: FacetLabeller, lang: Lang): FacetGroup[] {
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
    const text = whenLabel(input, lang);
    // A date that came from words in the text is removed with those words.
    const q = input.whenFromText ? input.query.q || null : input.typed || null;
    out.push(chip(text, searchHref(input, lang, { q, when: null, from: null, to: null, page: null }), lang));
  }
  return out;
}

/** The search page's view model: formatted, labelled and linked, never raw hits. */
export function searchPageModel({ input, result, lang, label, tz, opening, alternate, suggestions = [], reasons }: SearchPageInput): SearchPageModel {
  const q = input.query;
  const chipList = searchChips(input, label, lang);
  const card = (h: EventSummary) => ({
    ...toEventCard(h, { lang, tz, opening, label, pinOccurrence: q.range !== null }),
    reasons: (reasons?.get(h.id) ?? []).map((r) => reasonText(r, lang, tz, label)),
  });
  const events = result.events.hits.map(card);
  const places = result.places.hits.map(card);
  const sections = resultSections(input, result, { events, places }, { lang, tz, now: opening?.now });
  const lastPage = eventPaging(input, result.events.total).last;
  const placesShown = input.placesShown === null ? null : String(input.placesShown);
  const search = pathsOf(lang).search;
  return {
    lang,
    action: search,
    q: input.typed,
    countText: countLabel(lang, result.total),
    total: result.total,
    cards: [...events, ...(sections.places?.cards ?? [])],
    sections,
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
    empty: result.total === 0,
    suggestions,
    correction: result.correction
      ? // Quoted, the engine takes the words as typed, without typo tolerance.
        { text: result.correction, typed: input.query.q, insteadHref: searchHref(input, lang, { q: `"${input.query.q}"`, page: null }) }
      : null,
    selfHref: searchHref(input, lang, { pages: input.pages > 1 ? String(input.pages) : null, places: placesShown }),
    shownHref: searchHref(input, lang, { page: null, pages: lastPage > 1 ? String(lastPage) : null, places: placesShown }),
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
