import type { LatLng } from '../domain/geo.js';
import type { EventSummary } from '../search/ports.js';
import type { WeatherSource } from '../weather/forecast.js';
import { type WindowWeather, weatherOver } from '../weather/weather-fit.js';
import { type HoursContext, type OpenToday, openToday } from './open-hours.js';

const ALL_WEEK = [1, 2, 3, 4, 5, 6, 7];

export interface Visit {
  /** For places: whether and when they are open today. */
  open: OpenToday | null;
  /** The weather over the visit's own hours (null: no forecast reaches them, or a place closed today). */
  weather: WindowWeather | null;
}

/**
 * When a visit would happen and the weather then: an event over its own hours (from now if it is on), a place over
 * the rest of today's opening. The forecast is the one nearest the event, else nearest the visitor.
 */
export function visitOf(
  c: Pick<EventSummary, 'kind' | 'startsAt' | 'endsAt' | 'openingHours' | 'geo'> & { openWeekdays?: number[] },
  now: number,
  hours: HoursContext,
  weather: WeatherSource,
  place: LatLng | null,
): Visit {
  const open = c.kind === 'experience' ? openToday({ ...c, openWeekdays: c.openWeekdays ?? ALL_WEEK }, now, hours) : null;
  const window = c.kind === 'experience' ? open?.window : { from: Math.max(now, c.startsAt), to: c.endsAt };
  const forecast = weather.forecastNear(c.geo ?? place);
  return { open, weather: forecast && window ? weatherOver(forecast, window.from, window.to) : null };
}
