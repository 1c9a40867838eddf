import type { Glossary, Taxonomy } from '../config/data-schemas.js';

/** Lower case, and one apostrophe: a phone types the typographic one ("children’s"). */
function norm(word: string): string {
  return word.trim().toLowerCase().replace(/’/g, "'");
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

/**
 * The query with each English glossary term of several words replaced by its Swedish word ("art gallery" →
 * konsthall), longest first. Meilisearch does expand multi-word synonyms, but it scores a hit found that way as if
 * each word were a typo, so the one place that IS an art gallery ranked below pages that say "art" and "gäller".
 * The Swedish word still reaches English texts: the synonyms are mutual.
 */
export function englishPhrases(glossary: Glossary): (q: string) => string {
  const phrases = new Map<string, string>();
  for (const term of glossary.groups) {
    const sv = term.sv[0];
    if (!sv) continue;
    for (const en of term.en) {
      const words = norm(en).split(/[\s-]+/).filter(Boolean);
      if (words.length >= 2 && !phrases.has(words.join(' '))) phrases.set(words.join(' '), norm(sv));
    }
  }
  if (phrases.size === 0) return (q) => q;
  // Either apostrophe matches (the glossary's are normalised by norm()).
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
  const keys = [...phrases.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.map((k) => k.split(' ').map(literal).join('[\\s-]+')).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (q) => (q.includes('"') ? q : q.replace(pattern, (m) => phrases.get(norm(m).split(/[\s-]+/).join(' ')) ?? m));
}
