import type { AppConfig } from '../config/app-schema.js';
import { emptySelection, type FacetSelection } from '../domain/facets.js';
import type { LatLng } from '../domain/geo.js';
import { distanceMetres } from '../domain/geo.js';
import type { Logger } from '../logger.js';
import type { Candidate, CandidateQuery, EventReader } from '../search/ports.js';
import type { Forecast, WeatherSource } from '../weather/forecast.js';
import { hasInterests, type Interests, NO_INTERESTS } from './interests.js';
import type { HoursContext } from './open-hours.js';
import { byScore, diversify, type Scored, scoreCandidate } from './rank.js';
import { type FeedSection, sectionWindows, toSections } from './sections.js';
import { visitOf } from './visit.js';

/** One visitor's question. Nothing in it is stored or logged. */
export interface FeedRequest {
  place: LatLng | null;
  interests: Interests;
  /** Extra filters (the API's parameters); none on the home page. */
  facets?: FacetSelection;
}

export interface Feed {
  now: number;
  /** "Förslag för dig": the best cards across the whole horizon, diversified. */
  top: Scored[];
  sections: FeedSection[];
  /** The forecast for the visitor's place (or the centre), for the weather strip. */
  forecast: Forecast | null;
  /** False for the neutral feed (no place, no interests, no filters), which is the same for everyone. */
  personal: boolean;
}

export interface FeedService {
  feed(request: FeedRequest, now: number): Promise<Feed>;
}

export interface FeedDeps {
  reader: EventReader;
  weather: WeatherSource;
  config: AppConfig['feed'];
  tz: string;
  /** How places' opening hours are read (zone, country for public holidays, a default point). */
  hours: HoursContext;
  logger: Logger;
}

const DAY = 86_400;
/** How long the index's version is trusted before asking again. */
const INDEX_VERSION_TTL_S = 5;

function candidateQueries(req: FeedRequest, now: number, deps: FeedDeps): CandidateQuery[] {
  const base = { ...emptySelection(), ...req.facets, ...(req.interests.freeOnly ? { free: ['true'] } : {}) };
  const events = { ...base, kind: ['event'] };
  const limit = deps.config.candidatesPerWindow;
  const near = req.place ? { lat: req.place.lat, lng: req.place.lng } : null;
  const w = sectionWindows(now, deps.tz);
  const windows = [{ from: now, to: now + deps.config.horizonDays * DAY }, w.soon, w.tonight, w.weekend].filter((x) => x.from < x.to);
  return [
    ...windows.map((window) => ({ window, facets: events, near, limit })),
    // Places open today: asked apart, or thousands of always-open places would crowd out the dated events.
    { window: { from: now, to: now + DAY }, facets: { ...base, kind: ['experience'] }, near, limit },
  ];
}

function unique(lists: Candidate[][]): Candidate[] {
  const seen = new Map<string, Candidate>();
  for (const list of lists) for (const c of list) if (!seen.has(c.eventId)) seen.set(c.eventId, c);
  return [...seen.values()];
}

function scoreAll(candidates: Candidate[], req: FeedRequest, now: number, deps: FeedDeps): Scored[] {
  return candidates.map((c) => {
    const { open, weather } = visitOf(c, now, deps.hours, deps.weather, req.place);
    const distanceM = req.place && c.geo ? Math.round(distanceMetres(req.place, c.geo)) : null;
    return scoreCandidate(c, { now, place: req.place, interests: req.interests, weights: deps.config.weights, weather, open }, distanceM);
  });
}

/**
 * Asks the index for candidates (one round trip), judges each by the weather at its own hours, ranks them in our code
 * and sorts them into sections. The neutral feed is cached briefly: it is the same for everyone until the clock, the
 * index or the forecast moves on.
 */
export function createFeedService(deps: FeedDeps): FeedService {
  let indexVersion = { value: '', checkedAt: -Infinity };
  const neutral = new Map<string, { feed: Feed; until: number }>();

  const currentIndexVersion = async (now: number) => {
    if (now - indexVersion.checkedAt < INDEX_VERSION_TTL_S) return indexVersion.value;
    const value = await deps.reader.indexVersion().catch(() => 'unknown');
    indexVersion = { value, checkedAt: now };
    return value;
  };

  const compute = async (req: FeedRequest, now: number, personal: boolean): Promise<Feed> => {
    const lists = await deps.reader.candidates(candidateQueries(req, now, deps), now);
    const ranked = scoreAll(unique(lists), req, now, deps).sort(byScore);
    const top = diversify(ranked, deps.config);
    const sections = toSections(ranked, now, deps.tz, deps.config.sectionSize, new Set(top.map((s) => s.candidate.eventId)));
    return { now, top, sections, forecast: deps.weather.forecastNear(req.place), personal };
  };

  return {
    async feed(req, now) {
      const facets = req.facets ? Object.values(req.facets).some((v) => v.length > 0) : false;
      const personal = req.place !== null || hasInterests(req.interests) || facets;
      if (personal || deps.config.neutralCacheSeconds === 0) return compute(req, now, personal);
      const key = `${deps.weather.version()}|${await currentIndexVersion(now)}`;
      const hit = neutral.get(key);
      if (hit && now < hit.until) return hit.feed;
      const feed = await compute({ place: null, interests: NO_INTERESTS }, now, false);
      neutral.clear();
      neutral.set(key, { feed, until: now + deps.config.neutralCacheSeconds });
      return feed;
    },
  };
}
