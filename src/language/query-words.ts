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
 *   engine first wants every word, then drops words one at a time (event-reader.ts, `MATCHING`): a title with the
 *   whole compound matches all three and ranks first, "Föreställning för barn" still matches the parts.
 * Everything else stays as typed (typo tolerance and the last word's prefix matching still apply).
 * Measured on the held-out query set against appending or prefixing forms, and against a Snowball stemmer
 * (README, "How search works").
 */
export function searchWords(q: string, dict: Dictionary): string {
  const words = wordsOf(q);
  if (words.length === 0) return q;
  return words.flatMap((w) => formsOf(w, dict) ?? formsOf(withDiacritics(w, dict) ?? '', dict) ?? [w]).join(' ');
}

/** A word's forms in the index's words, or null when the dictionary knows neither its inflection nor its parts. */
function formsOf(w: string, dict: Dictionary): string[] | null {
  if (!w) return null;
  const lemmas = lemmasOf(w, dict);
  // Parts as words, not linking forms ("kyrko" is only ever the start of "kyrkokonsert"; its word is "kyrka").
  const parts = decompound(w, dict).filter((p) => p !== w && dict.words.has(p) && (dict.firsts.get(p) || p) === p);
  if (lemmas.length) return lemmas;
  if (parts.length) return [...parts, w];
  return dict.words.has(w) ? [w] : null;
}

/** Letters typed without their diacritics on a keyboard lacking å/ä/ö: a → å/ä, o → ö. */
const PLAIN: Record<string, string[]> = { a: ['a', 'å', 'ä'], o: ['o', 'ö'] };
/** Beyond this many spellings the word is left as typed (the engine folds diacritics for whole words anyway). */
const MAX_SPELLINGS = 81;
/** Short words are left to the engine's folding and typo tolerance. */
const MIN_RESTORED = 6;

/**
 * The spelling with å/ä/ö that the dictionary can read, for a word typed without them ("smalandsmuseet" →
 * smålandsmuseet), fewest restored letters first; null when the word has diacritics, is short, or no spelling helps.
 * The engine matches "smalands" to "Smålands" by itself, but splitting compounds and finding word forms needs the
 * dictionary's spelling.
 */
function withDiacritics(w: string, dict: Dictionary): string | null {
  if (w.length < MIN_RESTORED || /[åäö]/.test(w) || !/^[a-zé]+$/.test(w)) return null;
  let spellings: { text: string; changed: number }[] = [{ text: '', changed: 0 }];
  for (const ch of w) {
    const options = PLAIN[ch] ?? [ch];
    spellings = spellings.flatMap((s) => options.map((o) => ({ text: s.text + o, changed: s.changed + (o === ch ? 0 : 1) })));
    if (spellings.length > MAX_SPELLINGS) return null;
  }
  const ordered = spellings.filter((s) => s.changed > 0).sort((a, b) => a.changed - b.changed);
  return ordered.find((s) => lemmasOf(s.text, dict).length > 0 || decompound(s.text, dict).length > 0 || dict.words.has(s.text))?.text ?? null;
}
