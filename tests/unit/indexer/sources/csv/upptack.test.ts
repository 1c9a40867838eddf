import { describe, expect, it } from 'vitest';
import { csvAdapter } from '../../../../../indexer/sources/csv/index.js';
import { csvSourceSchema } from '../../../../../src/config/source-types/csv.js';
import { byTitle, ctx, doc, fixtureFile, utc } from '../fixture.js';

const source = (options: Record<string, unknown> = {}, defaults: Record<string, unknown> = {}) =>
  csvSourceSchema.parse({ id: 'forening', type: 'csv', url: 'https://example.se/f.csv', defaults, options });
const parse = (file: string, options: Record<string, unknown> = {}) =>
  csvAdapter.parse(doc(`https://example.se/${file}`, fixtureFile(`csv/${file}`)), source(options), ctx);

describe('upptack CSV from an association (UTF-8, commas, Swedish headers)', () => {
  const { events, rejects } = parse('upptack-association.csv');

  it('imports every row, quoted cells with commas and line breaks included', () => {
    expect(rejects).toEqual([]);
    expect(events.map((e) => e.title)).toEqual(['Vårkonsert med Växjö kammarkör', 'Loppis i Sandsbro', 'Skattjakt i Linnéparken', 'Nattvandring']);
    expect(events[0]?.description).toBe('Körsång i Domkyrkan, med Bach och Sibelius.\nFri entré, kollekt.');
  });

  it('reads "YYYY-MM-DD HH:MM" as Stockholm time and an end given as only a time as the same day', () => {
    const concert = events[0];
    expect(concert?.occurrences).toEqual([{ startsAt: utc(2026, 4, 18, 17), endsAt: utc(2026, 4, 18, 19) }]);
    expect([concert?.free, concert?.organizer, concert?.address]).toEqual([true, 'Växjö kammarkör', 'Linnégatan 2, 352 33 Växjö']);
    expect(concert?.categoriesRaw).toEqual(['musik', 'kör']);
    expect(concert?.geo).toEqual({ lat: 56.8777, lng: 14.8094 });
  });

  it('moves an end time earlier than the start past midnight', () => {
    expect(byTitle(events, 'Nattvandring')?.occurrences).toEqual([{ startsAt: utc(2026, 5, 15, 20), endsAt: utc(2026, 5, 15, 23) }]);
  });

  it('makes a date-only start an all-day event', () => {
    const flea = byTitle(events, 'Loppis i Sandsbro');
    expect(flea?.allDay).toBe(true);
    expect(flea?.occurrences).toEqual([{ startsAt: utc(2026, 5, 8, 22), endsAt: utc(2026, 5, 9, 22) }]);
    expect(flea?.categoriesRaw).toEqual(['loppis', 'barn']);
  });

  it('imports an "upplevelse" row as an experience with opening hours and weekdays, no dates needed', () => {
    const hunt = byTitle(events, 'Skattjakt i Linnéparken');
    expect(hunt?.kind).toBe('experience');
    expect(hunt?.occurrences).toEqual([]);
    expect(hunt?.openingHours).toBe('mån–fre 10–17, lör 11–15');
    expect(hunt?.openWeekdays).toEqual([1, 2, 3, 4, 5, 6]);
    expect([hunt?.price, hunt?.free, hunt?.url]).toEqual(['50 kr', false, 'http://www.example.se/skattjakt']);
  });

  it('gives rows without an id a stable hashed uid', () => {
    const again = parse('upptack-association.csv');
    expect(events[0]?.uid).toMatch(/^csv:[0-9a-f]{20}$/);
    expect(again.events.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
  });
});

describe('upptack CSV saved by Swedish Excel (Windows-1252, semicolons, decimal commas)', () => {
  const { events, rejects } = parse('upptack-excel-1252.csv');
  const [market, julbord] = events;

  it('keeps å, ä, ö and the curly apostrophe and dash of Windows-1252', () => {
    expect(rejects).toEqual([]);
    expect(market?.title).toBe('Höstmarknad på Öjaby');
    expect(market?.description).toBe('Öjaby’s största marknad – med hantverk och fika');
    expect(market?.organizer).toBe('Öjaby hembygdsförening');
  });

  it('reads decimal-comma coordinates, times written 10.00 and the id column', () => {
    expect(market?.geo).toEqual({ lat: 56.9012, lng: 14.7321 });
    expect(market?.occurrences).toEqual([{ startsAt: utc(2026, 9, 19, 8), endsAt: utc(2026, 9, 19, 13) }]);
    expect([market?.uid, market?.free, market?.price]).toEqual(['ojaby-2026', true, null]);
    expect(julbord?.occurrences[0]?.startsAt).toBe(utc(2026, 12, 5, 17));
    expect([julbord?.free, julbord?.price]).toEqual([false, '595 kr']);
  });
});

describe('upptack CSV rows that cannot be used', () => {
  const { events, rejects } = parse('upptack-bad-rows.csv');

  it('rejects each bad row with its line and reason and keeps the good ones', () => {
    expect(events.map((e) => e.title)).toEqual(['Bra rad', 'Bra rad 2']);
    expect(rejects).toEqual([
      { ref: 'line 6', reason: '6 cells but the header has 5' },
      { ref: 'line 3', reason: 'no title' },
      { ref: 'line 4 (Fel datum)', reason: 'unreadable start "19/6 kl 18" (expected YYYY-MM-DD HH:MM)' },
      { ref: 'line 5 (Konstig typ)', reason: 'unknown typ "festival" (evenemang or upplevelse)' },
      { ref: 'line 7 (Utan start)', reason: 'no start' },
    ]);
  });

  it('a file without a title column is one reject, not a crash', () => {
    const wrong = parse('upptack-bad-rows.csv', { delimiter: ',' });
    expect(wrong).toEqual({ events: [], rejects: [{ ref: 'https://example.se/upptack-bad-rows.csv', reason: 'no title column (expected "titel" or "title" in the first row)' }] });
  });

  it('an empty file is one reject', () => {
    expect(csvAdapter.parse(doc('https://example.se/tom.csv', ''), source(), ctx).rejects).toHaveLength(1);
  });

  it('ignores a UTF-8 byte-order mark before the header', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Titel;Start\r\nÅrsmöte;2026-03-10 18:30\r\n')]);
    const { events } = csvAdapter.parse(doc('https://example.se/bom.csv', bytes), source(), ctx);
    expect(events.map((e) => [e.title, e.occurrences[0]?.startsAt])).toEqual([['Årsmöte', utc(2026, 3, 10, 17, 30)]]);
  });

  it('honours the source default kind for rows without a typ', () => {
    const csv = 'titel;öppettider\nStadsparken;dagligen\n';
    const [park] = csvAdapter.parse(doc('https://example.se/p.csv', csv), source({}, { kind: 'experience' }), ctx).events;
    expect([park?.kind, park?.openWeekdays]).toEqual(['experience', [1, 2, 3, 4, 5, 6, 7]]);
  });
});
