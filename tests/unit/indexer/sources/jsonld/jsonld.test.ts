import { describe, expect, it } from 'vitest';
import { jsonldAdapter } from '../../../../../indexer/sources/jsonld/index.js';
import { jsonldSourceSchema } from '../../../../../src/config/source-types/jsonld.js';
import { ctx, doc, fixtureFile, realWorldFile, utc } from '../fixture.js';

const source = (options: Record<string, unknown> = {}) =>
  jsonldSourceSchema.parse({ id: 'webb', type: 'jsonld', url: 'https://example.se/', options });
const parse = (url: string, body: Uint8Array | string, options: Record<string, unknown> = {}, contentType: string | null = null) =>
  jsonldAdapter.parse(doc(url, body, contentType), source(options), ctx);

describe('jsonld adapter on a real events page', () => {
  const url = 'https://www.heartoftorbaycic.com/events/';
  const result = parse(url, realWorldFile('placecal/community-events-page.html'), { timeZone: 'Europe/London' });

  it('finds the page Event among the @graph of organisation and page nodes', () => {
    expect(result.rejects).toEqual([]);
    expect(result.events).toHaveLength(1);
    expect(result.events[0]?.title).toBe('Tidy Home Tidy Mind Support Group (Monthly)');
  });

  it('reads a date-only startDate as an all-day event in the source zone', () => {
    const e = result.events[0];
    expect(e?.allDay).toBe(true);
    expect(e?.occurrences).toEqual([{ startsAt: utc(2022, 11, 25), endsAt: utc(2022, 11, 26) }]);
  });

  it('decodes the &#038; WordPress writes inside the JSON-LD url and keeps venue, price and organizer', () => {
    const e = result.events[0];
    expect(e?.url).toBe('https://www.heartoftorbaycic.com/events/tidy-home-tidy-mind-support-group-monthly/?occurrence=2022-11-25&time=1669374000');
    expect(e?.uid).toBe(e?.url);
    expect(e?.venueName).toBe('TheBoathouse');
    expect(e?.address).toBe('TheBoathouse, Marine Drive, Paignton, TQ3 2NJ');
    expect(e?.free).toBe(true);
    expect(e?.organizer).toBe('Heart of Torbay CIC');
    expect(e?.lang).toBe('en');
    expect(e?.description).toContain('Devon Somerset Fire & Rescue');
  });
});

describe('jsonld adapter on places, prices and languages', () => {
  const result = parse('https://kultur.example.se/evenemang/jazz-i-parken', fixtureFile('jsonld/jsonld-postal-address.html'));
  const [jazz, saga] = result.events;

  it('formats a PostalAddress and reads string coordinates', () => {
    expect(jazz?.title).toBe('Jazz i parken & picknick');
    expect(jazz?.venueName).toBe('Linnéparken');
    expect(jazz?.address).toBe('Linnégatan 1, 352 33 Växjö');
    expect(jazz?.geo).toEqual({ lat: 56.8777, lng: 14.8059 });
  });

  it('reads a start without offset as Stockholm local time', () => {
    expect(jazz?.occurrences).toEqual([{ startsAt: utc(2026, 6, 12, 16, 30), endsAt: utc(2026, 6, 12, 19) }]);
    expect(jazz?.allDay).toBe(false);
  });

  it('composes "150 SEK" from an Offer and resolves a relative ImageObject URL', () => {
    expect(jazz?.price).toBe('150 SEK');
    expect(jazz?.free).toBe(false);
    expect(jazz?.image).toBe('https://kultur.example.se/bilder/jazz.jpg');
    expect(jazz?.uid).toBe('https://kultur.example.se/evenemang/jazz-i-parken#event');
  });

  it('takes keywords, the event subtype, inLanguage and the organizer', () => {
    expect(jazz?.categoriesRaw).toEqual(['musik', 'jazz', 'utomhus', 'MusicEvent']);
    expect(jazz?.lang).toBe('sv');
    expect(jazz?.organizer).toBe('Växjö Jazzklubb');
  });

  it('keeps a plain-text address, numeric geo and the string "True" for isAccessibleForFree', () => {
    expect(saga?.address).toBe('Västra Esplanaden 7, 352 31 Växjö');
    expect(saga?.geo).toEqual({ lat: 56.8787, lng: 14.8036 });
    expect(saga?.free).toBe(true);
    expect(saga?.categoriesRaw).toEqual(['Barn', 'Läsning', 'ChildrensEvent']);
    expect(saga?.url).toBe('https://kultur.example.se/evenemang/sagostund');
    expect(saga?.occurrences[0]?.startsAt).toBe(utc(2026, 6, 13, 8));
  });
});
