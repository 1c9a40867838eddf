import { describe, expect, it } from 'vitest';
import { asEnglishNote } from '../../../src/domain/english-note.js';
import { feedWords, foreignLang, shownEnglishNote, shownEnglishText, shownTitle } from '../../../src/web/shown-text.js';

const swedish = { title: 'Ett drömspel', lang: 'sv', englishTitle: 'A Dream Play', englishText: 'Strindberg\'s dreamlike play.' };

describe('the texts a page shows first', () => {
  it('on the English site: the feed\'s English title and text, in the page\'s language', () => {
    expect(shownTitle(swedish, 'en')).toEqual({ text: 'A Dream Play', lang: null, translated: true });
    expect(shownEnglishText(swedish, 'en')).toBe('Strindberg\'s dreamlike play.');
  });

  it('on the English site without a translation: the Swedish title, marked as Swedish', () => {
    expect(shownTitle({ ...swedish, englishTitle: null }, 'en')).toEqual({ text: 'Ett drömspel', lang: 'sv', translated: false });
    expect(shownEnglishText({ ...swedish, englishText: null }, 'en')).toBeNull();
  });

  it('on the Swedish site: the original, unmarked', () => {
    expect(shownTitle(swedish, 'sv')).toEqual({ text: 'Ett drömspel', lang: null, translated: false });
    expect(shownEnglishText(swedish, 'sv')).toBeNull();
  });
});

describe('a feed\'s English note', () => {
  const streetArt = { lang: 'sv', englishText: asEnglishNote('The guide can answer questions in English.') };

  it('is shown beside the Swedish text on the English site, never as its English text', () => {
    expect(shownEnglishText(streetArt, 'en')).toBeNull();
    expect(shownEnglishNote(streetArt, 'en')).toBe('The guide can answer questions in English.');
  });

  it('is not shown on the Swedish site, and a translation is no note', () => {
    expect(shownEnglishNote(streetArt, 'sv')).toBeNull();
    expect(shownEnglishNote(swedish, 'en')).toBeNull();
  });
});

describe('the feed\'s own words', () => {
  it('carry the feed\'s language on a page in another', () => {
    expect(feedWords({ lang: 'sv' }, 'Ingår i entrén', 'en')).toEqual({ text: 'Ingår i entrén', lang: 'sv', translated: false });
    expect(feedWords({ lang: 'sv' }, 'Ingår i entrén', 'sv').lang).toBeNull();
    expect(feedWords({ lang: 'en' }, 'Free entry', 'sv').lang).toBe('en');
  });

  it('are in the page\'s language when only the region differs', () => {
    expect(foreignLang({ lang: 'en-GB' }, 'en')).toBeNull();
    expect(foreignLang({ lang: 'sv-SE' }, 'en')).toBe('sv-SE');
  });
});
