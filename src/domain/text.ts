/** Lower case without diacritics, for matching feed words against vocabularies (å → a, é → e). */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().trim();
}

/** The words of a query as typed (case and diacritics kept), split on white space. */
export function typedWords(q: string): string[] {
  return q.split(/\s+/).filter(Boolean);
}

/** Words of a text, folded, split on anything that is not a letter or digit. */
export function words(s: string): string[] {
  return fold(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
