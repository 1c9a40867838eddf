import { describe, expect, it } from 'vitest';
import { dedupe, isSameEvent, titleSimilarity } from '../../../../indexer/enrich/dedupe.js';
import type { EventDoc } from '../../../../src/domain/event.js';

function doc(over: Partial<EventDoc>): EventDoc {
  return {
    id: 'x', eventId: 'x', uid: 'u', kind: 'event', status: 'scheduled', title: 'Jazzkväll på Konserthuset',
    description: '', descriptionText: '', englishText: null, englishDescription: null, englishTitle: null, lang: 'sv', categories: [], categoryLabels: [], audienceWords: [], keywords: [],
    textKeywords: [], area: null, areaName: null, venue: { name: 'Växjö Konserthus', address: null }, _geo: { lat: 56.8804, lng: 14.803 },
    startsAt: 1_768_500_000, endsAt: 1_768_507_200, allDay: false, openWeekdays: [1, 2, 3, 4, 5, 6, 7],
    openingHours: null, openingHoursText: null, openHours: [], openDays: [], setting: null, indoor: null, free: null, price: null, priceRange: null, audience: [], accessibility: [], organizer: null,
    source: 'a', sources: ['a'], url: null, image: null, picture: null, online: false, duplicate: false, updatedAt: 0, hash: 'h',
    ...over,
  };
}

describe('cross-source duplicates', () => {
  it('compares titles by shared words', () => {
    expect(titleSimilarity('Jazzkväll på Konserthuset', 'Jazzkväll – Konserthuset Växjö')).toBe(1);
    expect(titleSimilarity('Sagostund', 'Schackkurs')).toBe(0);
  });

  it('matches the same event: similar title, start within 15 minutes, venue within 300 m', () => {
    const a = doc({});
    expect(isSameEvent(a, doc({ source: 'b', eventId: 'y', startsAt: a.startsAt + 600, title: 'Jazzkväll – Konserthuset' }))).toBe(true);
    expect(isSameEvent(a, doc({ source: 'b', eventId: 'y', startsAt: a.startsAt + 1200 }))).toBe(false);
    expect(isSameEvent(a, doc({ source: 'b', eventId: 'y', _geo: { lat: 56.8904, lng: 14.803 } }))).toBe(false);
    expect(isSameEvent(a, doc({ source: 'a', eventId: 'y' }))).toBe(false);
  });

  it('keeps the richer event, fills its gaps from the other and lists both sources', () => {
    const rich = doc({ id: 'r1', eventId: 'r', source: 'kommun', sources: ['kommun'], descriptionText: 'En lång beskrivning '.repeat(20), url: 'https://a.se/x' });
    const poor = doc({ id: 'p1', eventId: 'p', source: 'partner', sources: ['partner'], image: 'https://b.se/i.jpg', organizer: 'Växjö Lakers Hockey', startsAt: rich.startsAt + 300 });
    const other = doc({ id: 'o1', eventId: 'o', source: 'partner', title: 'Sagostund', startsAt: rich.startsAt });
    const { docs, merged } = dedupe([poor, rich, other]);
    expect(merged).toBe(1);
    expect(docs.filter((d) => !d.duplicate).map((d) => d.id).sort()).toEqual(['o1', 'r1']);
    // The merged-away document stays, marked, so the event survives if the kept source drops it.
    expect(docs.find((d) => d.id === 'p1')?.duplicate).toBe(true);
    const kept = docs.find((d) => d.id === 'r1');
    expect(kept?.image).toBe('https://b.se/i.jpg');
    expect(kept?.organizer).toBe('Växjö Lakers Hockey');
    expect(kept?.sources).toEqual(['kommun', 'partner']);
  });

  it('takes the English version whole from the hidden copy when the kept one has none, and never mixes two', () => {
    const rich = doc({ id: 'r1', eventId: 'r', source: 'kommun', sources: ['kommun'], descriptionText: 'En lång beskrivning '.repeat(20), audienceWords: ['vuxna'] });
    const english = { englishTitle: 'Jazz evening', englishText: 'Jazz at the concert hall', englishDescription: '<p>Jazz at the concert hall</p>' };
    const poor = doc({ id: 'p1', eventId: 'p', source: 'partner', sources: ['partner'], ...english, audienceWords: ['adults'] });
    const kept = dedupe([poor, rich]).docs.find((d) => d.id === 'r1');
    expect(kept).toMatchObject({ ...english, audienceWords: ['vuxna', 'adults'] });
    const ownEnglish = doc({ id: 'r1', eventId: 'r', source: 'kommun', sources: ['kommun'], descriptionText: 'En lång beskrivning '.repeat(20), englishTitle: 'Jazz night' });
    const keptOwn = dedupe([poor, ownEnglish]).docs.find((d) => d.id === 'r1');
    expect(keptOwn).toMatchObject({ englishTitle: 'Jazz night', englishText: null, englishDescription: null });
  });

  it('recomputes earlier marks: a duplicate whose twin is gone is shown again', () => {
    const alone = doc({ id: 'b1', eventId: 'b', source: 'b', duplicate: true });
    expect(dedupe([alone]).docs[0]?.duplicate).toBe(false);
  });

  it('never merges experiences', () => {
    const a = doc({ kind: 'experience' });
    const b = doc({ kind: 'experience', source: 'b', eventId: 'y', id: 'y' });
    expect(dedupe([a, b]).merged).toBe(0);
  });
});

describe('duplicates with different dates', () => {
  it('drops only the shared occurrence: dates one source alone publishes stay', () => {
    const week = 7 * 86_400;
    const richOnce = doc({ id: 'a1', eventId: 'a', source: 'a', sources: ['a'], descriptionText: 'Lång text '.repeat(40) });
    const weekly = [0, 1, 2].map((i) =>
      doc({ id: `b${i}`, eventId: 'b', source: 'b', sources: ['b'], startsAt: richOnce.startsAt + i * week, endsAt: richOnce.endsAt + i * week }),
    );
    const { docs, merged } = dedupe([richOnce, ...weekly]);
    expect(merged).toBe(1);
    expect(docs.filter((d) => !d.duplicate).map((d) => d.id).sort()).toEqual(['a1', 'b1', 'b2']);
    expect(docs.find((d) => d.id === 'a1')?.sources).toEqual(['a', 'b']);
  });
});
