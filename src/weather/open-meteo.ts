import { request } from 'undici';
import { z } from 'zod';
import { AppError } from '../errors.js';
import type { Forecast, HourWeather, WeatherPoint } from './forecast.js';

/** What the client needs from config (`weather` section). */
export interface OpenMeteoOptions {
  /** `https://api.open-meteo.com`, the paid `https://customer-api.open-meteo.com`, or a self-hosted server. */
  baseUrl: string;
  apiKey: string | null;
  timeoutMs: number;
  forecastDays: number;
  timeZone: string;
}

const HOURLY = [
  'temperature_2m',
  'apparent_temperature',
  'precipitation',
  'precipitation_probability',
  'weather_code',
  'wind_speed_10m',
  'is_day',
] as const;
const CURRENT = ['temperature_2m', 'apparent_temperature', 'precipitation', 'weather_code', 'wind_speed_10m', 'is_day'] as const;
/** A week of hourly data is ~15 KB; anything far larger is not a forecast. */
const MAX_BYTES = 1_000_000;

const num = z.number().finite().nullable();
const series = z.array(num);
const responseSchema = z.object({
  current: z
    .object({
      time: z.number().int(),
      temperature_2m: num,
      apparent_temperature: num,
      precipitation: num,
      weather_code: num,
      wind_speed_10m: num,
      is_day: num,
    })
    .partial({ temperature_2m: true, apparent_temperature: true, precipitation: true, weather_code: true, wind_speed_10m: true, is_day: true })
    .optional(),
  hourly: z
    .object({
      time: z.array(z.number().int()).min(1).max(24 * 16),
      temperature_2m: series,
      apparent_temperature: series,
      precipitation: series,
      precipitation_probability: series,
      weather_code: series,
      wind_speed_10m: series,
      is_day: series,
    })
    .refine((h) => HOURLY.every((k) => h[k].length === h.time.length), 'every hourly series must be as long as `time`'),
});
type Response = z.infer<typeof responseSchema>;

/** The forecast URL for one point: hourly values as epoch seconds, wind in m/s. */
export function forecastUrl(opts: OpenMeteoOptions, point: WeatherPoint): string {
  const url = new URL('/v1/forecast', opts.baseUrl);
  url.search = new URLSearchParams({
    latitude: point.lat.toFixed(4),
    longitude: point.lng.toFixed(4),
    hourly: HOURLY.join(','),
    current: CURRENT.join(','),
    timezone: opts.timeZone,
    forecast_days: String(opts.forecastDays),
    wind_speed_unit: 'ms',
    timeformat: 'unixtime',
    ...(opts.apiKey ? { apikey: opts.apiKey } : {}),
  }).toString();
  return url.toString();
}

function hourAt(h: Response['hourly'], i: number): HourWeather {
  const isDay = h.is_day[i];
  return {
    time: h.time[i] as number,
    temperature: h.temperature_2m[i] ?? null,
    apparentTemperature: h.apparent_temperature[i] ?? null,
    precipitation: h.precipitation[i] ?? null,
    precipitationProbability: h.precipitation_probability[i] ?? null,
    weatherCode: h.weather_code[i] ?? null,
    windSpeed: h.wind_speed_10m[i] ?? null,
    isDay: isDay === null || isDay === undefined ? null : isDay === 1,
  };
}

function currentOf(c: Response['current']): HourWeather | null {
  if (!c) return null;
  return {
    time: c.time,
    temperature: c.temperature_2m ?? null,
    apparentTemperature: c.apparent_temperature ?? null,
    precipitation: c.precipitation ?? null,
    precipitationProbability: null,
    weatherCode: c.weather_code ?? null,
    windSpeed: c.wind_speed_10m ?? null,
    isDay: c.is_day === null || c.is_day === undefined ? null : c.is_day === 1,
  };
}

/** A validated Open-Meteo answer → our forecast; throws WEATHER_UNAVAILABLE naming what was wrong. */
export function parseForecast(body: unknown, point: WeatherPoint, fetchedAt: number): Forecast {
  const parsed = responseSchema.safeParse(body);
  if (!parsed.success) throw new AppError('WEATHER_UNAVAILABLE', `Open-Meteo answer not understood: ${z.prettifyError(parsed.error).slice(0, 300)}`);
  const h = parsed.data.hourly;
  return { point, fetchedAt, current: currentOf(parsed.data.current), hours: h.time.map((_, i) => hourAt(h, i)) };
}

/** Fetches one point's forecast within the deadline (the whole request, body included). */
export async function fetchForecast(opts: OpenMeteoOptions, point: WeatherPoint, fetchedAt: number): Promise<Forecast> {
  let text: string;
  try {
    const res = await request(forecastUrl(opts, point), {
      signal: AbortSignal.timeout(opts.timeoutMs),
      headers: { accept: 'application/json', 'user-agent': 'Upptack/0.1 (weather for event suggestions)' },
    });
    if (res.statusCode !== 200) {
      await res.body.dump();
      throw new AppError('WEATHER_UNAVAILABLE', `Open-Meteo answered HTTP ${res.statusCode}`);
    }
    const length = Number(res.headers['content-length'] ?? 0);
    if (length > MAX_BYTES) {
      await res.body.dump();
      throw new AppError('WEATHER_UNAVAILABLE', `Open-Meteo answer too large (${length} bytes)`);
    }
    text = await res.body.text();
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('WEATHER_UNAVAILABLE', `Open-Meteo not reachable: ${(err as Error).message}`, { cause: err });
  }
  if (text.length > MAX_BYTES) throw new AppError('WEATHER_UNAVAILABLE', 'Open-Meteo answer too large');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (err) {
    throw new AppError('WEATHER_UNAVAILABLE', 'Open-Meteo answer is not JSON', { cause: err });
  }
  return parseForecast(body, point, fetchedAt);
}
