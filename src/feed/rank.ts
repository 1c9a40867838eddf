import type { LatLng } from '../domain/geo.js';
import type { Candidate } from '../search/ports.js';
import type { Condition } from '../weather/conditions.js';
import type { WindowWeather } from '../weather/weather-fit.js';
import type { Interests } from './interests.js';
import type { OpenToday } from './open-hours.js';

/*
 * The feed's ranking, pure: candidates + the weather at each one's hours + now + place + interests → a score per
 * card with the reasons that lifted it. Each part is 0–1 and weighted by config; a part that says nothing for this
 * visitor (no place, no interests, no forecast) is the same for every card, so it never reorders them.
 */

export interface FeedWeights {
  interest: number;
  time: number;
  place: number;
  weather: number;
}

/** Why a card is where it is, in data; the web turns it into words ("Inomhus – regn väntas 14–17"). */
export type Reason =
  | { kind: 'indoor-wet'; condition: Condition; from: number; to: number }
  | { kind: 'outdoor-fine'; temperature: number | null }
  | { kind: 'ongoing' }
  | { kind: 'open-now' }
  | { kind: 'starts-in'; minutes: number }
  | { kind: 'distance'; metres: number }
  | { kind: 'interest'; category: string }
  | { kind: 'audience'; audience: string }
  | { kind: 'learned'; category: string };

export interface Parts {
  interest: number;
  time: number;
  place: number;
  weather: number;
}

export interface Scored {
  candidate: Candidate;
  score: number;
  parts: Parts;
  reasons: Reason[];
  /** Outdoors under a thunderstorm or storm wind: never among the suggestions. */
  suppressed: boolean;
  /** The weather over the visit's hours (null: no forecast reaches them). */
  weather: WindowWeather | null;
  /** Metres from the visitor's place (null: no place given, or the event has no coordinates). */
  distanceM: number | null;
}

/** What one card is judged with; the service looks the weather and opening up for it. */
export interface CardContext {
  now: number;
  place: LatLng | null;
  interests: Interests;
  weights: FeedWeights;
  weather: WindowWeather | null;
  /** For experiences: whether and when they are open today. */
  open: OpenToday | null;
}

const HOUR = 3600;
/** Time decay: a day away counts half as much as now. */
const TIME_HALF_LIFE_H = 24;
/** Distance decay: 2 km away counts about a third as much as next door (the city is 5 km across). */
const DISTANCE_SCALE_M = 2000;
/** Distances shown as a reason up to this far. */
const NEAR_REASON_M = 2000;
/** An outdoor visit this suited to the weather says so. */
const FINE_FIT = 0.75;

function timePart(c: Candidate, ctx: CardContext): { value: number; reasons: Reason[] } {
  // A place is always there: open now it counts like an event about a day away, so places fill the list only
  // when little is on (the diversity rule also caps them).
  if (c.kind === 'experience') {
    if (!ctx.open?.window) return { value: 0.1, reasons: [] };
    if (ctx.open.openNow) return { value: 0.5, reasons: [{ kind: 'open-now' }] };
    return { value: 0.35, reasons: [] };
  }
  if (c.startsAt <= ctx.now && ctx.now < c.endsAt) return { value: 1, reasons: [{ kind: 'ongoing' }] };
  const hours = Math.max(0, c.startsAt - ctx.now) / HOUR;
  const minutes = Math.round(hours * 60);
  return { value: 0.5 ** (hours / TIME_HALF_LIFE_H), reasons: minutes <= 180 ? [{ kind: 'starts-in', minutes }] : [] };
}

function placePart(distanceM: number | null): { value: number; reasons: Reason[] } {
  if (distanceM === null) return { value: 0, reasons: [] };
  return { value: Math.exp(-distanceM / DISTANCE_SCALE_M), reasons: distanceM <= NEAR_REASON_M ? [{ kind: 'distance', metres: distanceM }] : [] };
}

function interestPart(c: Candidate, interests: Interests): { value: number; reasons: Reason[] } {
  const chosen = c.categories.find((id) => interests.categories.includes(id));
  if (chosen) return { value: 1, reasons: [{ kind: 'interest', category: chosen }] };
  const audience = c.audience.find((id) => interests.audience.includes(id));
  if (audience) return { value: 0.8, reasons: [{ kind: 'audience', audience }] };
  const max = Math.max(0, ...Object.values(interests.learned));
  if (max === 0) return { value: 0, reasons: [] };
  const best = c.categories.reduce<{ id: string; n: number } | null>((b, id) => {
    const n = interests.learned[id] ?? 0;
    return n > (b?.n ?? 0) ? { id, n } : b;
  }, null);
  if (!best) return { value: 0, reasons: [] };
  return { value: 0.6 * (best.n / max), reasons: [{ kind: 'learned', category: best.id }] };
}

/** Neutral weather: neither lifted nor lowered (no forecast, mixed or unknown setting). */
export const NEUTRAL = 0.5;

/** 0–1: how much the weather over the visit favours it (0.5 neutral), the reasons, and whether it is ruled out. */
export function weatherPart(c: Pick<Candidate, 'setting'>, w: WindowWeather | null): { value: number; reasons: Reason[]; suppressed: boolean } {
  if (!w || c.setting === null || c.setting === 'mixed') return { value: NEUTRAL, reasons: [], suppressed: false };
  if (c.setting === 'outdoor') {
    if (w.severe) return { value: 0, reasons: [], suppressed: true };
    return { value: w.fit, reasons: w.fit >= FINE_FIT ? [{ kind: 'outdoor-fine', temperature: w.apparentTemperature }] : [], suppressed: false };
  }
  // Indoors: the worse it is outside, the better a roof. Fine weather lowers it a little, never to nothing.
  const value = 1 - 0.6 * w.fit;
  const reasons: Reason[] = w.wet ? [{ kind: 'indoor-wet', condition: w.wet.condition, from: w.wet.from, to: w.wet.to }] : [];
  return { value, reasons, suppressed: false };
}

/** One candidate's score and the reasons behind it, strongest first. */
export function scoreCandidate(c: Candidate, ctx: CardContext, distanceM: number | null): Scored {
  const interest = interestPart(c, ctx.interests);
  const time = timePart(c, ctx);
  const place = placePart(distanceM);
  const weather = weatherPart(c, ctx.weather);
  const w = ctx.weights;
  const parts = { interest: interest.value, time: time.value, place: place.value, weather: weather.value };
  const score = w.interest * parts.interest + w.time * parts.time + w.place * parts.place + w.weather * parts.weather;
  // Reasons in order of what they added to the score.
  const reasons = [
    { r: weather.reasons, v: w.weather * (weather.value - NEUTRAL) * 2 },
    { r: interest.reasons, v: w.interest * interest.value },
    { r: place.reasons, v: w.place * place.value },
    { r: time.reasons, v: w.time * time.value },
  ]
    .filter((x) => x.r.length > 0)
    .sort((a, b) => b.v - a.v)
    .flatMap((x) => x.r);
  return { candidate: c, score: weather.suppressed ? -1 : score, parts, reasons, suppressed: weather.suppressed, weather: ctx.weather, distanceM };
}

/** Highest score first; ties by the sooner start, then the title, so equal inputs always give the same order. */
export function byScore(a: Scored, b: Scored): number {
  return b.score - a.score || a.candidate.startsAt - b.candidate.startsAt || a.candidate.title.localeCompare(b.candidate.title, 'sv');
}

/** How varied the suggestions must be. */
export interface Diversity {
  topSize: number;
  /** At most this many cards sharing any one category. */
  maxPerCategory: number;
  /** At most this many places (experiences): the list is about what is on, and places are always there. */
  maxPlaces: number;
}

/**
 * The best `topSize` cards with at most `maxPerCategory` sharing any one category, so a music-heavy week still shows
 * more than concerts, and at most `maxPlaces` places. When too few others exist, the held-back cards fill the list
 * in score order.
 */
export function diversify(ranked: readonly Scored[], { topSize: size, maxPerCategory, maxPlaces }: Diversity): Scored[] {
  const picked: Scored[] = [];
  const held: Scored[] = [];
  const counts = new Map<string, number>();
  let places = 0;
  for (const s of ranked) {
    if (picked.length >= size) break;
    if (s.suppressed) continue;
    const place = s.candidate.kind === 'experience';
    if ((place && places >= maxPlaces) || s.candidate.categories.some((id) => (counts.get(id) ?? 0) >= maxPerCategory)) {
      held.push(s);
      continue;
    }
    picked.push(s);
    if (place) places++;
    for (const id of s.candidate.categories) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...picked, ...held].slice(0, size);
}
