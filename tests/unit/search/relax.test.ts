import { describe, expect, it } from 'vitest';
import { relaxedQuery } from '../../../src/search/relax.js';

/** Hits each word finds alone without a typo, as the engine would count them. */
const counts = (found: Record<string, number>) => async (words: string[]) => words.map((w) => found[w] ?? 0);

describe('relaxing a search that found nothing', () => {
  it('keeps the words that find something alone, in the order typed', async () => {
    expect(await relaxedQuery('wood fired sauna', counts({ sauna: 2 }))).toBe('sauna');
    expect(await relaxedQuery('cäxjö lakers', counts({ lakers: 6 }))).toBe('lakers');
    expect(await relaxedQuery('jazz tonight konsert', counts({ jazz: 1, konsert: 9 }))).toBe('jazz konsert');
  });

  it('gives up when every word or no word finds something alone', async () => {
    expect(await relaxedQuery('jazz skridsko', counts({ jazz: 1, skridsko: 3 }))).toBeNull();
    expect(await relaxedQuery('qwerty asdfgh', counts({}))).toBeNull();
  });

  it('never relaxes one word, a phrase in quotes or a sentence, and does not count them', async () => {
    let asked = 0;
    const count = async (words: string[]) => {
      asked++;
      return words.map(() => 1);
    };
    expect(await relaxedQuery('sauna', count)).toBeNull();
    expect(await relaxedQuery('"wood fired sauna"', count)).toBeNull();
    expect(await relaxedQuery('one two three four five six', count)).toBeNull();
    expect(asked).toBe(0);
  });
});
