import { KINDS } from './event.js';
import type { Labels } from './lang.js';

/**
 * The one table of facets. URL parsing and printing, filters, index settings, facet counts, chips, zero-result hints
 * and the API all iterate it: adding a facet is one row here plus its labels (`facet.<field>` in the message files,
 * and `<field>.<value>` for fixed values).
 */

/** Where a facet's allowed values and their labels come from. */
export type FacetValues =
  /** A vocabulary list of config/taxonomy.json (labels in both languages there). */
  | { readonly from: 'taxonomy'; readonly list: 'categories' | 'audiences' | 'accessibility' }
  /** The areas of config/areas.geojson (one name, a place name in every language). */
  | { readonly from: 'areas' }
  /** A fixed list; labels are the messages `<field>.<value>`. */
  | { readonly from: 'fixed'; readonly values: readonly string[] };

export interface FacetDef {
  /** The document field; also the key of the query's selection and of facet counts. */
  readonly field: string;
  /** The URL (and API) parameter. */
  readonly param: string;
  /** `list`: any of the chosen values (OR); `boolean`: one of true/false. */
  readonly kind: 'list' | 'boolean';
  /** Counted without its own selection, so a visitor who picked one value still sees the others' counts. */
  readonly disjunctive: boolean;
  readonly values: FacetValues;
}

const BOOLEAN: FacetValues = { from: 'fixed', values: ['true', 'false'] };

export const FACETS = [
  { field: 'categories', param: 'category', kind: 'list', disjunctive: true, values: { from: 'taxonomy', list: 'categories' } },
  { field: 'area', param: 'area', kind: 'list', disjunctive: true, values: { from: 'areas' } },
  { field: 'kind', param: 'kind', kind: 'list', disjunctive: true, values: { from: 'fixed', values: KINDS } },
  { field: 'free', param: 'free', kind: 'boolean', disjunctive: true, values: BOOLEAN },
  { field: 'indoor', param: 'indoor', kind: 'boolean', disjunctive: true, values: BOOLEAN },
  { field: 'audience', param: 'audience', kind: 'list', disjunctive: true, values: { from: 'taxonomy', list: 'audiences' } },
  { field: 'accessibility', param: 'accessibility', kind: 'list', disjunctive: true, values: { from: 'taxonomy', list: 'accessibility' } },
] as const satisfies readonly FacetDef[];

export type FacetField = (typeof FACETS)[number]['field'];
export const FACET_FIELDS: readonly FacetField[] = FACETS.map((f) => f.field);

/** The chosen values per facet (boolean facets hold `['true']` or `['false']`). */
export type FacetSelection = Readonly<Record<FacetField, readonly string[]>>;

export function emptySelection(): FacetSelection {
  return Object.fromEntries(FACETS.map((f) => [f.field, []])) as unknown as FacetSelection;
}

/** Facet values a visitor may choose, with their labels where the data has them (null: a fixed value, see messages). */
export type FacetVocabulary = Readonly<Record<FacetField, ReadonlyMap<string, Labels | null>>>;

/** The shapes of the operator's data the vocabulary is read from (config/taxonomy.json, config/areas.geojson). */
export interface VocabularyData {
  taxonomy: Record<'categories' | 'audiences' | 'accessibility', readonly ({ id: string } & Labels)[]>;
  areas: readonly { id: string; name: string }[];
}

export function facetVocabulary(data: VocabularyData): FacetVocabulary {
  const entries = FACETS.map((f): [FacetField, Map<string, Labels | null>] => {
    const v: FacetValues = f.values;
    if (v.from === 'taxonomy') return [f.field, new Map(data.taxonomy[v.list].map((x) => [x.id, { sv: x.sv, en: x.en }]))];
    if (v.from === 'areas') return [f.field, new Map(data.areas.map((a) => [a.id, { sv: a.name, en: a.name }]))];
    return [f.field, new Map(v.values.map((x) => [x, null]))];
  });
  return Object.fromEntries(entries) as unknown as FacetVocabulary;
}

const TRUE_WORDS = new Set(['true', '1', 'ja', 'yes']);
const FALSE_WORDS = new Set(['false', '0', 'nej', 'no']);
/** A visitor can pick at most this many values of one facet: bounds the filter's size. */
export const MAX_FACET_VALUES = 20;

/**
 * The selection from raw parameter values (repeated parameters and comma lists already split): known values only,
 * deduplicated; boolean facets take the first value that reads as yes/no. Never throws.
 */
export function parseSelection(raw: (param: string) => string[], vocab: FacetVocabulary): FacetSelection {
  const out: Record<string, string[]> = {};
  for (const f of FACETS) {
    const values = raw(f.param).map((v) => v.trim());
    if (f.kind === 'boolean') {
      const first = values[0]?.toLowerCase() ?? '';
      out[f.field] = TRUE_WORDS.has(first) ? ['true'] : FALSE_WORDS.has(first) ? ['false'] : [];
    } else {
      out[f.field] = [...new Set(values.filter((v) => vocab[f.field].has(v)))].slice(0, MAX_FACET_VALUES);
    }
  }
  return out as unknown as FacetSelection;
}

/** The selection as URL parameters (param → values), in table order; empty facets are left out. */
export function selectionParams(selection: FacetSelection): [string, string[]][] {
  return FACETS.filter((f) => selection[f.field].length > 0).map((f) => [f.param, [...selection[f.field]]]);
}

/** How many values are chosen across all facets. */
export function selectionSize(selection: FacetSelection): number {
  return FACETS.reduce((n, f) => n + selection[f.field].length, 0);
}

/** The table row of one facet. */
export function facetDef(field: FacetField): FacetDef {
  return FACETS.find((f) => f.field === field) as FacetDef;
}
