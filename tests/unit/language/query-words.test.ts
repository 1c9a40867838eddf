import { beforeAll, describe, expect, it } from 'vitest';
import { lemmasOf } from '../../../src/language/decompound.js';
import { searchWords } from '../../../src/language/query-words.js';
import { type Dictionary, loadSwedishDictionary } from '../../../src/language/sv-dictionary.js';

let dict: Dictionary;

beforeAll(() => {
  dict = loadSwedishDictionary();
});

describe('dictionary forms of inflected words', () => {
  it('finds the lemma of plural and definite forms, neuter -et included', () => {
    const cases: [string, string][] = [
      ['konserterna', 'konsert'], ['utställningar', 'utställning'], ['museet', 'museum'], ['museerna', 'museum'],
      ['marknaden', 'marknad'], ['föreläsningen', 'föreläsning'], ['teatern', 'teater'], ['biblioteket', 'bibliotek'],
      ['visningarna', 'visning'], ['barnen', 'barn'],
    ];
    for (const [word, lemma] of cases) expect(lemmasOf(word, dict), word).toContain(lemma);
  });

  it('lemmatises an inflected compound by its last part', () => {
    expect(lemmasOf('sagostunderna', dict)).toEqual(['sagostund']);
  });

  it('leaves dictionary forms and unknown words alone', () => {
    expect(lemmasOf('konsert', dict)).toEqual([]);
    expect(lemmasOf('xyzzyplugh', dict)).toEqual([]);
  });
});

describe('a query in the words the index holds', () => {
  it('turns inflected words into their dictionary form', () => {
    expect(searchWords('Konserterna', dict)).toBe('konsert');
    expect(searchWords('museet i Växjö', dict)).toBe('museum i växjö');
  });

  it('puts a compound\'s parts before the compound, so the whole word matches all and the parts still match', () => {
    expect(searchWords('barnföreställning', dict)).toBe('barn föreställning barnföreställning');
    expect(searchWords('kyrkokonsert', dict)).toBe('kyrka konsert kyrkokonsert');
  });

  it('does not split a word it can lemmatise instead ("skridskor" is skates, not "skrid" + "skor")', () => {
    expect(searchWords('skridskor', dict)).toBe('skridsko');
  });

  it('keeps English, names and half-typed words as typed', () => {
    expect(searchWords('jazz', dict)).toBe('jazz');
    expect(searchWords('utstäl', dict)).toBe('utstäl');
    expect(searchWords('  ', dict)).toBe('  ');
  });
});

describe('query words the dictionary reads only with help', () => {
  it('restores å/ä/ö a keyboard left out, fewest letters first, when that lets the dictionary read the word', () => {
    expect(searchWords('smalandsmuseet', dict)).toBe('smålandsmuseum');
    expect(searchWords('barnforestallning', dict)).toBe('barn föreställning barnföreställning');
  });

  it('leaves short words, words with diacritics and words no spelling explains as typed', () => {
    expect(searchWords('vaxjo', dict)).toBe('vaxjo');
    expect(searchWords('lakers', dict)).toBe('lakers');
    expect(searchWords('qwrtyzx', dict)).toBe('qwrtyzx');
  });

  it('reads the Latin linking form of -um words as the word: "museivisning" → museum + visning', () => {
    expect(searchWords('museivisning', dict)).toBe('museum visning museivisning');
  });
});
