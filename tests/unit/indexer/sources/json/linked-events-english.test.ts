import { describe, expect, it } from 'vitest';
import { jsonAdapter } from '../../../../../indexer/sources/json/index.js';
import { jsonSourceSchema } from '../../../../../src/config/source-types/json.js';
import { byTitle, ctx, doc, fixtureFile, realWorldFile } from '../fixture.js';

/*
 * Linked Events names and describes events in {fi, sv, en} maps; images carry `alt_text`, a plain string in the
 * City of Helsinki's API (events/models.py) and a language map in some deployments. The fixture is written in the
 * API's shape; the Turku page is a real one.
 */

const source = jsonSourceSchema.parse({
  id: 'hel',
  type: 'json',
  url: 'https://api.hel.fi/linkedevents/v1/event/',
  options: { profile: 'linked-events', timeZone: 'Europe/Helsinki' },
});
const { events } = jsonAdapter.parse(doc('https://api.hel.fi/linkedevents/v1/event/', fixtureFile('json/linked-events-english.json')), source, ctx);

describe('Linked Events English fields', () => {
  it('take the "en" name and description beside the Swedish ones', () => {
    const e = byTitle(events, 'Biblioteksäventyr');
    expect(e?.lang).toBe('sv');
    expect(e?.english).toEqual({ title: 'Library adventure', description: '<p>An adventure in the library for children.</p><p>Bring a grown-up.</p>' });
  });

  it('ignore an "en" entry that copies the text picked (untranslated Finnish)', () => {
    expect(byTitle(events, 'Kesäillan vesijumppa')?.english).toBeNull();
    const turku = jsonAdapter.parse(doc('https://linkedevents-api.turku.fi/v1/event/', realWorldFile('linked-events/turku-event-page.json')), source, ctx);
    expect(turku.events[0]?.english).toBeNull();
  });

  it('keep an English description when the name has no English entry', () => {
    expect(byTitle(events, 'Jazzlunch')?.english).toEqual({ title: null, description: '<p>Jazz for lunch.</p>' });
  });

  it('give nothing when English is the language picked', () => {
    const english = jsonSourceSchema.parse({ ...source, options: { ...source.options, languages: ['en', 'sv'] } });
    const parsed = jsonAdapter.parse(doc('https://api.hel.fi/linkedevents/v1/event/', fixtureFile('json/linked-events-english.json')), english, ctx);
    expect(byTitle(parsed.events, 'Library adventure')?.english).toBeNull();
  });
});

describe('Linked Events image alt text', () => {
  it('is the image\'s alt_text, as a string or in the preferred language of a map', () => {
    expect(byTitle(events, 'Biblioteksäventyr')?.imageAlt).toBe('Barn läser en bok på en sittsäck');
    expect(byTitle(events, 'Kesäillan vesijumppa')?.imageAlt).toBe('Simmare i bassängen');
  });

  it('is null when the feed gives none, so the site says what the picture is', () => {
    const e = byTitle(events, 'Jazzlunch');
    expect(e?.image).toBe('https://api.hel.fi/linkedevents/media/images/jazz.jpg');
    expect(e?.imageAlt).toBeNull();
  });
});
