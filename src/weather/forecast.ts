/** Weather for one hour at one place, as the feed uses it (units: °C, mm, %, m/s). Null: the source did not say. */
export interface HourWeather {
  /** Epoch seconds at the start of the hour. */
  time: number;
  temperature: number | null;
  apparentTemperature: number | null;
  /** Millimetres in the hour. */
  precipitation: number | null;
  /** 0–100. */
  precipitationProbability: number | null;
  /** WMO weather interpretation code. */
  weatherCode: number | null;
  /** Metres per second, 10 m above ground. */
  windSpeed: number | null;
  isDay: boolean | null;
}

/** A named point of the municipality that has its own forecast (the centre, the large villages). */
export interface WeatherPoint {
  id: string;
  name: string;
  lat: number;
  lng: number;
}

export interface Forecast {
  point: WeatherPoint;
  /** When it was fetched (epoch seconds). */
  fetchedAt: number;
  current: HourWeather | null;
  /** Hourly, in time order. */
  hours: HourWeather[];
}

/** What the feed may ask about the weather: answered from memory, never waiting on the network. */
export interface WeatherSource {
  /** The last good forecast for the point nearest to a place (null: none yet, or the nearest point has none). */
  forecastNear(place: { lat: number; lng: number } | null): Forecast | null;
  /** Changes whenever any forecast changes (caches key on it). */
  version(): string;
}
