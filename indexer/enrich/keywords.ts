import { words } from '../../src/domain/text.js';

/**
 * Searchable word parts. A compound's parts are found by `splitCompound` against a vocabulary of known words,
 * so `fiske` finds "isfiske".
 */
export interface Keywords {
  of(texts: string[]): string[];
}

const MIN_PART = 3;

/** Known words that end a compound word, longest first (e.g. "gatukonst" → "konst"). */
export function splitCompound(word: string, vocabulary: ReadonlySet<string>): string[] {
  const parts: string[] = [];
  for (let i = 2; i <= word.length - MIN_PART - 1; i++) {
    const tail = word.slice(i);
    if (vocabulary.has(tail)) {
      parts.push(tail);
      const head = word.slice(0, i);
      if (vocabulary.has(head)) parts.push(head);
      // Swedish linking -s- ("idrottsplats"): the head without it.
      else if (head.endsWith('s') && vocabulary.has(head.slice(0, -1))) parts.push(head.slice(0, -1));
      break;
    }
  }
  return parts;
}

export function createKeywords(vocabulary: ReadonlySet<string>): Keywords {
  return {
    of(texts) {
      const out = new Set<string>();
      for (const w of texts.flatMap(words)) {
        if (w.length < 7) continue;
        for (const part of splitCompound(w, vocabulary)) out.add(part);
      }
      return [...out].slice(0, 400);
    },
  };
}
