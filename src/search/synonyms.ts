import type { Taxonomy } from '../config/data-schemas.js';

function norm(word: string): string {
  return word.trim().toLowerCase();
}

/**
 * Meilisearch synonyms from the bilingual taxonomy, so English queries find Swedish content: each English label and
 * synonym leads to the Swedish ones (one way, so a Swedish query stays precise), and the two labels are mutual.
 */
export function synonymsFromTaxonomy(taxonomy: Taxonomy): Record<string, string[]> {
  const out = new Map<string, Set<string>>();
  const add = (from: string, to: string[]) => {
    const key = norm(from);
    if (!key) return;
    const set = out.get(key) ?? new Set<string>();
    for (const t of to.map(norm)) if (t && t !== key) set.add(t);
    if (set.size > 0) out.set(key, set);
  };
  for (const c of taxonomy.categories) {
    const swedish = [c.sv, ...c.synonyms.sv];
    for (const en of [c.en, ...c.synonyms.en]) add(en, swedish);
    add(c.sv, [c.en]);
  }
  return Object.fromEntries([...out].map(([k, v]) => [k, [...v].sort()]));
}
