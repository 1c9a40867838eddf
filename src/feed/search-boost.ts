import type { LatLng } from '../domain/geo.js';
import type { EventSummary } from '../search/ports.js';
import type { WeatherSource } from '../weather/forecast.js';
import type { HoursContext } from './open-hours.js';
import { NEUTRAL, type Reason, weatherPart } from './rank.js';
import { visitOf } from './visit.js';

/**
 * How far the weather may move a typed search's hit, in the engine's relevance (0–1): two hits whose relevance
 * differs by less than twice this can swap; clearly better matches never move. Small on purpose: the query set's
 * success@3 must not drop (tests/integration/feed-search.test.ts).
 */
export const WEATHER_NUDGE = 0.02;

export interface BoostContext {
  now: number;
  hours: HoursContext;
  weather: WeatherSource;
  place: LatLng | null;
}

/**
 * A typed search's page, weather-aware: among near-equal matches, the ones suited to the weather at their own hours
 * come first (indoors when it rains then, outdoors in sun). Hits ordered by a sort (soonest, nearest, browsing)
 * have no relevance and keep their order. Returns the reasons for the cards the weather favoured.
 */
export function boostByWeather(hits: readonly EventSummary[], ctx: BoostContext): { hits: EventSummary[]; reasons: Map<string, Reason[]> } {
  const reasons = new Map<string, Reason[]>();
  if (hits.some((h) => h.relevance === null)) return { hits: [...hits], reasons };
  const keyed = hits.map((h, i) => {
    const part = weatherPart(h, visitOf(h, ctx.now, ctx.hours, ctx.weather, ctx.place).weather);
    if (part.value > NEUTRAL && part.reasons.length) reasons.set(h.id, part.reasons);
    const nudge = part.suppressed ? -WEATHER_NUDGE : WEATHER_NUDGE * 2 * (part.value - NEUTRAL);
    return { h, i, key: (h.relevance ?? 0) + nudge };
  });
  keyed.sort((a, b) => b.key - a.key || a.i - b.i);
  return { hits: keyed.map((k) => k.h), reasons };
}
