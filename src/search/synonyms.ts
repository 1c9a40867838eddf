import type { Glossary, Taxonomy } from '../config/data-schemas.js';

function norm(word: string): string {
  return word.trim().toLowerCase();
}

/** Other forms a Swedish word is searched by (its dictionary forms): queries reach the engine in those forms. */
export type WordForms = (word: string) => string[];

/**
 * Meilisearch synonyms from the glossary (config/glossary.json: Swedish and English words that mean the same) and
 * each category's two labels, as mutual synonyms, so `sauna` finds "Vedbastun" and `food festival` finds
 * "Matfestival". A Swedish word joins its group in its dictionary forms too ("verkstäder" as verkstad), because the
 * search turns inflected query words into those forms before the engine sees them. Groups are kept small on
 * purpose: a synonym counts as a full match, so broad groups would drown the specific event in its whole category.
 */
export function synonymsFrom(glossary: Glossary, taxonomy: Taxonomy, forms: WordForms = () => []): Record<string, string[]> {
  const out = new Map<string, Set<string>>();
  const group = (words: string[]) => {
    const all = [...new Set(words.map(norm).filter(Boolean))];
    for (const w of all) {
      const set = out.get(w) ?? new Set<string>();
      for (const other of all) if (other !== w) set.add(other);
      if (set.size) out.set(w, set);
    }
  };
  for (const term of glossary.groups) group([...term.sv, ...term.sv.flatMap(forms), ...term.en]);
  for (const c of taxonomy.categories) group([c.sv, c.en]);
  return Object.fromEntries([...out].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, [...v].sort()]));
}
