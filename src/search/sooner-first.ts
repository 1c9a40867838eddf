/*
 * Among equally good matches, the sooner event first. Meilisearch 1.21's `attribute` rule mixes which field matched
 * with where in the field the word stands, so a game whose description says "hockey" a few words later ranked a
 * February game before the one in December. 1.36 splits the rule (attributeRank, wordPosition); until then the
 * hits of a page are re-ordered here: same words, typos, proximity and matched field → soonest first.
 */

/** The parts of Meilisearch's `_rankingScoreDetails` that decide "equally good" (the index's rules before the date). */
interface ScoreDetails {
  words?: { score: number; matchingWords?: number; maxMatchingWords?: number };
  typo?: { score: number };
  proximity?: { score: number };
  attribute?: { attributeRankingOrderScore?: number };
  exactness?: { score: number };
}

export interface RankedHit {
  startsAt: number;
  _rankingScoreDetails?: ScoreDetails;
}

function key(hit: RankedHit): string | null {
  const d = hit._rankingScoreDetails;
  if (!d?.words || !d.attribute) return null;
  return [d.words.score, d.typo?.score, d.proximity?.score, d.attribute.attributeRankingOrderScore, d.exactness?.score].join('|');
}

/**
 * The hits with each run of equally good neighbours sorted by start (the runs keep their order), and each hit's run
 * number: the reader gives a run one relevance, so later re-ordering by relevance (the weather nudge) keeps it.
 */
export function soonerAmongEquals<T extends RankedHit>(hits: readonly T[]): { hit: T; run: number }[] {
  const out: { hit: T; run: number }[] = [];
  let run: T[] = [];
  let runKey: string | null = null;
  let runs = 0;
  const flush = () => {
    for (const hit of run.sort((a, b) => a.startsAt - b.startsAt)) out.push({ hit, run: runs });
    if (run.length) runs++;
    run = [];
  };
  for (const hit of hits) {
    const k = key(hit);
    if (k === null || k !== runKey) flush();
    run.push(hit);
    runKey = k;
  }
  flush();
  return out;
}

/** Whether the best of these hits matched every query word (`words` ranks first), or the engine had to drop some. */
export function matchedAllWords(hits: readonly RankedHit[]): boolean {
  const words = hits[0]?._rankingScoreDetails?.words;
  return words?.matchingWords === undefined || words.matchingWords === words.maxMatchingWords;
}
