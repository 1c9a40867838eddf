import { z } from 'zod';
import type { FacetVocabulary } from '../domain/facets.js';

/**
 * What a visitor told the site they like, kept on their device (localStorage) and sent only to render the feed, in a
 * request body — never in a URL, a log line or a server-side store.
 */
export interface Interests {
  /** Taxonomy category ids the visitor chose. */
  categories: string[];
  /** Audience ids ("children-family": "med barn"). */
  audience: string[];
  /** Only free events. */
  freeOnly: boolean;
  /** Opens per category, counted on the device only after the visitor turned "learn from what I open" on. */
  learned: Record<string, number>;
}

export const NO_INTERESTS: Interests = Object.freeze({ categories: [], audience: [], freeOnly: false, learned: {} }) as Interests;

const MAX_LEARNED = 1000;
const profileSchema = z.object({
  categories: z.array(z.string().max(60)).max(40).default([]),
  audience: z.array(z.string().max(60)).max(20).default([]),
  freeOnly: z.boolean().default(false),
  learned: z.record(z.string().max(60), z.number().int().min(0).max(1_000_000)).default({}),
});

/**
 * A profile as the browser sent it → interests the site knows: unknown ids are dropped, counts bounded. A profile that
 * is not one (wrong shape, not JSON) is no profile: the feed is the neutral one, never an error.
 */
export function parseInterests(raw: unknown, vocab: FacetVocabulary): Interests {
  let value = raw;
  if (typeof raw === 'string') {
    if (raw.length > 8000) return NO_INTERESTS;
    try {
      value = JSON.parse(raw);
    } catch {
      return NO_INTERESTS;
    }
  }
  const parsed = profileSchema.safeParse(value);
  if (!parsed.success) return NO_INTERESTS;
  const p = parsed.data;
  const known = (field: 'categories' | 'audience', ids: string[]) => [...new Set(ids.filter((id) => vocab[field].has(id)))];
  const learned = Object.fromEntries(
    Object.entries(p.learned)
      .filter(([id, n]) => vocab.categories.has(id) && n > 0)
      .map(([id, n]) => [id, Math.min(n, MAX_LEARNED)]),
  );
  return { categories: known('categories', p.categories), audience: known('audience', p.audience), freeOnly: p.freeOnly, learned };
}

export function hasInterests(i: Interests): boolean {
  return i.categories.length > 0 || i.audience.length > 0 || i.freeOnly || Object.keys(i.learned).length > 0;
}
