import { describe, expect, it } from 'vitest';
import { icsAdapter } from '../../../../../indexer/sources/ics/index.js';
import { normaliseEvent } from '../../../../../indexer/sources/common/normalise-event.js';
import { cleanText, multiLineField, plainField } from '../../../../../indexer/sources/common/text.js';
import { emptySourceEvent } from '../../../../../src/domain/source-event.js';
import { sourceBase } from '../../../../../src/config/source-types/base.js';
import { ctx, doc } from '../fixture.js';

describe('plain one-line fields (titles, venues)', () => {
  it('turns line and paragraph separators (U+2028, U+2029) into spaces', () => {
    expect(plainField('Jazz\u2028kväll\u2029på Konserthuset')).toBe('Jazz kväll på Konserthuset');
  });

  it('strips bidi embeddings and overrides (U+202A–U+202E)', () => {
    expect(plainField('Konsert \u202Etrebnok\u202C i \u202Aparken\u202B\u202D')).toBe('Konsert trebnok i parken');
  });

  it('strips bidi isolates (U+2066–U+2069) and marks (U+200E, U+200F, U+061C)', () => {
    expect(plainField('\u2066Teater\u2069 \u2067idag\u2068\u200E\u200F\u061C')).toBe('Teater idag');
  });

  it('strips zero-width characters (U+200B–U+200D, U+2060, U+FEFF, U+180E)', () => {
    expect(plainField('Is\u200Bfis\u200Cke\u200D på \u2060Helga\uFEFFsjön\u180E')).toBe('Isfiske på Helgasjön');
  });

  it('strips C0 and C1 control characters but keeps the words apart where a tab or line end was', () => {
    expect(plainField('Loppis\u0007 i\tSandsbro\u0085\u009B\nidag')).toBe('Loppis i Sandsbro idag');
  });

  it('is applied by cleanText after entities are decoded', () => {
    expect(cleanText('<b>Sago&#x202E;stund</b>&#8203;')).toBe('Sagostund');
  });
});

describe('descriptions', () => {
  it('keep their line structure: separators become line ends, controls go, bidi marks stay for RTL text', () => {
    expect(multiLineField('Första stycket.\u2029Andra\u2028raden.\u0000')).toBe('Första stycket.\nAndra\nraden.');
    expect(multiLineField('مرحبا\u200F 2026')).toBe('مرحبا\u200F 2026');
  });
});

describe('every adapter output is normalised before enrichment', () => {
  it('cleans title, venue, organizer and the feed words; an all-invisible title becomes empty (then rejected)', () => {
    const e = normaliseEvent({
      ...emptySourceEvent('x', '\u202EJazz\u200B'),
      venueName: 'Konserthuset\u2066',
      organizer: '\u200B',
      categoriesRaw: ['musik\u200D', '\u200B'],
    });
    expect([e.title, e.venueName, e.organizer, e.categoriesRaw]).toEqual(['Jazz', 'Konserthuset', null, ['musik']]);
    expect(normaliseEvent(emptySourceEvent('y', '\u200B\u202E')).title).toBe('');
  });
});

describe('iCalendar with a line separator in SUMMARY', () => {
  it('keeps the event (node-ical used to split the line there and lose the SUMMARY)', () => {
    const body = [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//sv', 'BEGIN:VEVENT', 'UID:sep-1',
      'DTSTART:20260115T170000Z', 'DTEND:20260115T190000Z', 'SUMMARY:Jazz\u2028kväll', 'DESCRIPTION:Rad ett\u2029Rad två',
      'END:VEVENT', 'END:VCALENDAR', '',
    ].join('\r\n');
    const source = sourceBase.extend({}).parse({ id: 'k', url: 'https://example.se/k.ics' });
    const { events, rejects } = icsAdapter.parse(doc('https://example.se/k.ics', body), { ...source, type: 'ics' }, ctx);
    expect(rejects).toEqual([]);
    expect(plainField(events[0]?.title ?? '')).toBe('Jazz kväll');
    expect(events[0]?.description).toContain('Rad ett\nRad två');
  });
});
