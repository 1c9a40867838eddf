import { fold, typedWords } from './text.js';
import type { DatePreset } from './date-range.js';

/** Time expressions visitors type, in Swedish (with or without å/ä/ö) and English, longest first. */
const PHRASES: [string, DatePreset][] = [
  ['nasta vecka', 'next-week'],
  ['next week', 'next-week'],
  ['den har helgen', 'weekend'],
  ['i helgen', 'weekend'],
  ['till helgen', 'weekend'],
  ['this weekend', 'weekend'],
  ['helgen', 'weekend'],
  ['weekend', 'weekend'],
  ['i kvall', 'tonight'],
  ['ikvall', 'tonight'],
  ['tonight', 'tonight'],
  ['i morgon', 'tomorrow'],
  ['imorgon', 'tomorrow'],
  ['imorn', 'tomorrow'],
  ['tomorrow', 'tomorrow'],
  ['i dag', 'today'],
  ['idag', 'today'],
  ['today', 'today'],
  ['denna vecka', 'week'],
  ['this week', 'week'],
];

/**
 * Finds a time expression in free text ("konsert i helgen", "jazz tonight") and returns the date preset and the text
 * without it. Matching ignores case and diacritics; only whole words count.
 */
export function extractTimeWords(q: string): { preset: DatePreset | null; rest: string } {
  const words = typedWords(q);
  const folded = words.map((w) => fold(w).replace(/[^\p{L}\p{N}]/gu, ''));
  for (const [phrase, preset] of PHRASES) {
    const parts = phrase.split(' ');
    for (let i = 0; i + parts.length <= folded.length; i++) {
      if (parts.every((p, j) => folded[i + j] === p)) {
        const rest = [...words.slice(0, i), ...words.slice(i + parts.length)].join(' ');
        return { preset, rest };
      }
    }
  }
  return { preset: null, rest: q };
}
