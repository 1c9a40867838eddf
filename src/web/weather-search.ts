import type { Reason } from '../feed/rank.js';
import { boostByWeather } from '../feed/search-boost.js';
import type { DateRanges, SearchPage } from '../search/ports.js';
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
