import { describe, expect, it } from 'vitest';
import { fromWallTime } from '../../../../src/domain/time.js';
import type { EventSummary } from '../../../../src/search/ports.js';
import type { EventCard } from '../../../../src/web/view-models/event-card.js';
import { dayHeading, eventRows } from '../../../../src/web/view-models/result-rows.js';

const TZ = 'Europe/Stockholm';
const at = (day: number, hour: number) => fromWallTime({ year: 2026, month: 1, day, hour, minute: 0, second: 0 }, TZ);
const NOW = at(5, 9);
const hit = (title: string, kind: 'event', startsAt: number) => ({ title, kind, startsAt }) as EventSummary;
const card = (h: EventSummary) => ({ title: h.title }) as EventCard;
const shape = (rows: ReturnType<typeof eventRows>['rows']) => rows.map((r) => ('heading' in r ? `# ${r.heading}` : r.card.title));

describe('the result list\'s headings', () => {
  it('names today, tomorrow and later days in each language', () => {
    expect(dayHeading(at(5, 18), NOW, 'sv', TZ)).toBe('Idag');
    expect(dayHeading(at(6, 10), NOW, 'sv', TZ)).toBe('Imorgon');
    expect(dayHeading(at(10, 10), NOW, 'sv', TZ)).toBe('lördag 10 januari');
    expect(dayHeading(at(10, 10), NOW, 'en', TZ)).toBe('Saturday 10 January');
  });

  it('puts events under their days', () => {
    const hits = [hit('Konsert', 'event', at(5, 19)), hit('Jazz', 'event', at(5, 20)), hit('Sagostund', 'event', at(10, 10))];
    const { rows, last } = eventRows(hits.map(card), hits, { byDay: true, now: NOW, lang: 'sv', tz: TZ, after: null });
    expect(shape(rows)).toEqual(['# Idag', 'Konsert', 'Jazz', '# lördag 10 januari', 'Sagostund']);
    expect(last).toBe('2026-01-10');
  });

  it('goes on under the last heading on an appended page', () => {
    const more = [hit('Jazz', 'event', at(10, 20)), hit('Teater', 'event', at(11, 19))];
    expect(shape(eventRows(more.map(card), more, { byDay: true, now: NOW, lang: 'sv', tz: TZ, after: '2026-01-10' }).rows)).toEqual([
      'Jazz', '# söndag 11 januari', 'Teater',
    ]);
  });

  it('lists an event running before a date filter\'s window on the window\'s first day, not the day it began', () => {
    // "Nästa vecka" from Monday 12 January: an exhibition that opened Saturday 10 January is on, under Monday.
    const hits = [hit('Glas i rörelse', 'event', at(10, 10)), hit('Konsert', 'event', at(13, 19))];
    expect(shape(eventRows(hits.map(card), hits, { byDay: true, now: NOW, lang: 'sv', tz: TZ, after: null, from: at(12, 0) }).rows)).toEqual([
      '# måndag 12 januari', 'Glas i rörelse', '# tisdag 13 januari', 'Konsert',
    ]);
  });

  it('has no day headings when the list runs by relevance', () => {
    const hits = [hit('Sagostund', 'event', at(10, 10)), hit('Konsert', 'event', at(5, 19))];
    expect(shape(eventRows(hits.map(card), hits, { byDay: false, now: NOW, lang: 'sv', tz: TZ, after: null }).rows)).toEqual(['Sagostund', 'Konsert']);
  });
});
