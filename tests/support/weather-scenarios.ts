/**
 * Open-Meteo answers in the shape `/v1/forecast?…&timeformat=unixtime` returns, for fixed weather scenarios: what the
 * fake Open-Meteo server serves and what unit tests parse. Hours run from `start` for `days` days.
 */
export type Scenario = 'sunny-summer' | 'rainy-autumn-afternoon' | 'snow-cold' | 'thunderstorm';

interface Hour {
  temperature: number;
  apparent: number;
  precipitation: number;
  probability: number;
  code: number;
  wind: number;
}

/** Local hour of day (0–23) in Stockholm for an epoch second; the scenarios only need winter time (UTC+1). */
const localHour = (t: number) => (Math.floor(t / 3600) + 1) % 24;

function hourOf(scenario: Scenario, t: number): Hour {
  const h = localHour(t);
  switch (scenario) {
    case 'sunny-summer':
      return { temperature: 23, apparent: 23, precipitation: 0, probability: 0, code: h >= 6 && h < 21 ? 0 : 1, wind: 3 };
    case 'rainy-autumn-afternoon': {
      const wet = h >= 12 && h < 22;
      return { temperature: 9, apparent: 6, precipitation: wet ? 2.4 : 0, probability: wet ? 90 : 10, code: wet ? 63 : 3, wind: 7 };
    }
    case 'snow-cold':
      return { temperature: -12, apparent: -18, precipitation: 0.6, probability: 70, code: 73, wind: 5 };
    case 'thunderstorm': {
      const storm = h >= 10 && h < 23;
      return { temperature: 19, apparent: 20, precipitation: storm ? 6 : 0.2, probability: storm ? 95 : 30, code: storm ? 95 : 3, wind: storm ? 14 : 5 };
    }
  }
}

export function openMeteoBody(scenario: Scenario, start: number, days = 7): Record<string, unknown> {
  const first = Math.floor(start / 3600) * 3600;
  const times = Array.from({ length: days * 24 }, (_, i) => first + i * 3600);
  const hours = times.map((t) => hourOf(scenario, t));
  const isDay = times.map((t) => (localHour(t) >= 8 && localHour(t) < 16 ? 1 : 0));
  const now = hourOf(scenario, start);
  return {
    latitude: 56.88,
    longitude: 14.81,
    utc_offset_seconds: 3600,
    timezone: 'Europe/Stockholm',
    current: {
      time: start,
      interval: 900,
      temperature_2m: now.temperature,
      apparent_temperature: now.apparent,
      precipitation: now.precipitation,
      weather_code: now.code,
      wind_speed_10m: now.wind,
      is_day: localHour(start) >= 8 && localHour(start) < 16 ? 1 : 0,
    },
    hourly: {
      time: times,
      temperature_2m: hours.map((h) => h.temperature),
      apparent_temperature: hours.map((h) => h.apparent),
      precipitation: hours.map((h) => h.precipitation),
      precipitation_probability: hours.map((h) => h.probability),
      weather_code: hours.map((h) => h.code),
      wind_speed_10m: hours.map((h) => h.wind),
      is_day: isDay,
    },
  };
}
