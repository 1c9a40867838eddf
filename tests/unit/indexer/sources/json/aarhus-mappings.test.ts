import { describe, expect, it } from 'vitest';
import { jsonAdapter } from '../../../../../indexer/sources/json/index.js';
import { jsonSourceSchema } from '../../../../../src/config/source-types/json.js';
import { byTitle, ctx, doc, fixtureFile, realWorldFile, utc } from '../fixture.js';

/** Each Aarhus feed through nothing but its mapping config in tests/fixtures/json-mappings/. */
function importFeed(name: string) {
  const config = JSON.parse(new TextDecoder().decode(fixtureFile(`json-mappings/aarhus-${name}.json`)));
  const source = jsonSourceSchema.parse(config);
  return jsonAdapter.parse(doc(`https://example.dk/${name}.json`, realWorldFile(`aarhus/${name}.json`)), source, ctx);
}

describe('Aarhus feeds imported through their mapping alone', () => {
  it('the library feed (root array, nested location, UTC offsets) imports all 12 events', () => {
    const { events, rejects } = importFeed('aakb');
    expect([events.length, rejects.length]).toEqual([12, 0]);
    const e = byTitle(events, 'Hyggelig højtlæsning');
    expect(e?.uid).toBe('37752');
    expect(e?.occurrences).toEqual([{ startsAt: utc(2022, 12, 7, 14, 30), endsAt: utc(2022, 12, 7, 15) }]);
    expect(e?.venueName).toBe('Gellerup Bibliotek');
    expect(e?.address).toBe('Karen Blixens Boulevard 23, 8220 Brabrand');
    expect(e?.geo).toEqual({ lat: 56.1555, lng: 10.1343 });
    expect(e?.free).toBe(true);
    expect(e?.categoriesRaw).toEqual(['Børn', 'højtlæsning', 'For børn']);
    expect(e?.audienceRaw).toEqual(['For børn']);
    expect(e?.updatedAt).toBe(utc(2023, 1, 3, 16, 4) + 25);
  });

  it('the art museum feed reads offset-less local times in Europe/Copenhagen', () => {
    const { events, rejects } = importFeed('aros');
    expect([events.length, rejects.length]).toEqual([5, 0]);
    const e = byTitle(events, 'Hassan Preisler & Maise Njor – Identitet');
    expect(e?.occurrences[0]?.startsAt).toBe(utc(2023, 9, 28, 17));
    expect(e?.price).toBe('140 kr. ex. entré til museet');
    expect(e?.free).toBe(false);
    expect(e?.venueName).toBe('ARoS Aarhus Kunstmuseum');
    expect(e?.description).toMatch(/^I samarbejde med Sparekassen Kronjylland/);
  });

  it('the dance theatre feed turns nested occurrences into one event with many dates', () => {
    const { events, rejects } = importFeed('bora');
    expect([events.length, rejects.length]).toEqual([12, 0]);
    const festival = byTitle(events, 'Dans Baby Dans Festival');
    expect(festival?.occurrences).toHaveLength(13);
    expect(festival?.occurrences[0]).toEqual({ startsAt: utc(2023, 9, 23, 8, 59), endsAt: utc(2023, 9, 23, 21, 59) });
    expect(festival?.price).toBe('Fra Kr. 100 – 150');
    expect(byTitle(events, 'Univers')?.description).toContain('kl. 09.45 & 15.00');
    expect(byTitle(events, 'The Genderhouse Festival')?.free).toBe(true);
  });

  it('the music venue feed finds its events under /events and reads "Gratis" as free', () => {
    const { events, rejects } = importFeed('train');
    expect([events.length, rejects.length]).toEqual([11, 0]);
    const gig = byTitle(events, 'SPRAGLGEVÆR x CALA');
    expect(gig?.occurrences[0]?.startsAt).toBe(utc(2023, 9, 30, 18));
    expect(gig?.price).toBe('DKK 115,-');
    expect(gig?.free).toBe(false);
    expect(gig?.categoriesRaw).toEqual(['Koncert']);
    expect(byTitle(events, 'TILMELD TRAINs NYHEDSBREV')?.free).toBe(true);
  });
});

describe('json mapping features', () => {
  const source = jsonSourceSchema.parse({
    id: 'nested', type: 'json', url: 'https://example.se/api',
    options: {
      mapping: {
        items: '/data/items', id: 'uuid', title: 'name', description: 'text',
        occurrences: 'when', occurrenceStart: 'from', occurrenceEnd: 'to',
        venueName: 'place.title', address: { street: 'place.street', postalCode: 'place.zip', locality: 'place.city' },
        lat: 'place.pos.lat', lng: 'place.pos.lng', categories: 'keywords.name',
        price: 'cost', free: 'isFree', url: 'links.web', image: 'pictures', updatedAt: 'modified',
      },
    },
  });
  const { events, rejects } = jsonAdapter.parse(doc('https://example.se/api', fixtureFile('json/nested-multilingual.json')), source, ctx);

  it('resolves multilingual values by the language preference, falling back to any language', () => {
    expect(events.map((e) => [e.title, e.lang])).toEqual([['Vårkonsert', 'sv'], ['English only', 'en']]);
    expect(events[0]?.description).toBe('<p>The choir sings.</p>');
  });

  it('keeps the readable nested occurrences and reads epoch seconds and milliseconds', () => {
    expect(events[0]?.occurrences).toEqual([
      { startsAt: utc(2026, 4, 18, 17), endsAt: utc(2026, 4, 18, 19) },
      { startsAt: utc(2026, 4, 19, 13), endsAt: utc(2026, 4, 19, 15) },
    ]);
    expect(events[1]?.occurrences).toEqual([{ startsAt: utc(2026, 4, 1, 10), endsAt: utc(2026, 4, 1, 12) }]);
    expect(events[0]?.updatedAt).toBe(utc(2026, 1, 1));
  });

  it('collects list values across arrays and reads decimal-comma coordinates and a split address', () => {
    const e = events[0];
    expect(e?.categoriesRaw).toEqual(['Musik', 'Kör']);
    expect(e?.geo).toEqual({ lat: 56.8769, lng: 14.8041 });
    expect(e?.address).toBe('Västergatan 23, 352 31 Växjö');
    expect([e?.free, e?.price, e?.image]).toEqual([true, null, 'https://example.se/bild/a1.jpg']);
    expect([events[1]?.free, events[1]?.price]).toEqual([false, '120']);
  });

  it('rejects items without a title, with unreadable dates or that are not objects, and goes on', () => {
    expect(rejects).toEqual([
      { ref: 'a3', reason: 'no title' },
      { ref: 'a4', reason: 'unreadable start time "nästa vecka"' },
      { ref: 'https://example.se/api#item-4', reason: 'item is not an object' },
    ]);
  });
});
