import { describe, expect, it } from 'vitest';
import { jsonldAdapter } from '../../../../../indexer/sources/jsonld/index.js';
import { jsonldSourceSchema } from '../../../../../src/config/source-types/jsonld.js';
import { byTitle, ctx, doc, fixtureFile, utc } from '../fixture.js';

const source = (options: Record<string, unknown> = {}) =>
  jsonldSourceSchema.parse({ id: 'webb', type: 'jsonld', url: 'https://example.se/', options });
const parse = (url: string, body: Uint8Array | string, options: Record<string, unknown> = {}, contentType: string | null = null) =>
  jsonldAdapter.parse(doc(url, body, contentType), source(options), ctx);

describe('jsonld @graph, references and broken blocks', () => {
  const result = parse('https://example.se/program/', fixtureFile('jsonld/jsonld-graph.html'));

  it('imports the festival, the series sub-events and the repaired online event, not the series itself', () => {
    expect(result.events.map((e) => e.title).sort()).toEqual([
      'Digital föreläsning', 'Lunchkonsert: Bach', 'Lunchkonsert: Sibelius', 'Växjö Vinterfest',
    ]);
  });

  it('resolves a location given as an @id reference to a Place elsewhere in the graph', () => {
    const bach = byTitle(result.events, 'Lunchkonsert: Bach');
    expect(bach?.venueName).toBe('Växjö Konserthus');
    expect(bach?.address).toBe('Västergatan 23, 352 31 Växjö');
    expect(bach?.geo).toEqual({ lat: 56.8769, lng: 14.8041 });
    expect(bach?.uid).toBe('https://example.se/program/bach');
    expect(bach?.occurrences[0]?.startsAt).toBe(utc(2026, 2, 10, 11));
  });

  it('runs a date-only festival through its inclusive endDate', () => {
    const fest = byTitle(result.events, 'Växjö Vinterfest');
    expect(fest?.allDay).toBe(true);
    expect(fest?.occurrences).toEqual([{ startsAt: utc(2026, 2, 5, 23), endsAt: utc(2026, 2, 8, 23) }]);
    expect(fest?.categoriesRaw).toEqual(['Festival']);
    expect(fest?.lang).toBe('en');
  });

  it('marks a VirtualLocation with online attendance as online', () => {
    const online = byTitle(result.events, 'Digital föreläsning');
    expect(online?.online).toBe(true);
    expect(online?.venueName).toBeNull();
  });

  it('counts a block of unrepairable JSON as one reject and skips an empty block', () => {
    expect(result.rejects).toHaveLength(1);
    expect(result.rejects[0]?.reason).toMatch(/^invalid JSON in ld\+json block/);
  });

  it('never turns a Place that is an event venue into an experience, even when places are opted in', () => {
    const opted = parse('https://example.se/program/', fixtureFile('jsonld/jsonld-graph.html'), { placesAsExperiences: true });
    expect(opted.events.filter((e) => e.kind === 'experience')).toEqual([]);
  });
});

describe('jsonld event status and bad records', () => {
  const result = parse('https://example.se/e/', fixtureFile('jsonld/jsonld-cancelled.html'));

  it('maps EventCancelled, EventPostponed and EventRescheduled in any spelling', () => {
    expect(byTitle(result.events, 'Vårkonsert')?.status).toBe('cancelled');
    expect(byTitle(result.events, 'Författarkväll')?.status).toBe('postponed');
    expect(byTitle(result.events, 'Teater: Hamlet')?.status).toBe('scheduled');
    expect(byTitle(result.events, 'Teater: Hamlet')?.occurrences[0]?.startsAt).toBe(utc(2026, 5, 2, 17));
  });

  it('rejects records without or with unreadable start dates, keeping the rest', () => {
    expect(result.rejects).toEqual([
      { ref: 'https://example.se/e/utan-datum', reason: 'event without a startDate' },
      { ref: 'https://example.se/e/fel-datum', reason: 'unreadable startDate "den 5 maj"' },
    ]);
    expect(result.events).toHaveLength(5);
  });

  it('merges one event listed once per occurrence under the same URL', () => {
    const play = byTitle(result.events, 'Barnteater');
    expect(play?.occurrences).toEqual([
      { startsAt: utc(2026, 5, 9, 9), endsAt: utc(2026, 5, 9, 10) },
      { startsAt: utc(2026, 5, 16, 9), endsAt: utc(2026, 5, 16, 10) },
    ]);
  });

  it('drops an end that lies before the start', () => {
    const e = byTitle(result.events, 'Baklänges');
    expect(e?.occurrences).toEqual([{ startsAt: utc(2026, 5, 20, 16), endsAt: utc(2026, 5, 20, 16) }]);
  });
});

describe('jsonld attractions and opening hours', () => {
  const page = fixtureFile('jsonld/jsonld-attraction-opening-hours.html');

  it('imports a TouristAttraction as an experience with opening hours and open weekdays', () => {
    const result = parse('https://example.se/besok/', page);
    const ruin = byTitle(result.events, 'Kronobergs slottsruin');
    expect(ruin?.kind).toBe('experience');
    expect(ruin?.occurrences).toEqual([]);
    expect(ruin?.openingHours).toBe('Mo-Fr 10:00-17:00; Sa 11:00-15:00');
    expect(ruin?.openWeekdays).toEqual([1, 2, 3, 4, 5, 6]);
    expect(ruin?.geo).toEqual({ lat: 56.914, lng: 14.813 });
    expect(ruin?.address).toBe('Kronobergs slott, 352 63 Växjö');
    expect(ruin?.free).toBe(true);
    expect(result.events.map((e) => e.title).sort()).toEqual(['Guidad visning', 'Kronobergs slottsruin']);
  });

  it('imports Museum places only when placesAsExperiences is set, reading the openingHours text form', () => {
    const result = parse('https://example.se/besok/', page, { placesAsExperiences: true });
    const museum = byTitle(result.events, 'Smålands museum');
    expect(museum?.kind).toBe('experience');
    expect(museum?.openingHours).toBe('Tu-Fr 10:00-17:00; Sa,Su 11:00-16:00');
    expect(museum?.openWeekdays).toEqual([2, 3, 4, 5, 6, 7]);
    expect(museum?.categoriesRaw).toEqual(['Museum']);
    expect(byTitle(result.events, 'Teleborgs slott')).toBeUndefined();
  });
});

describe('jsonld sitemaps and unreadable documents', () => {
  const sitemap = doc('https://kultur.example.se/sitemap.xml', fixtureFile('jsonld/sitemap.xml'), 'application/xml');

  it('follows the same-origin pages of a sitemap once each, resolving relative locs and entities', () => {
    expect(jsonldAdapter.follow?.(sitemap, source())).toEqual([
      'https://kultur.example.se/evenemang/jazz-i-parken',
      'https://kultur.example.se/evenemang/?sida=2&kategori=barn',
      'https://kultur.example.se/evenemang/relativ',
      'https://kultur.example.se/evenemang/teater',
    ]);
    expect(jsonldAdapter.parse(sitemap, source(), ctx)).toEqual({ events: [], rejects: [] });
  });

  it('caps the followed pages at maxPages and follows nothing from an ordinary page', () => {
    expect(jsonldAdapter.follow?.(sitemap, source({ maxPages: 2 }))).toHaveLength(2);
    expect(jsonldAdapter.follow?.(doc('https://example.se/', '<html></html>'), source())).toEqual([]);
  });

  it('reads a Windows-1252 page that declares no charset, curly apostrophe included', () => {
    const html = '<script type="application/ld+json">{"@type":"Event","name":"Höstmarknad på Öjaby’s torg","startDate":"2026-09-19"}</script>';
    const bytes = Uint8Array.from([...html].map((c) => (c === '’' ? 0x92 : c.charCodeAt(0))));
    expect(parse('https://example.se/', bytes).events[0]?.title).toBe('Höstmarknad på Öjaby’s torg');
  });

  it('yields one reject, not an exception, for an empty or binary document', () => {
    expect(parse('https://example.se/tom', '')).toEqual({ events: [], rejects: [{ ref: 'https://example.se/tom', reason: 'empty document' }] });
    expect(parse('https://example.se/bild', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])).rejects).toHaveLength(1);
  });
});
