import { beforeAll, describe, expect, it } from 'vitest';
import { categoryPhrases, createKeywords, type Keywords, swedishWords } from '../../../../indexer/enrich/keywords.js';
import { type Dictionary, loadSwedishDictionary } from '../../../../src/language/sv-dictionary.js';

let dict: Dictionary;
let keywords: Keywords;
beforeAll(() => {
  dict = loadSwedishDictionary(['kör']);
  keywords = createKeywords(dict);
});

describe('keywords from compound parts', () => {
  it('lists the parts of the compounds and the dictionary forms of inflected words, title first', () => {
    const out = keywords.of(['Julkonsert i Domkyrkan', 'Körsång', 'Efteråt blir det glögg och pepparkakor.']);
    // "Domkyrkan" is the definite form of domkyrka, "pepparkakor" the plural of pepparkaka.
    expect(out).toEqual(['jul', 'konsert', 'domkyrka', 'dom', 'kyrkan', 'kyrka', 'kör', 'sång', 'pepparkaka', 'peppar', 'kakor', 'kaka']);
  });

  it('gives inflected simple words their dictionary form: the search looks queries up the same way', () => {
    expect(keywords.of(['Konserterna på museet'])).toEqual(['konsert', 'museum']);
  });

  it('keeps å, ä and ö and lists each part once, in lower case', () => {
    const out = keywords.of(['KÖRKONSERT', 'Körkonsert och vårkonsert']);
    expect(out).toEqual(['kör', 'konsert', 'vår']);
  });

  it('adds nothing for texts without compounds', () => {
    expect(keywords.of(['Konsert med Musica Vitae', 'Teater', ''])).toEqual([]);
  });

  it('reads only the first 300 words of a long text', () => {
    const filler = 'och '.repeat(300);
    expect(keywords.of([`${filler} isfiske`])).toEqual([]);
    expect(keywords.of([`${filler.slice(4)} isfiske`])).toEqual(['is', 'fiske']);
  });

  it('stops at 400 keywords', () => {
    const heads = [...dict.firsts.keys()].filter((f) => f.length >= 5).slice(0, 1200);
    const texts = [0, 1, 2, 3].map((i) => heads.slice(i * 300, (i + 1) * 300).map((h) => `${h}konsert`).join(' '));
    const out = keywords.of(texts);
    expect(out).toHaveLength(400);
    expect(new Set(out).size).toBe(400);
  });
});

describe('swedishWords', () => {
  it('splits on anything but letters and keeps diacritics, also when decomposed', () => {
    expect(swedishWords('Gatukonst – guidad vandring, 14:00! Va\u0308xjo\u0308')).toEqual([
      'gatukonst',
      'guidad',
      'vandring',
      'växjö',
    ]);
  });
});

describe('the feed\'s category phrases', () => {
  it('are kept whole and lower case, so a glossary term of one or more words can match them', () => {
    expect(categoryPhrases(['Fotboll', 'Klassisk musik', 'klassisk  musik', 'Sport & Fritid'])).toEqual(['fotboll', 'klassisk musik', 'sport fritid']);
  });

  it('leave out what is too short or a sentence rather than a term', () => {
    expect(categoryPhrases(['IT', 'x'.repeat(61)])).toEqual([]);
  });
});
