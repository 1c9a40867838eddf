import { describe, expect, it } from 'vitest';
import { eventDocSchema } from '../../../src/domain/event.js';

const valid = {
  id: 'a-1', eventId: 'a', uid: 'u', kind: 'event', status: 'scheduled', title: 'Jazz', description: '', descriptionText: '', englishText: null, englishDescription: null, englishTitle: null,
  lang: 'sv', categories: [], categoryLabels: [], keywords: [], textKeywords: [], area: null, areaName: null, venue: null,
  _geo: { lat: 56.88, lng: 14.8 }, startsAt: 100, endsAt: 200, allDay: false, openWeekdays: [], openingHours: null, openingHoursText: null, openHours: [], openDays: [],
  setting: null, indoor: null, free: null, price: null, priceRange: null, audience: [], accessibility: [], organizer: null, source: 's', sources: ['s'],
  url: 'https://vaxjo.se/jazz', image: null, picture: null, online: false, duplicate: false, updatedAt: 0, hash: 'h',
};

describe('the event document schema, the last check before Meilisearch', () => {
  it('accepts a valid document', () => {
    expect(eventDocSchema.safeParse(valid).success).toBe(true);
  });

  it.each([
    ['a link that is not http(s)', { url: 'javascript:alert(1)' }],
    ['a data: image', { image: 'data:image/png;base64,AAAA' }],
    ['an id Meilisearch refuses', { id: 'a/1' }],
    ['coordinates off the globe', { _geo: { lat: 91, lng: 14 } }],
    ['an end before the start', { endsAt: 50 }],
  ])('refuses %s', (_what, change) => {
    expect(eventDocSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});
