import type { Reason } from '../feed/rank.js';
import { boostByWeather } from '../feed/search-boost.js';
import type { DateRanges, SearchPage, SectionedSearchPage } from '../search/ports.js';
import type { RouteDeps } from './route-deps.js';
import type { SearchInput } from './search-input.js';

/**
 * A search as the site runs it: the engine's page, then — for typed words, unless `weather=off` — near-equal matches
 * reordered by the weather at their own hours, with the reasons for the cards the weather favoured.
 */
export async function weatherAwareSearch(
  deps: RouteDeps,
  input: SearchInput,
  now: number,
  dateRanges?: DateRanges,
): Promise<{ result: SearchPage; reasons: Map<string, Reason[]> }> {
  const result = await deps.reader.search(input.query, now, dateRanges);
  if (!input.weatherBoost || !input.query.q) return { result, reasons: new Map() };
  const { site } = deps;
  const hours = { tz: site.timeZone, country: site.country, centre: site.centre };
  const boosted = boostByWeather(result.hits, { now, hours, weather: deps.weather, place: input.query.near });
  return { result: { ...result, hits: boosted.hits }, reasons: boosted.reasons };
}

/**
 * The search page's search: events and places apart (one round trip), each section's matches reordered by the weather
 * as `weatherAwareSearch` does, so a place never moves among the events.
 */
export async function weatherAwareSections(
  deps: RouteDeps,
  input: SearchInput,
  now: number,
  placesLimit: number,
  dateRanges?: DateRanges,
): Promise<{ result: SectionedSearchPage; reasons: Map<string, Reason[]> }> {
  const result = await deps.reader.searchSections(input.query, placesLimit, now, dateRanges);
  if (!input.weatherBoost || !input.query.q) return { result, reasons: new Map() };
  const { site } = deps;
  const ctx = { now, hours: { tz: site.timeZone, country: site.country, centre: site.centre }, weather: deps.weather, place: input.query.near };
  const events = boostByWeather(result.events.hits, ctx);
  const places = boostByWeather(result.places.hits, ctx);
  return {
    result: { ...result, events: { ...result.events, hits: events.hits }, places: { ...result.places, hits: places.hits } },
    reasons: new Map([...events.reasons, ...places.reasons]),
  };
}
