import { decompound } from '../../src/language/decompound.js';
import type { Dictionary } from '../../src/language/sv-dictionary.js';

/**
 * Searchable word parts. Meilisearch does not split compounds, so the indexer writes the parts of each compound
 * ("isfiske" → is, fiske) into the `keywords` field, and `fiske` finds "Prova på isfiske".
 */
export interface Keywords {
  /** The parts of the compounds in `texts`, earlier texts first, lower case and unique, at most 400. */
  of(texts: string[]): string[];
}

/** The index schema's limit on `keywords`. */
const MAX_KEYWORDS = 400;
/** Only the start of a long text: the description's first words say what the event is; the rest adds noise. */
const WORDS_PER_TEXT = 300;
/** The shortest compounds are five letters ("isbad"). */
const MIN_COMPOUND = 5;
/** Words repeat across events ("stadsbiblioteket"): remembering their parts keeps a big run fast. */
const CACHE_SIZE = 50_000;

/** Lower-case words of a text with å/ä/ö kept, as the dictionary spells them; split on anything but letters. */
export function swedishWords(text: string): string[] {
  return text.normalize('NFC').toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
}

/** Keywords from compound parts found with `dictionary` (see `loadSwedishDictionary`). */
export function createKeywords(dictionary: Dictionary): Keywords {
  const cache = new Map<string, string[]>();
  const partsOf = (word: string): string[] => {
    let parts = cache.get(word);
    if (!parts) {
      if (cache.size >= CACHE_SIZE) cache.clear();
      parts = decompound(word, dictionary);
      cache.set(word, parts);
    }
    return parts;
  };
  return {
    of(texts) {
      const out = new Set<string>();
      for (const text of texts) {
        for (const word of swedishWords(text).slice(0, WORDS_PER_TEXT)) {
          if (word.length < MIN_COMPOUND) continue;
          for (const part of partsOf(word)) out.add(part);
          if (out.size >= MAX_KEYWORDS) return [...out].slice(0, MAX_KEYWORDS);
        }
      }
      return [...out];
    },
  };
}
