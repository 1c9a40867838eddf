import type { FacetField, FacetVocabulary } from '../domain/facets.js';
import { type Lang, t } from './i18n.js';

/** Label of one facet value in `lang`. */
export type FacetLabeller = (field: FacetField, value: string) => string;

/**
 * Visitor-facing labels of facet values ("music" → "Musik & konserter"): from the data's own labels (taxonomy,
 * areas), else the messages `<field>.<value>` (fixed values such as `kind.event`), else the value itself.
 */
export function facetLabeller(vocab: FacetVocabulary, lang: Lang): FacetLabeller {
  return (field, value) => {
    const labels = vocab[field]?.get(value);
    if (labels) return labels[lang];
    return labels === null ? t(lang, `${field}.${value}`) : value;
  };
}

/** The legend of a facet group ("Kategori"). */
export function facetLegend(field: FacetField, lang: Lang): string {
  return t(lang, `facet.${field}`);
}
