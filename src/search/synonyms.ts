import type { Taxonomy } from '../config/data-schemas.js';

function norm(word: string): string {
  return word.trim().toLowerCase();
}

/**
 * Meilisearch synonyms from the bilingual taxonomy: each glossary group (Swedish and English words that mean the same)
 * and each category's two labels become mutual synonyms, so `sauna` finds "Vedbastun" and `food festival` finds
 * "Matfestival". Groups are kept small on purpose: a synonym counts as a full match, so broad groups would drown
 * the specific event in its whole category.
 */
export function synonymsFromTaxonomy(taxonomy: Taxonomy): Record<string, string[]> {
  const out = new Map<string, Set<string>>();
  const group = (words: string[]) => {
    const all = [...new Set(words.map(norm).filter(Boolean))];
    for (const w of all) {
      const set = out.get(w) ?? new Set<string>();
      for (const other of all) if (other !== w) set.add(other);
      if (set.size) out.set(w, set);
    }
  };
  for (const term of taxonomy.terms) group([...term.sv, ...term.en]);
  for (const c of taxonomy.categories) group([c.sv, c.en]);
  return Object.fromEntries([...out].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, [...v].sort()]));
}
