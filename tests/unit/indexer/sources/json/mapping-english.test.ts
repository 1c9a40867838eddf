import { describe, expect, it } from 'vitest';
import { jsonAdapter } from '../../../../../indexer/sources/json/index.js';
import { jsonSourceSchema } from '../../../../../src/config/source-types/json.js';
import { byTitle, ctx, doc, fixtureFile } from '../fixture.js';

/** A municipal calendar API with English fields beside the Swedish ones, or language maps in place of texts. */
const source = jsonSourceSchema.parse({
  id: 'kalender',
  type: 'json',
  url: 'https://example.se/api/kalender',
  options: {
    timeZone: 'Europe/Stockholm',
    mapping: {
      items: '/items',
      id: 'id',
      title: 'rubrik',
      description: 'beskrivning',
      englishTitle: 'rubrik_en',
      englishDescription: 'beskrivning_en',
      start: 'start',
      image: 'bild.url',
      imageAlt: 'bild.alt',
    },
  },
});
const { events, rejects } = jsonAdapter.parse(doc('https://example.se/api/kalender', fixtureFile('json/mapping-english.json')), source, ctx);

describe('a JSON mapping\'s English fields', () => {
  it('read the mapped English title and description', () => {
    expect(rejects).toEqual([]);
    expect(byTitle(events, 'Skymningsvandring')?.english).toEqual({ title: 'Twilight walk', description: '<p>A walk at dusk.</p>' });
  });

  it('take the "en" entry of a language-map title and text, the main text in the preferred language', () => {
    const e = byTitle(events, 'Glasblåsning');
    expect(e?.description).toBe('Se glaset formas.');
    expect(e?.english).toEqual({ title: 'Glassblowing', description: 'Watch the glass take shape.' });
  });

  it('drop an English title that repeats the Swedish one', () => {
    expect(byTitle(events, 'Kroki')?.english).toBeNull();
  });
});

describe('a JSON mapping\'s image alt text', () => {
  it('comes from the mapped field, but a file name says nothing and is left out', () => {
    expect(byTitle(events, 'Skymningsvandring')?.imageAlt).toBe('Lyktor längs en stig i snön');
    expect(byTitle(events, 'Glasblåsning')?.imageAlt).toBeNull();
    expect(byTitle(events, 'Kroki')?.imageAlt).toBeNull();
  });
});
