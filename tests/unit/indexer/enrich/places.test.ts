import { describe, expect, it } from 'vitest';
import { createCategoriser } from '../../../../indexer/enrich/categorise.js';
import { createPlaces } from '../../../../indexer/enrich/places.js';
import { shiftEvent, weeksToShift } from '../../../../indexer/enrich/time-shift.js';
import { loadConfig } from '../../../../src/config/load-config.js';
import { emptySourceEvent } from '../../../../src/domain/source-event.js';
import { toWallTime } from '../../../../src/domain/time.js';

const config = loadConfig({});
const places = createPlaces(config.areas, config.venues);
const categoriser = createCategoriser(config.taxonomy);

describe('places', () => {
  it('finds a venue by name or alias, ignoring case and diacritics, and with a room after a comma', () => {
    expect(places.venue('Stadsbiblioteket')?.id).toBe('stadsbiblioteket');
    expect(places.venue('VAXJO STADSBIBLIOTEK')?.id).toBe('stadsbiblioteket');
    expect(places.venue('Växjö stadsbibliotek, hörsalen')?.id).toBe('stadsbiblioteket');
    expect(places.venue('Någon annanstans')).toBeNull();
  });

  it('puts every registry venue inside an area, and points far away in none', () => {
    for (const v of config.venues) expect(places.area({ lat: v.lat, lng: v.lng }), v.name).not.toBeNull();
    expect(places.area({ lat: 56.8777, lng: 14.8094 })?.id).toBe('centrum');
    expect(places.area({ lat: 56.1567, lng: 10.2108 })).toBeNull(); // Aarhus
  });
});

describe('categories and audience from feed words', () => {
  it('maps feed vocabulary in several languages to taxonomy ids', () => {
    expect(categoriser.categories(['Konsert'], '', [])).toContain('music');
    expect(categoriser.categories(['Koncert'], '', [])).toContain('music');
    expect(categoriser.categories(['Teater'], '', [])).toContain('theatre');
  });

  it('falls back to the title when the feed gives no categories', () => {
    expect(categoriser.categories([], 'Jazz på torget', [])).toContain('music');
  });

  it('finds audiences in words and text', () => {
    expect(categoriser.audience(['Barn'], '')).toContain('children-family');
    expect(categoriser.audience([], 'Sagostund för barn och familj')).toContain('children-family');
  });
});

describe('sample time shift', () => {
  it('moves sample dates by whole weeks, keeping weekday and clock time across DST', () => {
    const now = Date.UTC(2026, 6, 15, 10) / 1000; // Wednesday 15 July 2026
    const weeks = weeksToShift('2026-01-05', now, 'Europe/Stockholm');
    expect(weeks).toBe(27);
    const jazz = Date.UTC(2026, 0, 15, 18) / 1000; // Thursday 15 Jan 19:00 CET
    const moved = shiftEvent({ ...emptySourceEvent('j', 'Jazz'), occurrences: [{ startsAt: jazz, endsAt: jazz }] }, weeks, 'Europe/Stockholm');
    const w = toWallTime(moved.occurrences[0]!.startsAt, 'Europe/Stockholm');
    expect([w.weekday, w.hour, w.month, w.day]).toEqual([4, 19, 7, 23]);
  });
});
