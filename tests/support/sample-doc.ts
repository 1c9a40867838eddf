import { type EventDoc, eventDocSchema } from '../../src/domain/event.js';

/** A valid event document (checked against the schema) for tests of output formats; change what the test is about. */
export function sampleDoc(change: Partial<EventDoc> = {}): EventDoc {
  return eventDocSchema.parse({
    id: 'src-abc-1', eventId: 'src-abc', uid: 'u-1', kind: 'event', status: 'scheduled', title: 'Jazzkväll på Konserthuset',
    description: '<p>Kvartett</p>', descriptionText: 'Kvartett', lang: 'sv', categories: ['music'], categoryLabels: [], audienceWords: [], keywords: [],
    textKeywords: [], area: 'centrum', areaName: 'Centrum', venue: { name: 'Konserthuset', address: 'Västra Esplanaden 10, Växjö' },
    _geo: { lat: 56.878, lng: 14.8 }, startsAt: Date.UTC(2026, 6, 1, 16) / 1000, endsAt: Date.UTC(2026, 6, 1, 18) / 1000,
    allDay: false, openWeekdays: [1, 2, 3, 4, 5, 6, 7], openingHours: null, openingHoursText: null, openHours: [], openDays: [],
    setting: 'indoor', indoor: true, free: false, price: '200 kr', priceRange: { from: 200, to: 200 }, audience: [], accessibility: [],
    organizer: 'Konserthuset Växjö', source: 'src', sources: ['src'], url: 'https://example.org/jazz', image: 'https://example.org/jazz.jpg',
    online: false, duplicate: false, updatedAt: Date.UTC(2026, 0, 2) / 1000, hash: 'h1', picture: null,
    ...change,
  });
}
