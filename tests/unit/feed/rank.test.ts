import { describe, expect, it } from 'vitest';
import { type Interests, NO_INTERESTS } from '../../../src/feed/interests.js';
import { byScore, diversify, type Scored, scoreCandidate } from '../../../src/feed/rank.js';
import type { Candidate } from '../../../src/search/ports.js';
import type { Forecast } from '../../../src/weather/forecast.js';
import { parseForecast } from '../../../src/weather/open-meteo.js';
import { weatherOver } from '../../../src/weather/weather-fit.js';
import { openMeteoBody, type Scenario } from '../../support/weather-scenarios.js';

const point = { id: 'vaxjo', name: 'Växjö', lat: 56.8777, lng: 14.8091 };
/** Saturday 10 January 2026, 00:00 in Stockholm; "now" is 09:00. */
const SATURDAY = Date.UTC(2026, 0, 9, 23) / 1000;
const NOW = SATURDAY + 9 * 3600;
const WEIGHTS = { interest: 0.35, time: 0.3, place: 0.15, weather: 0.2 };
const CATEGORIES = ['music', 'theatre', 'art', 'sport', 'outdoors', 'nature', 'food', 'history'];

function candidate(i: number, over: Partial<Candidate> = {}): Candidate {
  const start = SATURDAY + (11 + (i % 8)) * 3600;
  return {
    id: `c${i}`, eventId: `e${i}`, kind: 'event', status: 'scheduled', title: `Event ${String(i).padStart(2, '0')}`,
    categories: [CATEGORIES[i % CATEGORIES.length] as string], audience: [], area: 'centrum', areaName: 'Centrum',
    startsAt: start, endsAt: start + 2 * 3600, allDay: false, openWeekdays: [1, 2, 3, 4, 5, 6, 7], openingHours: null,
    setting: i % 2 === 0 ? 'indoor' : 'outdoor', indoor: i % 2 === 0, free: null, price: null, image: null,
    venueName: null, geo: { lat: 56.8777 + (i % 5) * 0.002, lng: 14.8091 }, distanceM: null, ...over,
  } as Candidate;
}

/** Forty events on Saturday 11–20, half indoors, half outdoors, eight categories. */
const SET = Array.from({ length: 40 }, (_, i) => candidate(i));

function rank(set: Candidate[], scenario: Scenario | null, opts: { place?: { lat: number; lng: number }; interests?: Interests } = {}): Scored[] {
  const forecast: Forecast | null = scenario ? parseForecast(openMeteoBody(scenario, SATURDAY), point, SATURDAY) : null;
  const place = opts.place ?? null;
  return set
    .map((c) => {
      const weather = forecast ? weatherOver(forecast, Math.max(NOW, c.startsAt), c.endsAt) : null;
      const distanceM = place && c.geo ? Math.round(Math.hypot((c.geo.lat - place.lat) * 111_000, (c.geo.lng - place.lng) * 61_000)) : null;
      return scoreCandidate(c, { now: NOW, place, interests: opts.interests ?? NO_INTERESTS, weights: WEIGHTS, weather, open: null }, distanceM);
    })
    .sort(byScore);
}

const top10 = (ranked: Scored[]) => diversify(ranked, { topSize: 10, maxPerCategory: 3, maxPlaces: 4 });
const indoorShare = (list: Scored[]) => list.filter((s) => s.candidate.setting === 'indoor').length / list.length;

describe('the feed ranking', () => {
  it('lifts indoor events when rain is expected at their hours, by at least 40 points of the top 10', () => {
    const dry = indoorShare(top10(rank(SET, 'sunny-summer')));
    const wet = indoorShare(top10(rank(SET, 'rainy-autumn-afternoon')));
    expect(wet - dry).toBeGreaterThanOrEqual(0.4);
    expect(wet).toBeGreaterThanOrEqual(0.8);
  });

  it('lifts outdoor events in sun and mild air above a forecast-free ranking', () => {
    const neutral = indoorShare(top10(rank(SET, null)));
    const sunny = indoorShare(top10(rank(SET, 'sunny-summer')));
    expect(1 - sunny).toBeGreaterThan(1 - neutral);
    expect(1 - sunny).toBeGreaterThanOrEqual(0.7);
  });

  it('removes outdoor events from the suggestions under a thunderstorm', () => {
    const ranked = rank(SET, 'thunderstorm');
    const top = top10(ranked);
    expect(top).toHaveLength(10);
    expect(top.every((s) => s.candidate.setting !== 'outdoor')).toBe(true);
    expect(ranked.filter((s) => s.suppressed).every((s) => s.candidate.setting === 'outdoor')).toBe(true);
  });

  it('explains a lifted indoor card with the rain and its hours', () => {
    const top = top10(rank(SET, 'rainy-autumn-afternoon'));
    const reason = top.find((s) => s.candidate.setting === 'indoor')?.reasons[0];
    expect(reason).toMatchObject({ kind: 'indoor-wet', condition: 'rain' });
  });

  it('keeps mixed venues neither lifted nor lowered by the weather', () => {
    const mixed = candidate(99, { setting: 'mixed', indoor: null });
    const [wet] = rank([mixed], 'rainy-autumn-afternoon');
    const [dry] = rank([mixed], 'sunny-summer');
    expect(wet?.parts.weather).toBe(0.5);
    expect(dry?.score).toBe(wet?.score);
  });

  it('ranks nearer events higher among equals, and says how far when near', () => {
    const here = { lat: 56.8777, lng: 14.8091 };
    const equal = [0, 1, 2, 3].map((i) => candidate(i * 8, { geo: { lat: 56.8777 + i * 0.01, lng: 14.8091 }, setting: null }));
    const ranked = rank(equal, null, { place: here });
    expect(ranked.map((s) => s.candidate.eventId)).toEqual(['e0', 'e8', 'e16', 'e24']);
    expect(ranked[0]?.reasons).toContainEqual({ kind: 'distance', metres: 0 });
  });

  it('lifts the categories a visitor chose while no category takes more than 3 of the top 10', () => {
    const interests = { ...NO_INTERESTS, categories: ['music'] };
    const top = top10(rank(SET, null, { interests }));
    const music = top.filter((s) => s.candidate.categories.includes('music'));
    expect(music).toHaveLength(3);
    expect(top.slice(0, 3).every((s) => s.candidate.categories.includes('music'))).toBe(true);
    expect(music[0]?.reasons[0]).toEqual({ kind: 'interest', category: 'music' });
    const perCategory = new Map<string, number>();
    for (const s of top) for (const c of s.candidate.categories) perCategory.set(c, (perCategory.get(c) ?? 0) + 1);
    expect(Math.max(...perCategory.values())).toBeLessThanOrEqual(3);
  });

  it('favours soon over far, and says when it starts within three hours', () => {
    const soon = candidate(1, { startsAt: NOW + 40 * 60, endsAt: NOW + 100 * 60, setting: null });
    const later = candidate(2, { startsAt: NOW + 30 * 3600, endsAt: NOW + 32 * 3600, setting: null });
    const [first, second] = rank([later, soon], null);
    expect(first?.candidate.eventId).toBe('e1');
    expect(first?.reasons).toContainEqual({ kind: 'starts-in', minutes: 40 });
    expect(second?.reasons).toEqual([]);
  });

  it('keeps places to at most 4 of the top 10, so what is on is not crowded out', () => {
    const places = Array.from({ length: 12 }, (_, i) =>
      candidate(100 + i, { kind: 'experience', startsAt: 0, endsAt: 4_102_444_800, categories: [`c${i}`], setting: null }),
    );
    const ranked = places.map((c) => scoreCandidate(c, { now: NOW, place: null, interests: NO_INTERESTS, weights: WEIGHTS, weather: null, open: { openNow: true, window: { from: NOW, to: NOW + 3600 } } }, null));
    // Events three days away score below a place that is open now.
    const later = SET.map((c) => ({ ...c, startsAt: c.startsAt + 3 * 86_400, endsAt: c.endsAt + 3 * 86_400 }));
    const all = [...ranked, ...rank(later, null)].sort(byScore);
    expect(all.slice(0, 5).every((s) => s.candidate.kind === 'experience')).toBe(true);
    const top = top10(all);
    expect(ranked[0]?.reasons).toEqual([{ kind: 'open-now' }]);
    expect(top.filter((s) => s.candidate.kind === 'experience')).toHaveLength(4);
  });
});
