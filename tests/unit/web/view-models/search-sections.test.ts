import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../src/config/load-config.js';
import type { EventSummary, SectionedSearchPage } from '../../../../src/search/ports.js';
import { readSearchInput, vocabularyOf } from '../../../../src/web/search-input.js';
import type { EventCard } from '../../../../src/web/view-models/event-card.js';
import { PLACES_FIRST, placesFirst, resultSections } from '../../../../src/web/view-models/search-sections.js';

const config = loadConfig({});
const vocab = vocabularyOf(config);
const TZ = config.app.site.timeZone;
const NOW = Date.UTC(2026, 0, 5, 8) / 1000;
const input = (params: Record<string, string> = {}) => readSearchInput(params, vocab, NOW, TZ);

const hit = (title: string, kind: 'event' | 'experience', more: Partial<EventSummary> = {}) =>
  ({ id: title, title, kind, startsAt: NOW + 3600, relevance: null, distanceM: null, ...more }) as EventSummary;
const card = (h: EventSummary) => ({ title: h.title, kind: h.kind }) as unknown as EventCard;

function page(events: EventSummary[], places: EventSummary[], totals: { events?: number; places?: number } = {}): SectionedSearchPage {
  const e = totals.events ?? events.length;
  const p = totals.places ?? places.length;
  return {
    total: e + p,
    allWords: true,
    events: { total: e, hits: events, page: 1, totalPages: Math.ceil(e / 20) },
    places: { total: p, hits: places },
    facets: {} as SectionedSearchPage['facets'],
    dateCounts: {},
    correction: null,
  };
}

const concert = hit('Orgelkonsert i domkyrkan', 'event', { relevance: 0.8 });
const cathedral = hit('Växjö domkyrka', 'experience', { relevance: 0.95 });

describe('which section leads', () => {
  it('the places, for typed words whose best match is a place', () => {
    expect(placesFirst(input({ q: 'domkyrkan' }).query, page([concert], [cathedral]))).toBe(true);
  });

  it('the events, when an event matches as well as or better than any place', () => {
    expect(placesFirst(input({ q: 'domkyrkan' }).query, page([concert], [{ ...cathedral, relevance: 0.8 }]))).toBe(false);
    expect(placesFirst(input({ q: 'orgel' }).query, page([{ ...concert, relevance: 0.99 }], [cathedral]))).toBe(false);
  });

  it('the events when browsing, under a date filter, sorted by time or on a later page, whatever the places score', () => {
    const both = page([concert], [cathedral]);
    expect(placesFirst(input().query, both)).toBe(false);
    expect(placesFirst(input({ q: 'domkyrkan', when: 'weekend' }).query, both)).toBe(false);
    expect(placesFirst(input({ q: 'domkyrkan i helgen' }).query, both)).toBe(false);
    expect(placesFirst(input({ q: 'domkyrkan', sort: 'soonest' }).query, both)).toBe(false);
    expect(placesFirst(input({ q: 'domkyrkan', page: '2' }).query, both)).toBe(false);
  });

  it('the nearer one when sorted by distance', () => {
    const near = input({ sort: 'nearest', lat: '56.88', lng: '14.81' }).query;
    expect(placesFirst(near, page([{ ...concert, distanceM: 900 }], [{ ...cathedral, distanceM: 150 }]))).toBe(true);
    expect(placesFirst(near, page([{ ...concert, distanceM: 100 }], [{ ...cathedral, distanceM: 150 }]))).toBe(false);
  });
});

describe('the two sections of a search page', () => {
  const events = Array.from({ length: 20 }, (_, i) => hit(`Event ${i}`, 'event'));
  const places = Array.from({ length: 20 }, (_, i) => hit(`Place ${i}`, 'experience'));
  const sections = (params: Record<string, string>, result: SectionedSearchPage) =>
    resultSections(input(params), result, { events: result.events.hits.map(card), places: result.places.hits.map(card) }, { lang: 'sv', tz: TZ, now: NOW });

  it('keeps places out of the events list and shows the first few places, with counts for each', () => {
    const s = sections({}, page(events, places, { events: 95, places: 19 }));
    const eventTitles = (s.events?.rows ?? []).flatMap((r) => ('card' in r ? [r.card.title] : []));
    expect(eventTitles).toHaveLength(20);
    expect(eventTitles.every((t) => t.startsWith('Event'))).toBe(true);
    expect(s.places?.cards.map((c) => c.title)).toEqual(['Place 0', 'Place 1', 'Place 2', 'Place 3']);
    expect([s.events?.heading, s.events?.count, s.places?.heading, s.places?.count]).toEqual(['Evenemang', '95', 'Platser att besöka', '19']);
    expect(s.split).toEqual({ events: '95 evenemang', places: '19 platser att besöka', placesHref: '#places-heading' });
  });

  it('carries each section\'s paging in the other\'s "show more", so the address keeps both', () => {
    const many = Array.from({ length: 24 }, (_, i) => hit(`Place ${i}`, 'experience'));
    const s = sections({ pages: '2', places: '24' }, page(events, many, { events: 95, places: 40 }));
    expect(s.events?.moreHref).toMatch(/^\/sok\?page=3&after=[\d-]+&places=24$/);
    expect(s.places?.moreHref).toBe('/sok?pages=2&places=44');
    expect(s.places?.moreSelect).toBe('#place-cards > li:nth-child(n+25)');
  });

  it('shows a full page of places, without section headings, when only places are found', () => {
    const s = sections({ kind: 'experience' }, page([], places, { places: 30 }));
    expect(s.events).toBeNull();
    expect(s.placesFirst).toBe(true);
    expect(s.places?.cards).toHaveLength(20);
    expect(s.places?.heading).toBeNull();
    expect(s.split).toBeNull();
    expect(s.places?.moreHref).toBe('/sok?kind=experience&places=40');
  });

  it('shows one row of places when they lead, so the events begin soon after them, and says when "more" is all', () => {
    const s = sections({ q: 'domkyrkan' }, page([concert], [cathedral, { ...cathedral, id: 'b', title: 'Linnéparken' }, { ...cathedral, id: 'c', title: 'Kyrkan' }]));
    expect(s.placesFirst).toBe(true);
    expect(s.places?.cards).toHaveLength(2);
    expect(s.places?.moreText).toBe('Visa alla 3 platser');
    expect(s.split?.placesHref).toBeNull();
  });

  it('says so when a date filter finds no events, only places open then', () => {
    expect(sections({ when: 'tonight' }, page([], places, { places: 11 })).noEvents).toBe('Inga evenemang ikväll. Det här är öppet då:');
    expect(sections({ when: 'weekend' }, page([], places, { places: 11 })).noEvents).toBe('Inga evenemang i helgen. Det här är öppet då:');
    // Not without a date filter (places alone were asked for, or there are events).
    expect(sections({ kind: 'experience' }, page([], places, { places: 11 })).noEvents).toBeNull();
    expect(sections({ when: 'tonight' }, page(events, places, { events: 3, places: 11 })).noEvents).toBeNull();
  });

  it('offers no "show more places" once every place is shown', () => {
    const s = sections({}, page(events, places.slice(0, PLACES_FIRST), { events: 95 }));
    expect(s.places?.moreHref).toBeNull();
  });
});
