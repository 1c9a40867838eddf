import { describe, expect, it } from 'vitest';
import { parseSubmissions } from '../../../../../indexer/sources/submissions/parse.js';
import { describe as describeText } from '../../../../../indexer/sources/submissions/describe.js';
import type { SourceConfig } from '../../../../../src/config/data-schemas.js';

const source = { id: 'tips', type: 'submissions', url: 'database', enabled: true, priority: 50, defaults: {} } as SourceConfig;
const ctx = { now: 0, horizonDays: 180, defaultTimeZone: 'Europe/Stockholm' };
const event = {
  title: 'Skridskodisco',
  description: 'Musik och ljus på isen.\nVarm choklad finns.\n\nBiljetter: https://example.org/disco.',
  dates: [{ date: '2026-01-10', start: '18:00', end: '20:00' }, { date: '2026-01-17', start: '18:00', end: '20:00' }],
  place: { venueId: null, name: 'Isbanan', address: 'Arenavägen 1', lat: 56.87, lng: 14.83 },
  categories: ['sport'],
  audiences: ['youth'],
  accessibility: [],
  free: false,
  price: '40 kr',
  url: 'https://example.org/disco',
  organizer: 'IFK Växjö',
  imageAlt: 'Ungdomar åker skridsko under färgat ljus',
  lang: 'sv',
};
const doc = (submissions: unknown[]) => ({ url: 'file:///x/submissions.json', body: new TextEncoder().encode(JSON.stringify({ submissions })), contentType: 'application/json' });

describe('the submissions source', () => {
  it('yields one event per approved submission, every date an occurrence, with the picture and its alt text', () => {
    const { events, rejects } = parseSubmissions(doc([{ publicId: 'abc', event, image: 'file:///x/f.webp', updatedAt: 5 }]), source, ctx);
    expect(rejects).toEqual([]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      uid: 'abc',
      title: 'Skridskodisco',
      venueName: 'Isbanan',
      address: 'Arenavägen 1',
      geo: { lat: 56.87, lng: 14.83 },
      categoriesRaw: ['sport'],
      audienceRaw: ['youth'],
      free: false,
      price: '40 kr',
      organizer: 'IFK Växjö',
      image: 'file:///x/f.webp',
      imageAlt: 'Ungdomar åker skridsko under färgat ljus',
      updatedAt: 5,
      allDay: false,
    });
    expect(events[0]?.occurrences.map((o) => new Date(o.startsAt * 1000).toISOString())).toEqual(['2026-01-10T17:00:00.000Z', '2026-01-17T17:00:00.000Z']);
  });

  it('counts a stored submission that no longer validates as a reject, not the end of the source', () => {
    const { events, rejects } = parseSubmissions(doc([{ publicId: 'bad', event: { ...event, title: '' }, image: null, updatedAt: 1 }, { publicId: 'ok', event, image: null, updatedAt: 1 }]), source, ctx);
    expect(events.map((e) => e.uid)).toEqual(['ok']);
    expect(rejects).toEqual([{ ref: 'bad', reason: 'invalid submission: title' }]);
  });

  it('turns plain text into paragraphs, line breaks and links, escaping everything else', () => {
    expect(describeText('Hej <b>alla</b> & välkomna!\nLäs mer på https://example.org/a?b=1&c=2.\n\nSes där')).toBe(
      '<p>Hej &lt;b&gt;alla&lt;/b&gt; &amp; välkomna!<br>Läs mer på <a href="https://example.org/a?b=1&amp;c=2">https://example.org/a?b=1&amp;c=2</a>.</p><p>Ses där</p>',
    );
    expect(describeText('javascript:alert(1) "quoted"')).toBe('<p>javascript:alert(1) &quot;quoted&quot;</p>');
  });
});
