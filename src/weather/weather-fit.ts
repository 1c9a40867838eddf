import { type Condition, conditionOf, isWet } from './conditions.js';
import type { Forecast, HourWeather } from './forecast.js';

/*
 * How good the weather is for being outdoors, 0–1, after the University of Helsinki's WeatherBasedRecommender:
 * precipitation (amount × probability), a comfort band of the apparent temperature suited to Sweden, wind, daylight;
 * a thunderstorm or storm wind (≥ 18 m/s) makes outdoor events unsuitable outright. Pure: data in, numbers out.
 */

/** Wind from which nothing outdoors is suggested (m/s, "storm" in Swedish forecasts starts at 21; gusts do harm earlier). */
export const STORM_WIND = 18;

const clamp = (v: number, lo = 0, hi = 1) => Math.min(hi, Math.max(lo, v));

/** Comfort of the apparent temperature: best 18–28 °C, still pleasant at 10, poor below freezing. */
export function comfort(apparent: number | null): number {
  if (apparent === null) return 0.75;
  if (apparent >= 32) return 0.6;
  if (apparent >= 28) return 1 - ((apparent - 28) / 4) * 0.4;
  if (apparent >= 18) return 1;
  if (apparent >= 10) return 0.75 + ((apparent - 10) / 8) * 0.25;
  if (apparent >= 0) return 0.5 + (apparent / 10) * 0.25;
  if (apparent >= -10) return 0.3 + ((apparent + 10) / 10) * 0.2;
  return 0.2;
}

/** Expected precipitation in the hour: amount weighted by its probability (an unknown probability counts as certain). */
export function expectedPrecipitation(h: HourWeather): number {
  const mm = h.precipitation ?? 0;
  const p = h.precipitationProbability === null ? 1 : clamp(h.precipitationProbability / 100);
  return mm * p;
}

export function isSevere(h: HourWeather): boolean {
  return conditionOf(h.weatherCode) === 'thunderstorm' || (h.windSpeed ?? 0) >= STORM_WIND;
}

/** 0–1: how suited one hour is to being outdoors. */
export function outdoorFit(h: HourWeather): number {
  if (isSevere(h)) return 0;
  const wet = clamp(expectedPrecipitation(h) / 1.5);
  const condition = conditionOf(h.weatherCode);
  // A rainy code with a tiny expected amount still spoils a picnic a little.
  const rain = Math.min(1 - 0.85 * wet, isWet(condition) ? 0.8 : 1);
  const wind = h.windSpeed === null || h.windSpeed <= 6 ? 1 : 1 - ((h.windSpeed - 6) / (STORM_WIND - 6)) * 0.7;
  const daylight = h.isDay === false ? 0.75 : 1;
  return clamp(comfort(h.apparentTemperature) * rain * wind * daylight);
}

/** The weather over the hours of one visit. */
export interface WindowWeather {
  /** Mean outdoor fit over the hours. */
  fit: number;
  /** A thunderstorm or storm wind in any of the hours. */
  severe: boolean;
  /** The first run of wet hours (epoch seconds, end exclusive), for "regn väntas 14–17". */
  wet: { from: number; to: number; condition: Condition } | null;
  /** The mean apparent temperature, when known. */
  apparentTemperature: number | null;
}

/** Hours of a long visit judged: the first twelve (a festival day, not a week). */
const MAX_HOURS = 12;

/** The weather over [from, to) from the forecast's hours; null when the forecast does not reach that far. */
export function weatherOver(forecast: Forecast, from: number, to: number): WindowWeather | null {
  const end = Math.max(to, from + 3600);
  const hours = forecast.hours.filter((h) => h.time + 3600 > from && h.time < end).slice(0, MAX_HOURS);
  if (hours.length === 0) return null;
  const fits = hours.map(outdoorFit);
  const temps = hours.map((h) => h.apparentTemperature).filter((t): t is number => t !== null);
  return {
    fit: fits.reduce((a, b) => a + b, 0) / fits.length,
    severe: hours.some(isSevere),
    wet: firstWetRun(hours),
    apparentTemperature: temps.length ? temps.reduce((a, b) => a + b, 0) / temps.length : null,
  };
}

function firstWetRun(hours: HourWeather[]): WindowWeather['wet'] {
  const wetHour = (h: HourWeather) => isWet(conditionOf(h.weatherCode)) && expectedPrecipitation(h) >= 0.2;
  const start = hours.findIndex(wetHour);
  if (start < 0) return null;
  let end = start;
  while (end + 1 < hours.length && wetHour(hours[end + 1] as HourWeather)) end++;
  const first = hours[start] as HourWeather;
  return { from: first.time, to: (hours[end] as HourWeather).time + 3600, condition: conditionOf(first.weatherCode) ?? 'rain' };
}
