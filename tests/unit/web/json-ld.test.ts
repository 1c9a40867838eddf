import { describe, expect, it } from 'vitest';
import { eventJsonLd, postalAddress } from '../../../src/web/json-ld.js';
import { sampleDoc } from '../../support/sample-doc.js';

// biome-ignore lint/suspicious/noExplicitAny: JSON-LD is walked by the names schema.org gives.
type Ld = Record<string, any>;

const ctx = { tz: 'Europe/Stockholm', hours: { now: Date.UTC(2026, 1, 2, 8) / 1000, place: { lat: 56.88, lng: 14.81, country: 'se' } } };
const url = 'https://upptack.example/evenemang/jazz--src-abc';

describe('schema.org markup on event pages', () => {
  it('has what Google’s event results require and recommend', () => {
    const ld = eventJsonLd(sampleDoc(), [sampleDoc()], url, ctx) as Ld;
    expect(ld).toMatchObject({
      '@type': 'Event',
      name: 'Jazzkväll på Konserthuset',
      startDate: '2026-07-01T16:00:00Z',
      endDate: '2026-07-01T18:00:00Z',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Konserthuset',
        address: { '@type': 'PostalAddress', streetAddress: 'Västra Esplanaden 10', addressLocality: 'Växjö', addressCountry: 'SE' },
      },
      offers: { '@type': 'Offer', price: 200, priceCurrency: 'SEK' },
      organizer: { '@type': 'Organization', name: 'Konserthuset Växjö' },
    });
  });

  it('offers a free event at price 0, and an online one at a virtual location', () => {
    const ld = eventJsonLd(sampleDoc({ free: true, priceRange: null, online: true }), [], url, ctx) as Ld;
    expect(ld.offers.price).toBe(0);
    expect(ld.location).toEqual({ '@type': 'VirtualLocation', url: 'https://example.org/jazz' });
  });

  it('gives a place its opening hours in schema.org’s format, not OpenStreetMap’s', () => {
    const place = sampleDoc({ kind: 'experience', startsAt: 0, endsAt: 4_102_444_800, openingHours: 'Tu-Fr 10:00-17:00; Sa,Su 11:00-15:00; PH off' });
    const ld = eventJsonLd(place, [place], url, ctx) as Ld;
    expect(ld['@type']).toBe('TouristAttraction');
    expect(ld.openingHours).toEqual(['Tu-Fr 10:00-17:00', 'Sa,Su 11:00-15:00']);
    expect(ld.address.addressLocality).toBe('Växjö');
    expect(ld.location).toBeUndefined();
  });

  it('reads the town and postal code out of one-line addresses', () => {
    expect(postalAddress('Storgatan 1, 352 30 Växjö', 'se', null)).toEqual({ '@type': 'PostalAddress', streetAddress: 'Storgatan 1', postalCode: '352 30', addressLocality: 'Växjö', addressCountry: 'SE' });
    expect(postalAddress('Kulturhuset, Storgatan 5', 'se', 'Braås')).toEqual({ '@type': 'PostalAddress', streetAddress: 'Kulturhuset, Storgatan 5', addressLocality: 'Braås', addressCountry: 'SE' });
    expect(postalAddress(null, 'se', 'Araby')).toEqual({ '@type': 'PostalAddress', addressLocality: 'Araby', addressCountry: 'SE' });
  });
});
