import type { Taxonomy } from '../../src/config/data-schemas.js';
import { fold, words } from '../../src/domain/text.js';
import { readAudience } from './audience.js';

export interface Categoriser {
  /** Taxonomy ids for the feed's own category words; the title's words are a fallback when none match. */
  categories(raw: string[], title: string, defaults: string[]): string[];
  /** Swedish and English labels of the ids, for search. */
  labels(ids: string[]): string[];
  /** Audience ids from the feed's own words, then from whom the title and text address (see audience.ts). */
  audience(raw: string[], text: string, title?: string): string[];
  /** Every word the taxonomy has for the audiences (labels and match words), for search. */
  audienceWords(ids: string[]): string[];
  /** Accessibility ids from the feed's own words and the description ("hörslinga", "rullstolsanpassad"). */
  accessibility(raw: string[], text: string): string[];
  indoorOf(ids: string[]): boolean | null;
}

function vocabulary(entries: { id: string; match: string[] }[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of entries) for (const m of [e.id, ...e.match]) map.set(fold(m), e.id);
  return map;
}

function lookup(vocab: Map<string, string>, phrases: string[]): string[] {
  const out = new Set<string>();
  for (const p of phrases) {
    const whole = vocab.get(fold(p));
    if (whole) out.add(whole);
    else for (const w of words(p)) vocab.has(w) && out.add(vocab.get(w) as string);
  }
  return [...out];
}

export function createCategoriser(taxonomy: Taxonomy): Categoriser {
  const catVocab = vocabulary(taxonomy.categories);
  const audVocab = vocabulary(taxonomy.audiences);
  const accVocab = vocabulary(taxonomy.accessibility);
  const byId = new Map(taxonomy.categories.map((c) => [c.id, c]));
  const audienceById = new Map(taxonomy.audiences.map((a) => [a.id, [...new Set([a.sv, a.en, ...a.match])]]));
  return {
    categories(raw, title, defaults) {
      const found = lookup(catVocab, raw);
      const ids = found.length ? found : lookup(catVocab, [title]);
      return [...new Set([...ids, ...defaults.filter((d) => byId.has(d))])].slice(0, 20);
    },
    labels: (ids) => ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!.sv, byId.get(id)!.en] : [])),
    audience(raw, text, title = '') {
      const { found, rest } = readAudience(title, text);
      return [...new Set([...lookup(audVocab, raw), ...found, ...lookup(audVocab, [rest])])].slice(0, 10);
    },
    // The words that put an event in an audience also find it: "dans för pensionärer" reaches "Seniordans" (audience
    // seniors), though its text says "senior", because the taxonomy lists "pensionärer" among the seniors' words.
    audienceWords: (ids) => [...new Set(ids.flatMap((id) => audienceById.get(id) ?? []))],
    accessibility: (raw, text) => [...new Set([...lookup(accVocab, raw), ...lookup(accVocab, [text])])].slice(0, 10),
    indoorOf(ids) {
      const votes = ids.map((id) => byId.get(id)?.indoor).filter((v): v is boolean => typeof v === 'boolean');
      if (votes.length === 0) return null;
      return votes.filter(Boolean).length >= votes.length / 2;
    },
  };
}
