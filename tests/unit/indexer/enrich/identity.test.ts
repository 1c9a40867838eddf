import { describe, expect, it } from 'vitest';
import { contentHash, eventIdOf, occurrenceIdOf, sharedHash } from '../../../../indexer/enrich/identity.js';
import { type EventDoc, ID_PATTERN } from '../../../../src/domain/event.js';

const base: Omit<EventDoc, 'hash' | 'updatedAt'> = {
  id: 'a-1', eventId: 'a', uid: 'u', kind: 'event', status: 'scheduled', title: 'Jazz', description: '', descriptionText: '', englishText: null, englishDescription: null, englishTitle: null,
  lang: 'sv', categories: [], categoryLabels: [], audienceWords: [], keywords: [], textKeywords: [], area: null, areaName: null,
  venue: { name: 'Konserthuset', address: null }, _geo: { lat: 56.88, lng: 14.8 }, startsAt: 100, endsAt: 200,
  allDay: false, openWeekdays: [], openingHours: null, openingHoursText: null, openHours: [], openDays: [], setting: null, indoor: null, free: null, price: null, priceRange: null, audience: [],
  accessibility: [], organizer: null, source: 's', sources: ['s'], url: null, image: null, picture: null, online: false, duplicate: false,
};

describe('ids and content hashes', () => {
  it('derives Meilisearch-safe ids from any UID', () => {
    const id = eventIdOf('vaxjo-kommun', 'weird uid/with spaces@ÅÄÖ.se');
    expect(id).toMatch(ID_PATTERN);
    expect(occurrenceIdOf(id, 1_768_500_000)).toMatch(ID_PATTERN);
    expect(eventIdOf('a', 'x')).not.toBe(eventIdOf('a', 'y'));
  });

  it('changes when anything visible changes, nested fields included', () => {
    const h = contentHash({ ...base });
    expect(contentHash({ ...base, venue: { name: 'Teatern', address: null } })).not.toBe(h);
    expect(contentHash({ ...base, _geo: { lat: 56.9, lng: 14.8 } })).not.toBe(h);
    expect(contentHash({ ...base, startsAt: 101 })).not.toBe(h);
    expect(contentHash({ ...base, title: 'Jazz!' })).not.toBe(h);
  });

  it('ignores updatedAt and the hash itself, and matches the per-event shortcut', () => {
    const h = contentHash({ ...base });
    expect(contentHash({ ...base, updatedAt: 5, hash: 'old' })).toBe(h);
    const { id: _i, startsAt: _s, endsAt: _e, ...shared } = base;
    expect(contentHash({ ...base }, sharedHash(shared))).toBe(h);
  });
});
