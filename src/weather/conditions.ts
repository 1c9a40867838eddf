/** Weather in words a visitor understands, from WMO weather interpretation codes (Open-Meteo's `weather_code`). */
export const CONDITIONS = ['clear', 'cloudy', 'fog', 'drizzle', 'rain', 'snow', 'thunderstorm'] as const;
export type Condition = (typeof CONDITIONS)[number];

/** WMO 4677 as Open-Meteo documents it: 0 clear … 95–99 thunderstorm. Unknown codes count as cloudy. */
export function conditionOf(code: number | null): Condition | null {
  if (code === null) return null;
  if (code <= 1) return 'clear';
  if (code <= 3) return 'cloudy';
  if (code === 45 || code === 48) return 'fog';
  if (code >= 51 && code <= 57) return 'drizzle';
  if ((code >= 61 && code <= 67) || (code >= 80 && code <= 82)) return 'rain';
  if ((code >= 71 && code <= 77) || code === 85 || code === 86) return 'snow';
  if (code >= 95 && code <= 99) return 'thunderstorm';
  return 'cloudy';
}

/** Conditions that make being outdoors worse, for explanations ("regn väntas 14–17"). */
export function isWet(condition: Condition | null): boolean {
  return condition === 'drizzle' || condition === 'rain' || condition === 'snow' || condition === 'thunderstorm';
}
