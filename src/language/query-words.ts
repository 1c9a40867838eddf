import { decompound, lemmasOf } from './decompound.js';
import type { Dictionary } from './sv-dictionary.js';

/** Lower-case words of a query, å/ä/ö kept (as the dictionary spells them). */
function wordsOf(q: string): string[] {
  return q.normalize('NFC').toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * A query in the words the index holds. The indexer stores each document word's dictionary forms and compound parts
 * (indexer/enrich/keywords.ts); this does the same to the query, by the same dictionary:
 * - an inflected word becomes its dictionary form: "konserterna" → konsert, "museet" → museum;
 * - a compound becomes its parts, then itself: "barnföreställning" → barn föreställning barnföreställning. The
 *   engine first wants every word, then drops words from the end: a title with the whole compound matches all three
 *   and ranks first, "Föreställning för barn" still matches the parts.
 * Everything else stays as typed (typo tolerance and the last word's prefix matching still apply).
 * Measured on the held-out query set against appending or prefixing forms, and against a Snowball stemmer
 * (README, "How search works").
 */
export function searchWords(q: string, dict: Dictionary): string {
  const words = wordsOf(q);
  if (words.length === 0) return q;
  return words
    .flatMap((w) => {
      const lemmas = lemmasOf(w, dict);
      if (lemmas.length) return lemmas;
      // Parts as words, not linking forms ("kyrko" is only ever the start of "kyrkokonsert"; its word is "kyrka").
      const parts = decompound(w, dict).filter((p) => p !== w && dict.words.has(p) && (dict.firsts.get(p) || p) === p);
      return parts.length ? [...parts, w] : [w];
    })
    .join(' ');
}
