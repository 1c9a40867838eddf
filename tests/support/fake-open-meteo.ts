import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../src/logger.js';
import { createWeatherService, type WeatherService, type WeatherServiceOptions } from '../../src/weather/weather-service.js';
import { quietLogger } from './engine.js';
import { ANCHOR_NOW } from './http.js';
import { openMeteoBody, type Scenario } from './weather-scenarios.js';

/** What the fake answers: a weather scenario, broken JSON, a 500, or nothing at all (hangs until closed). */
export type FakeMode = Scenario | 'malformed' | 'server-error' | 'hang';

export interface FakeOpenMeteo {
  url: string;
  /** Requests received, by path and query (the tests check what was asked). */
  requests: URL[];
  setMode(mode: FakeMode): void;
  close(): Promise<void>;
}

/**
 * A local stand-in for Open-Meteo's /v1/forecast on 127.0.0.1. Forecasts start at `start` (epoch seconds), so the
 * tests' fixed clock and the forecast hours agree.
 */
export async function startFakeOpenMeteo(start: number, mode: FakeMode = 'sunny-summer'): Promise<FakeOpenMeteo> {
  let current = mode;
  const requests: URL[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    requests.push(url);
    if (url.pathname !== '/v1/forecast') return void res.writeHead(404).end();
    if (current === 'hang') return;
    if (current === 'server-error') return void res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":true,"reason":"down"}');
    if (current === 'malformed') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"hourly": {"time": [1, 2');
    const days = Number(url.searchParams.get('forecast_days') ?? 7);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(openMeteoBody(current, start, days)));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setMode: (m) => {
      current = m;
    },
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** A fake Open-Meteo and a weather service reading it at the tests' fixed clock; `use` switches the weather. */
export interface TestWeather {
  fake: FakeOpenMeteo;
  weather: WeatherService;
  use(mode: FakeMode): Promise<void>;
  close(): Promise<void>;
}

/** The anchor day's midnight in Stockholm: forecasts start there, so the fixed clock falls inside them. */
export const FORECAST_START = ANCHOR_NOW - 9 * 3600;

/** A weather service's options for tests: one point (the centre), a short deadline, no background refresh. */
export function testWeatherOptions(baseUrl: string): WeatherServiceOptions {
  return {
    baseUrl, apiKey: null, timeoutMs: 500, forecastDays: 7, timeZone: 'Europe/Stockholm',
    points: [{ id: 'vaxjo', name: 'Växjö', lat: 56.8777, lng: 14.8091 }],
    refreshMs: 3_600_000, breakerFailures: 2, breakerOpenMs: 60_000, maxDistanceM: 40_000,
  };
}

export async function startTestWeather(mode: FakeMode = 'sunny-summer', logger: Logger = quietLogger): Promise<TestWeather> {
  const fake = await startFakeOpenMeteo(FORECAST_START, mode);
  const weather = createWeatherService(testWeatherOptions(fake.url), logger, () => ANCHOR_NOW);
  return {
    fake,
    weather,
    async use(m) {
      fake.setMode(m);
      await weather.refresh();
    },
    close: () => fake.close(),
  };
}
