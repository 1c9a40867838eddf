import { decompound, lemmasOf } from '../../src/language/decompound.js';
import type { Dictionary } from '../../src/language/sv-dictionary.js';

/**
 * Searchable word parts. Meilisearch neither splits compounds nor knows Swedish inflection, so the indexer writes the
 * parts of each compound ("isfiske" → is, fiske) and each word's dictionary forms ("konserterna" → konsert) into the
 * `keywords` field: `fiske` finds "Prova på isfiske", `konsert` finds "Konserterna i domkyrkan".
 */
export interface Keywords {
  /** The parts of the compounds in `texts`, earlier texts first, lower case and unique, at most 400. */
  of(texts: string[]): string[];
}

/** The index schema's limit on `keywords`. */
const MAX_KEYWORDS = 400;
/** Only the start of a long text: the description's first words say what the event is; the rest adds noise. */
const WORDS_PER_TEXT = 300;
/** The shortest compounds are five letters ("isbad"); inflected forms worth a lemma four ("barn" → no, "barnen"). */
const MIN_WORD = 4;
/** Words repeat across events ("stadsbiblioteket"): remembering their parts keeps a big run fast. */
const CACHE_SIZE = 50_000;

/** The longest feed category phrase kept whole ("klassisk musik", "fotboll"); longer ones are sentences, not terms. */
const MAX_PHRASE = 60;

/**
 * The feed's own category phrases, whole and lower case. Their parts are keywords too (via `Keywords.of`), but the
 * phrase itself must be searchable: the glossary's synonyms name whole terms ("football" → fotboll, "classical
 * music" → klassisk musik), and a multi-word synonym matches only words that stand side by side in one value.
 */
export function categoryPhrases(categoriesRaw: readonly string[]): string[] {
  const phrases = categoriesRaw.map((c) => swedishWords(c).join(' ')).filter((p) => p.length >= 3 && p.length <= MAX_PHRASE);
  return [...new Set(phrases)];
}

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
      // The word's dictionary forms too ("utställningar" → utställning, "museet" → museum): the search looks
      // queries up the same way, so any form finds any other.
      parts = [...new Set([...lemmasOf(word, dictionary), ...decompound(word, dictionary)])];
      cache.set(word, parts);
    }
    return parts;
  };
  return {
    of(texts) {
      const out = new Set<string>();
      for (const text of texts) {
        for (const word of swedishWords(text).slice(0, WORDS_PER_TEXT)) {
          if (word.length < MIN_WORD) continue;
          for (const part of partsOf(word)) out.add(part);
          if (out.size >= MAX_KEYWORDS) return [...out].slice(0, MAX_KEYWORDS);
        }
      }
      return [...out];
    },
  };
}
