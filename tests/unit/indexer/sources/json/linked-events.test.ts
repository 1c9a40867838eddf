import { describe, expect, it } from 'vitest';
import { jsonAdapter } from '../../../../../indexer/sources/json/index.js';
import { jsonSourceSchema } from '../../../../../src/config/source-types/json.js';
import { ctx, doc, fixtureFile, realWorldFile, utc } from '../fixture.js';

const source = (options: Record<string, unknown> = {}) =>
  jsonSourceSchema.parse({ id: 'turku', type: 'json', url: 'https://linkedevents-api.turku.fi/v1/event/', options: { profile: 'linked-events', timeZone: 'Europe/Helsinki', ...options } });
const turkuPage = doc('https://linkedevents-api.turku.fi/v1/event/?last_modified_since=2022-05-15', realWorldFile('linked-events/turku-event-page.json'));

describe('Linked Events profile on a real Turku page', () => {
  const { events, rejects } = jsonAdapter.parse(turkuPage, source(), ctx);
  const e = events[0];

  it('imports the page event with its UTC times', () => {
    expect([events.length, rejects.length]).toEqual([1, 0]);
    expect(e?.uid).toBe('turku:991417');
    expect(e?.title).toBe('Kesäillan vesijumppa');
    expect(e?.occurrences).toEqual([{ startsAt: utc(2022, 6, 14, 16, 30), endsAt: utc(2022, 6, 14, 17, 15) }]);
  });

  it('treats EventRescheduled as on, and reads the offer and the provider', () => {
    expect(e?.status).toBe('scheduled');
    expect(e?.free).toBe(false);
    expect(e?.price).toBe('Sisäänpääsymaksu + ohjausmaksu 2,50 €');
    expect(e?.organizer).toBe('Turun kaupungin liikuntapalvelut');
    expect(e?.url).toBe('https://www.turku.fi/kulttuuri-ja-liikunta/liikunta/liikuntapaikat/uimapaikat-ja-vesiliikunta/maauimalat/vesijumpat');
    expect(e?.updatedAt).toBe(utc(2022, 5, 20, 7, 30) + 29);
  });

  it('falls back to location_extra_info when the location is null, with no position', () => {
    expect(e?.address).toBe('Blombergin aukio 12, Turku / Kupittaa, Kupittaan maauimala');
    expect(e?.geo).toBeNull();
    expect(e?.lang).toBe('sv');
  });

  it('follows meta.next until maxPages', () => {
    expect(jsonAdapter.follow?.(turkuPage, source())).toEqual(['https://linkedevents-api.turku.fi/v1/event/?last_modified_since=2022-05-15&page=2']);
    expect(jsonAdapter.follow?.(turkuPage, source({ maxPages: 1 }))).toEqual([]);
  });
});

describe('Linked Events locations, keywords and skipped records', () => {
  const page = doc('https://api.hel.fi/linkedevents/v1/event/', fixtureFile('json/linked-events-location.json'));
  const { events, rejects } = jsonAdapter.parse(page, source({ timeZone: 'Europe/Helsinki' }), ctx);
  const [stoa, lecture] = events;

  it('reads an expanded location with GeoJSON [lng, lat] coordinates in the preferred language', () => {
    expect(stoa?.title).toBe('Jazzlunch');
    expect(stoa?.venueName).toBe('Kulturcentret Stoa');
    expect(stoa?.address).toBe('Åbo slottsväg 1, 00930 Helsingfors');
    expect(stoa?.geo).toEqual({ lat: 60.2093, lng: 25.0848 });
  });

  it('names keywords by name or, lacking one, by their id, and reads is_free and EventCancelled', () => {
    expect(stoa?.categoriesRaw).toEqual(['musik', 'yso:p11185']);
    expect(stoa?.audienceRaw).toEqual(['barn']);
    expect([stoa?.free, stoa?.status, stoa?.image]).toEqual([true, 'cancelled', 'https://api.hel.fi/image/1.jpg']);
    expect(stoa?.description).toBe('Kort om jazz.');
  });

  it('gives an @id-only location no venue, and reads a date-only start, virtual events and EventPostponed', () => {
    expect([lecture?.venueName, lecture?.geo, lecture?.online, lecture?.status]).toEqual([null, null, true, 'postponed']);
    expect(lecture?.allDay).toBe(true);
    expect(lecture?.occurrences[0]?.startsAt).toBe(utc(2026, 3, 5, 22));
    expect(lecture?.lang).toBe('fi');
  });

  it('rejects deleted events and recurring umbrellas, and never follows next to another origin', () => {
    expect(rejects.map((r) => [r.ref, r.reason])).toEqual([
      ['helsinki:agf5', 'deleted in the feed'],
      ['helsinki:agf6', 'umbrella of a recurring series (its sub-events are imported instead)'],
    ]);
    expect(jsonAdapter.follow?.(page, source())).toEqual([]);
  });
});
