import { fold, typedWords } from '../domain/text.js';
import type { SearchQuery } from '../domain/search-query.js';
import type { MultiSearch } from './multi-search.js';
import type { EventReader } from './ports.js';
import { buildFilter } from './query-filter.js';

/*
 * When no event matches all the typed words, the words nothing matches exactly are dropped and the rest searched,
 * with the page saying so ("Visar resultat för sauna"). The engine's own fallback drops words blindly — from the
 * end ('last') or the most frequent first ('frequency', which the reader uses) — and English typing defeats both:
 * "wood" and "fired" typo-match Swedish words ("fired" → fredag), so they look as good as "sauna"; a typo in a
 * first letter ("cäxjö lakers") finds nothing and leaves the one word that could match to chance.
 */

/** Longer queries are sentences: the engine's own fallback serves them, and counting each word costs a search. */
const MAX_WORDS = 5;

/** The typed words, unless the query cannot be relaxed: one word, a phrase in quotes, a sentence. */
function wordsOf(typed: string): string[] | null {
  if (typed.includes('"')) return null;
  const words = typedWords(typed);
  return words.length >= 2 && words.length <= MAX_WORDS ? words : null;
}

/**
 * The query with only the words that find something alone, in the order typed; null when that is every word (they
 * each match, only not together: the zero-result page suggests each alone) or none.
 * `count` gives, for each word, the hits it finds alone without a typo, with the visitor's other filters.
 */
export async function relaxedQuery(typed: string, count: (words: string[]) => Promise<number[]>): Promise<string | null> {
  const words = wordsOf(typed);
  if (!words) return null;
  const counts = await count(words);
  const kept = words.filter((_, i) => (counts[i] ?? 0) > 0);
  return kept.length > 0 && kept.length < words.length ? kept.join(' ') : null;
}

/** How many of a word's best hits are read to count the ones it matches without a typo. */
const COUNTED = 20;

interface TypoDetails {
  _rankingScoreDetails?: { typo?: { typoCount?: number } };
}

/**
 * Hits each word finds alone, with the query's filters, counting only matches without a typo (a synonym or a word
 * form counts as exact): English words typo-match Swedish ones ("fired" → fredag, "life" → lite), so "finds
 * something" must mean the word itself was found. One multi-search for all words.
 */
export function exactCounter(
  multiSearch: MultiSearch,
  indexName: string,
  timeZone: string,
  searchWords: (q: string) => string,
): (words: string[], query: SearchQuery, now: number) => Promise<number[]> {
  return async (words, query, now) => {
    const filter = buildFilter(query, now, timeZone);
    const results = await multiSearch<TypoDetails>(
      words.map((w) => ({ indexUid: indexName, q: searchWords(w), filter, limit: COUNTED, showRankingScoreDetails: true, attributesToRetrieve: ['id'] })),
    );
    return words.map((_, i) => (results[i]?.hits ?? []).filter((h) => h._rankingScoreDetails?.typo?.typoCount === 0).length);
  };
}

/**
 * Runs `ask` with the typed words, and when the engine had to drop words (or found nothing), once more with only
 * the words that find something exactly — unless those are all the words. The engine's choice of what to drop is
 * blind (the most frequent word first); ours keeps the words that are really there. Its page replaces the engine's
 * only when it matched all of its words, so a relaxed search never shows less than the engine found.
 */
async function relaxing<P extends { total: number; correction: string | null; allWords: boolean }>(
  query: SearchQuery,
  now: number,
  count: ReturnType<typeof exactCounter>,
  ask: (q: string) => Promise<P>,
): Promise<P> {
  const page = await ask(query.q);
  if (!query.q) return page;
  if (page.total > 0 && page.allWords) return corrected(query.q, page, ask);
  const relaxed = await relaxedQuery(query.q, (words) => count(words, query, now));
  if (!relaxed) return corrected(query.q, page, ask);
  const found = await ask(relaxed);
  return found.total > 0 && (found.allWords || page.total === 0) ? { ...found, correction: found.correction ?? relaxed } : corrected(query.q, page, ask);
}

type Ranked = { relevance: number | null };
/** A plain page has its hits; a page in sections, its events' and places' (the best of either first). */
type Paged = { hits?: readonly Ranked[]; events?: { hits: readonly Ranked[] }; places?: { hits: readonly Ranked[] } };

/** The page's best relevance; null on a sorted page (Meilisearch 1.21 reports 1.0 for every sorted hit). */
function bestRelevance(page: Paged): number | null {
  const all = page.hits ?? [...(page.events?.hits ?? []), ...(page.places?.hits ?? [])];
  const scores = all.flatMap((h) => (h.relevance === null ? [] : [h.relevance]));
  return scores.length > 0 ? Math.max(...scores) : null;
}

/**
 * A page whose best hits matched only through a typo names a spelling ("konsrt" → konsert): the page then shows what
 * that spelling finds, so "Visar resultat för konsert" is true. The typo-tolerant page mixed in whatever else the typo
 * reached ("konst": glass art, street art). The spelling must match better than the typed words did (its best hit
 * ranks higher: konsert 0.999 against konsrt 0.497), else it was a typo's stray match ("fiska med barnen" found the
 * ice fishing at 0.98; "fika" finds a café at 0.90) and the page stays as typed, without the notice. A quoted query is
 * never corrected; a sorted one keeps the typed page with the notice, as there is no relevance to compare.
 */
async function corrected<P extends { total: number; correction: string | null } & Paged>(
  typed: string,
  page: P,
  ask: (q: string) => Promise<P>,
): Promise<P> {
  const spelling = page.correction;
  const typedBest = bestRelevance(page);
  if (!spelling || typed.includes('"') || fold(spelling) === fold(typed) || typedBest === null) return page;
  const found = await ask(spelling);
  const spelledBest = bestRelevance(found);
  return found.total > 0 && spelledBest !== null && spelledBest > typedBest ? { ...found, correction: spelling } : { ...page, correction: null };
}

/**
 * The reader with its searches relaxed as above. The page's `correction` names the words searched, so the visitor
 * sees what was dropped, and its "search instead for" link (the typed words as a phrase) is never relaxed again.
 */
export function withRelaxation(reader: EventReader, count: ReturnType<typeof exactCounter>): EventReader {
  return {
    ...reader,
    search: (query, now, dateRanges) => relaxing(query, now, count, (q) => reader.search({ ...query, q }, now, dateRanges)),
    searchSections: (query, placesLimit, now, dateRanges) =>
      relaxing(query, now, count, (q) => reader.searchSections({ ...query, q }, placesLimit, now, dateRanges)),
  };
}
