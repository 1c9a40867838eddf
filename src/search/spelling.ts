import { fold, typedWords } from '../domain/text.js';
import type { EventSummary, MarkedText } from './ports.js';

/** Edit distance with transpositions (optimal string alignment): "konsrt" → "konsert" is 1. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** The whole words around the matched ranges of a text, folded ("Konser" marked in "Konsert:" → konsert). */
function matchedWords(m: MarkedText): string[] {
  return m.marks.map(([start, end]) => {
    let a = start;
    let b = end;
    while (a > 0 && /[\p{L}\p{N}]/u.test(m.text[a - 1] as string)) a--;
    while (b < m.text.length && /[\p{L}\p{N}]/u.test(m.text[b] as string)) b++;
    return fold(m.text.slice(a, b));
  });
}

/** Typos allowed between a typed word and the word it should have been, by length (as the engine allows them). */
const maxTypos = (word: string) => (word.length >= 8 ? 2 : 1);
/** The hits whose matched words are read: the ones a visitor sees first. */
const TOP = 5;

/**
 * "Did you mean": when the top hits matched a typed word only through a typo, the spelling those hits have
 * ("konsrt" → konsert), built from the index's own words as the engine highlighted them. Null when every word
 * matched as typed (diacritics and case aside), as a prefix, or through the search's own word forms. A spelling
 * counts only when the best hit has it or two of the top hits do: the page is searched again with it (relax.ts), so a
 * typo that reached one stray word ("fiska" → fika, in one hit among fishing events) must not replace the search.
 */
export function correctionOf(typed: string, hits: readonly EventSummary[]): string | null {
  const words = typedWords(typed);
  const perHit = hits.slice(0, TOP).map((h) => new Set([...matchedWords(h.titleMarked), ...matchedWords(h.snippet)].filter(Boolean)));
  const seen = perHit.flatMap((set) => [...set]);
  if (seen.length === 0) return null;
  let changed = false;
  const corrected = words.map((word) => {
    const w = fold(word);
    if (w.length < 4 || seen.some((s) => s.startsWith(w) || w.startsWith(s))) return word;
    // Per spelling, how many of the top hits have it.
    const counts = new Map<string, number>();
    for (const set of perHit) for (const s of set) if (editDistance(w, s) <= maxTypos(w)) counts.set(s, (counts.get(s) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1] || editDistance(w, a[0]) - editDistance(w, b[0]))[0];
    if (!best || (best[1] < 2 && !perHit[0]?.has(best[0]))) return word;
    changed = true;
    return best[0];
  });
  return changed ? corrected.join(' ') : null;
}
