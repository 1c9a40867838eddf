import { beforeAll, describe, expect, it } from 'vitest';
import { decompound } from '../../../src/language/decompound.js';
import { type Dictionary, loadSwedishDictionary, parseHunspell } from '../../../src/language/sv-dictionary.js';

let sv: Dictionary;
beforeAll(() => {
  sv = loadSwedishDictionary();
});

describe('splitting Swedish compounds with the sv_SE dictionary', () => {
  it.each([
    ['isfiske', ['is', 'fiske']],
    ['matfestival', ['mat', 'festival']],
    ['gatukonst', ['gatu', 'konst']],
    ['julkonsert', ['jul', 'konsert']],
    ['ishockey', ['is', 'hockey']],
    ['barnteater', ['barn', 'teater']],
    ['körkonsert', ['kör', 'konsert']],
    ['vinterbad', ['vinter', 'bad']],
  ])('splits %s into its two words', (word, parts) => {
    expect(decompound(word, sv)).toEqual(parts);
  });

  it.each([
    ['stadsvandring', ['stads', 'stad', 'vandring']],
    ['lördagsmarknad', ['lördags', 'lördag', 'marknad']],
    ['sagostund', ['sago', 'saga', 'stund']],
    ['kammarorkester', ['kammar', 'kammare', 'orkester']],
    ['kyrkogård', ['kyrko', 'kyrka', 'gård']],
  ])('splits %s at its linking form and adds the first word as a word', (word, parts) => {
    expect(decompound(word, sv)).toEqual(parts);
  });

  it('finds the whole tail and its own parts in a three-part compound', () => {
    expect(decompound('längdskidåkning', sv)).toEqual(['längd', 'skidåkning', 'skid', 'skida', 'åkning']);
    expect(decompound('vinterfisketävling', sv)).toEqual(['vinter', 'fiske', 'tävling']);
  });

  it('splits inflected compounds and adds the tail in its dictionary form', () => {
    expect(decompound('julkonserten', sv)).toEqual(['jul', 'konserten', 'konsert']);
    expect(decompound('stadsbiblioteket', sv)).toEqual(['stads', 'stad', 'biblioteket', 'bibliotek']);
  });

  it.each([
    'konsert', 'festival', 'bibliotek', 'teater', 'museum', 'kväll', 'familj', 'utställning', 'föreläsning',
    'föreställning', 'underhållning', 'information', 'evenemang', 'restaurang', 'välkommen', 'tillsammans',
    'fortfarande', 'vardagen', 'söndag', 'roman', 'servering', 'serveringen', 'parkering', 'sammanställning',
  ])('leaves %s, which is no compound, unsplit', (word) => {
    expect(decompound(word, sv)).toEqual([]);
  });

  it('needs å, ä and ö: the folded spelling is not a dictionary word', () => {
    expect(decompound('korkonsert', sv)).not.toContain('kör');
  });

  it('gives up on words too long to be real compounds', () => {
    expect(decompound('jul'.repeat(1000), sv)).toEqual([]);
  });
});

describe('reading a hunspell dictionary', () => {
  // The sv_SE conventions in miniature: X begins compounds, Y ends them, `v` makes the s-form, `w` the u-form.
  const aff = ['SFX v N 1', 'SFX v 0 s/WXZ .', 'SFX w N 1', 'SFX w a u/WXZ a', 'SFX D Y 1', 'SFX D 0 en .'].join('\n');
  const dic = ['4', 'stad/DvY', 'gata/w', 'fest/DXY', 'Stortorget'].join('\n');

  it('makes compound forms from the flags, with their lemmas', () => {
    const dict = parseHunspell(aff, dic);
    expect(decompound('stadsfest', dict)).toEqual(['stads', 'stad', 'fest']);
    expect(decompound('gatufesten', dict)).toEqual(['gatu', 'gata', 'festen', 'fest']);
  });

  it('lets extra words begin and end compounds, and leaves proper nouns out', () => {
    const dict = parseHunspell(aff, dic, ['Marknad']);
    expect(decompound('festmarknad', dict)).toEqual(['fest', 'marknad']);
    expect(dict.words.has('stortorget')).toBe(false);
  });
});
