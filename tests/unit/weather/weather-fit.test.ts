import { describe, expect, it } from 'vitest';
import { conditionOf } from '../../../src/weather/conditions.js';
import type { HourWeather } from '../../../src/weather/forecast.js';
import { parseForecast } from '../../../src/weather/open-meteo.js';
import { outdoorFit, weatherOver } from '../../../src/weather/weather-fit.js';
import { openMeteoBody } from '../../support/weather-scenarios.js';

const point = { id: 'vaxjo', name: 'Växjö', lat: 56.8777, lng: 14.8091 };
/** Saturday 10 January 2026, 00:00 in Stockholm. */
const SATURDAY = Date.UTC(2026, 0, 9, 23) / 1000;
const at = (hour: number) => SATURDAY + hour * 3600;

function hour(over: Partial<HourWeather>): HourWeather {
  return { time: 0, temperature: 20, apparentTemperature: 20, precipitation: 0, precipitationProbability: 0, weatherCode: 0, windSpeed: 2, isDay: true, ...over };
}

describe('weather in words', () => {
  it('maps WMO codes to conditions', () => {
    expect([0, 2, 45, 53, 63, 81, 73, 86, 95, 99].map(conditionOf)).toEqual([
      'clear', 'cloudy', 'fog', 'drizzle', 'rain', 'rain', 'snow', 'snow', 'thunderstorm', 'thunderstorm',
    ]);
    expect(conditionOf(null)).toBeNull();
  });
});

describe('outdoor fit', () => {
  it('is best on a mild dry day and falls with rain, cold, wind and darkness', () => {
    const fine = outdoorFit(hour({}));
    expect(fine).toBeGreaterThan(0.95);
    expect(outdoorFit(hour({ precipitation: 3, precipitationProbability: 90, weatherCode: 63 }))).toBeLessThan(0.3);
    expect(outdoorFit(hour({ apparentTemperature: -18 }))).toBeLessThan(0.3);
    expect(outdoorFit(hour({ windSpeed: 14 }))).toBeLessThan(0.7);
    expect(outdoorFit(hour({ isDay: false }))).toBeLessThan(fine);
  });

  it('weighs rain by its probability', () => {
    const likely = outdoorFit(hour({ precipitation: 2, precipitationProbability: 90, weatherCode: 61 }));
    const unlikely = outdoorFit(hour({ precipitation: 2, precipitationProbability: 10, weatherCode: 61 }));
    expect(unlikely).toBeGreaterThan(likely + 0.3);
  });

  it('rules out thunderstorms and storm wind whatever else', () => {
    expect(outdoorFit(hour({ weatherCode: 95 }))).toBe(0);
    expect(outdoorFit(hour({ windSpeed: 19 }))).toBe(0);
  });
});

describe('the weather over a visit', () => {
  const rainy = parseForecast(openMeteoBody('rainy-autumn-afternoon', SATURDAY), point, SATURDAY);

  it('judges each visit by its own hours, not by now', () => {
    const morning = weatherOver(rainy, at(9), at(11));
    const afternoon = weatherOver(rainy, at(14), at(17));
    expect(morning?.wet).toBeNull();
    expect(afternoon?.wet).toEqual({ from: at(14), to: at(17), condition: 'rain' });
    expect((morning?.fit ?? 0) - (afternoon?.fit ?? 0)).toBeGreaterThan(0.3);
  });

  it('names the first wet run inside the visit ("rain expected 12–22")', () => {
    expect(weatherOver(rainy, at(10), at(23))?.wet).toEqual({ from: at(12), to: at(22), condition: 'rain' });
  });

  it('says nothing beyond the forecast', () => {
    expect(weatherOver(rainy, at(24 * 8), at(24 * 8 + 2))).toBeNull();
  });

  it('flags a thunderstorm anywhere in the visit as severe', () => {
    const storm = parseForecast(openMeteoBody('thunderstorm', SATURDAY), point, SATURDAY);
    expect(weatherOver(storm, at(8), at(9))?.severe).toBe(false);
    expect(weatherOver(storm, at(9), at(12))?.severe).toBe(true);
  });
});

describe('reading Open-Meteo answers', () => {
  it('reads every hourly series and the current weather', () => {
    const f = parseForecast(openMeteoBody('snow-cold', SATURDAY, 3), point, SATURDAY);
    expect(f.hours).toHaveLength(72);
    expect(f.hours[0]).toMatchObject({ time: SATURDAY, temperature: -12, apparentTemperature: -18, weatherCode: 73, isDay: false });
    expect(f.current).toMatchObject({ temperature: -12, weatherCode: 73 });
  });

  it('refuses answers of the wrong shape with a clear error, and accepts nulls inside series', () => {
    const body = openMeteoBody('sunny-summer', SATURDAY, 1) as { hourly: Record<string, unknown[]> };
    expect(() => parseForecast({ ...body, hourly: { ...body.hourly, weather_code: [1] } }, point, 0)).toThrow(/as long as/);
    expect(() => parseForecast({ error: true, reason: 'Quota exceeded' }, point, 0)).toThrow(/not understood/);
    expect(() => parseForecast('<html>', point, 0)).toThrow(/not understood/);
    const withNulls = { ...body, hourly: { ...body.hourly, precipitation_probability: body.hourly.precipitation_probability?.map(() => null) } };
    expect(parseForecast(withNulls, point, 0).hours[0]?.precipitationProbability).toBeNull();
  });
});
