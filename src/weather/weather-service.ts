import type { AppConfig } from '../config/app-schema.js';
import { distanceMetres } from '../domain/geo.js';
import type { Logger } from '../logger.js';
import type { Forecast, WeatherPoint, WeatherSource } from './forecast.js';
import { fetchForecast, type OpenMeteoOptions } from './open-meteo.js';

export interface WeatherServiceOptions extends OpenMeteoOptions {
  points: readonly WeatherPoint[];
  /** How often forecasts are refreshed in the background. */
  refreshMs: number;
  /** Consecutive failed refreshes that open the breaker, and how long it stays open. */
  breakerFailures: number;
  breakerOpenMs: number;
  /** A place farther than this from every point gets no forecast. */
  maxDistanceM: number;
}

export interface WeatherService extends WeatherSource {
  /** One refresh of every point now (the schedule calls it; tests may too). Never throws. */
  refresh(): Promise<void>;
  start(): void;
  stop(): void;
  /** Requests sent to Open-Meteo since start (the bench prints it). */
  calls(): number;
}

/**
 * Forecasts kept in memory and refreshed in the background: a page never waits on Open-Meteo. A failed refresh keeps
 * the last good forecasts; repeated failures open a breaker (one warning per opening, one line when it recovers) so a
 * dead Open-Meteo costs neither requests nor log volume.
 */
export function createWeatherService(opts: WeatherServiceOptions, logger: Logger, now: () => number): WeatherService {
  const log = logger.child({ module: 'weather' });
  const forecasts = new Map<string, Forecast>();
  let version = 0;
  let failures = 0;
  let openUntil = 0;
  let down = false;
  let calls = 0;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;

  const fetchAll = async () => {
    const results = await Promise.allSettled(
      opts.points.map((p) => {
        calls++;
        return fetchForecast(opts, p, now());
      }),
    );
    const fresh = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    for (const f of fresh) forecasts.set(f.point.id, f);
    if (fresh.length) version++;
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    return { ok: fresh.length > 0, reason: failed ? String((failed.reason as Error).message) : null };
  };

  const refreshOnce = async () => {
    if (Date.now() < openUntil) return;
    const { ok, reason } = await fetchAll();
    if (ok) {
      if (down) log.info({ points: forecasts.size }, 'weather: Open-Meteo answers again');
      failures = 0;
      down = false;
      return;
    }
    failures++;
    if (failures >= opts.breakerFailures) {
      openUntil = Date.now() + opts.breakerOpenMs;
      failures = 0;
      // One line per opening: a long outage logs once per breaker period, not once per request or refresh.
      log.warn({ reason, retryInMs: opts.breakerOpenMs, keptForecasts: forecasts.size }, 'weather: Open-Meteo unavailable, breaker open; pages use the last good forecast or none');
      down = true;
    }
  };

  return {
    refresh: () => {
      running ??= refreshOnce().finally(() => {
        running = null;
      });
      return running;
    },
    start() {
      if (timer) return;
      void this.refresh();
      timer = setInterval(() => void this.refresh(), opts.refreshMs);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
    calls: () => calls,
    version: () => String(version),
    forecastNear(place) {
      const target = place ?? opts.points[0];
      if (!target) return null;
      let best: { f: Forecast; d: number } | null = null;
      for (const f of forecasts.values()) {
        const d = distanceMetres(target, f.point);
        if (d <= opts.maxDistanceM && (!best || d < best.d)) best = { f, d };
      }
      return best?.f ?? null;
    },
  };
}

/** A weather source that never has a forecast: the feed is neutral on weather (tests, weather turned off). */
export const NO_WEATHER: WeatherSource = { forecastNear: () => null, version: () => 'none' };

/** The weather service the config asks for, or null when weather is turned off. */
export function weatherFromConfig(app: AppConfig, logger: Logger, now: () => number): WeatherService | null {
  const w = app.weather;
  if (!w.enabled) return null;
  return createWeatherService(
    {
      baseUrl: w.url,
      apiKey: w.apiKey,
      timeoutMs: w.timeoutMs,
      forecastDays: w.forecastDays,
      timeZone: app.site.timeZone,
      points: w.points,
      refreshMs: w.refreshMinutes * 60_000,
      breakerFailures: w.breakerFailures,
      breakerOpenMs: w.breakerOpenMinutes * 60_000,
      maxDistanceM: w.maxDistanceKm * 1000,
    },
    logger,
    now,
  );
}
