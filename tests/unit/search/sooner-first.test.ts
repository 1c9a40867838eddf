import { describe, expect, it } from 'vitest';
import { matchedAllWords, soonerAmongEquals } from '../../../src/search/sooner-first.js';

const hit = (title: string, startsAt: number, words: number, attributeRank: number) => ({
  title,
  startsAt,
  _rankingScoreDetails: { words: { score: words }, typo: { score: 1 }, proximity: { score: 1 }, attribute: { attributeRankingOrderScore: attributeRank } },
});

describe('sooner first among equally good matches', () => {
  it('orders neighbours that matched the same words in the same field by date, and keeps better matches ahead', () => {
    const hits = [
      hit('title match, March', 300, 1, 0.9),
      hit('title match, February', 200, 1, 0.9),
      hit('title match, December', 100, 1, 0.9),
      hit('description match, January', 50, 1, 0.3),
      hit('one word only, earlier', 10, 0.5, 0.9),
    ];
    expect(soonerAmongEquals(hits).map((r) => r.hit.title)).toEqual([
      'title match, December',
      'title match, February',
      'title match, March',
      'description match, January',
      'one word only, earlier',
    ]);
    expect(soonerAmongEquals(hits).map((r) => r.run)).toEqual([0, 0, 0, 1, 2]);
  });

  it('leaves hits without score details (sorted queries) as they came', () => {
    const hits = [{ startsAt: 3 }, { startsAt: 1 }, { startsAt: 2 }];
    expect(soonerAmongEquals(hits).map((r) => r.hit)).toEqual(hits);
  });

  it('keeps a match that starts the field ahead of a sooner one that does not (exactness ranks before the date)', () => {
    const exact = (title: string, startsAt: number, exactness: number) => {
      const h = hit(title, startsAt, 1, 0.8);
      return { ...h, _rankingScoreDetails: { ...h._rankingScoreDetails, exactness: { score: exactness } } };
    };
    const hits = [exact('Utställning: later', 300, 0.67), exact('place mentioning it, open now', 10, 0.33)];
    expect(soonerAmongEquals(hits).map((r) => r.hit.title)).toEqual(['Utställning: later', 'place mentioning it, open now']);
  });
});

describe('whether the engine had to drop words', () => {
  const words = (matchingWords: number, maxMatchingWords: number) => ({ startsAt: 0, _rankingScoreDetails: { words: { score: 1, matchingWords, maxMatchingWords } } });

  it('reads the best hit: all words matched, or fewer than were searched', () => {
    expect(matchedAllWords([words(3, 3), words(2, 3)])).toBe(true);
    expect(matchedAllWords([words(1, 3), words(1, 3)])).toBe(false);
  });

  it('assumes all words when there is nothing to read (no hits, a sorted query)', () => {
    expect(matchedAllWords([])).toBe(true);
    expect(matchedAllWords([{ startsAt: 0 }])).toBe(true);
  });
});
