import { describe, expect, it } from 'vitest';
import { dedupe } from '../../../../indexer/enrich/dedupe.js';
import type { EventDoc } from '../../../../src/domain/event.js';

const START = 1_768_500_000;

/** What dedup reads of a document; the rest of EventDoc does not matter here (and grows with other features). */
function doc(over: Partial<EventDoc>): EventDoc {
  const base: Partial<EventDoc> = {
    id: 'x', eventId: 'x', kind: 'event', status: 'scheduled', title: 'Jazzkväll på Konserthuset', descriptionText: '', englishText: null, englishDescription: null, englishTitle: null,
    categories: [], categoryLabels: [], audienceWords: [], keywords: [], textKeywords: [], audience: [], venue: { name: 'Växjö Konserthus', address: null },
    _geo: { lat: 56.8804, lng: 14.803 }, startsAt: START, endsAt: START + 7200, free: null, price: null,
    source: 'a', sources: ['a'], url: null, image: null, picture: null, duplicate: false, hash: 'h',
  };
  return { ...base, ...over } as EventDoc;
}

const official = doc({
  id: 'kommun-e1-1', eventId: 'kommun-e1', source: 'kommun', sources: ['kommun'], url: 'https://vaxjo.se/jazz',
  descriptionText: 'Kort.',
});
/** The probe's hijack: same title, five minutes later, 200 m away, a long description and its own ticket link. */
const hijack = doc({
  id: 'other-e9-1', eventId: 'other-e9', source: 'other', sources: ['other'], title: 'Jazzkväll på Konserthuset!',
  startsAt: START + 300, endsAt: START + 7500, _geo: { lat: 56.8822, lng: 14.803 }, url: 'https://tickets.example/scam',
  descriptionText: 'Lång beskrivning. '.repeat(200), image: 'https://tickets.example/bild.jpg', free: false, categories: ['music'],
});
const priority = (p: Record<string, number>) => (source: string) => p[source] ?? 50;

describe('source trust in deduplication', () => {
  it('keeps the more trusted copy, with its title and link, however rich the other is', () => {
    const { docs, merged } = dedupe([hijack, official], priority({ kommun: 100, other: 50 }));
    expect(merged).toBe(1);
    const shown = docs.filter((d) => !d.duplicate);
    expect(shown.map((d) => [d.id, d.title, d.url])).toEqual([['kommun-e1-1', 'Jazzkväll på Konserthuset', 'https://vaxjo.se/jazz']]);
  });

  it('lets the less trusted copy add what the trusted one lacks, and lists both sources', () => {
    const kept = dedupe([hijack, official], priority({ kommun: 100, other: 50 })).docs.find((d) => !d.duplicate);
    expect([kept?.image, kept?.free, kept?.categories, kept?.sources]).toEqual(['https://tickets.example/bild.jpg', false, ['music'], ['kommun', 'other']]);
    expect(kept?.descriptionText).toBe('Kort.');
  });

  it('marks the merged-away copy with the event shown instead, so its page can redirect there', () => {
    const gone = dedupe([hijack, official], priority({ kommun: 100, other: 50 })).docs.find((d) => d.duplicate);
    expect([gone?.id, gone?.mergedInto]).toEqual(['other-e9-1', 'kommun-e1']);
  });

  it('between sources of equal trust the richer copy still wins', () => {
    const kept = dedupe([official, hijack], priority({})).docs.find((d) => !d.duplicate);
    expect(kept?.id).toBe('other-e9-1');
  });

  it('clears an earlier mark without leaving a key behind when the pair no longer matches', () => {
    const alone = { ...hijack, duplicate: true, mergedInto: 'kommun-e1' };
    const [out] = dedupe([alone], priority({})).docs;
    expect(out?.duplicate).toBe(false);
    expect(out && 'mergedInto' in out).toBe(false);
  });
});
