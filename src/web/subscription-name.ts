import { FACETS } from '../domain/facets.js';
import type { FacetLabeller } from './facet-labels.js';
import { type Lang, t } from './i18n.js';
import type { SearchInput } from './search-input.js';

/**
 * What a subscription to a search is called in a calendar app or feed reader ("Upptäck Växjö: Barn & familj ·
 * Araby"): the typed words, the chosen facet values and the date choice, in the visitor's language.
 */
export function searchTitle(input: SearchInput, lang: Lang, label: FacetLabeller): string {
  const parts: string[] = [];
  if (input.typed) parts.push(`”${input.typed}”`);
  for (const f of FACETS) {
    const values = input.query.facets[f.field];
    if (values.length) parts.push(values.map((v) => label(f.field, v)).join(', '));
  }
  if (input.when && input.when !== 'range' && !input.whenFromText) parts.push(t(lang, `when.${input.when}`));
  if (input.when === 'range') parts.push([input.from, input.to].filter(Boolean).join('–'));
  const what = parts.length ? parts.join(' · ') : t(lang, 'subscribe.everything');
  return `${t(lang, 'site.name')}: ${what}`;
}
