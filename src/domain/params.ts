/*
 * Reading untrusted request parameters (query strings and form bodies, as Express parses them): only strings count,
 * nothing throws. One place, so every route reads a list, a number or a coordinate the same way.
 */

/** Every string value of a parameter (repeated parameters give several; arrays and objects from `a[]=` are flattened). */
export function strings(raw: unknown): string[] {
  const values = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return values.filter((v): v is string => typeof v === 'string');
}

/** A list parameter: repeated (`?a=x&a=y`) or comma-separated (`?a=x,y`). */
export function list(raw: unknown): string[] {
  return strings(raw).flatMap((v) => v.split(','));
}

export function first(raw: unknown): string | undefined {
  return strings(raw)[0];
}

/** A database row's id as a path or form gives it: plain decimal digits only (not "1e0", "0x1" or " 1"), or null. */
export function positiveId(raw: unknown): number | null {
  const s = first(raw);
  return s !== undefined && /^[1-9]\d{0,14}$/.test(s) ? Number(s) : null;
}

/** A decimal degree within ±limit (90 for latitude, 180 for longitude), or null. */
export function coordinate(raw: unknown, limit: number): number | null {
  const s = first(raw);
  if (s === undefined || !/^-?\d{1,3}(\.\d{1,12})?$/.test(s.trim())) return null;
  const v = Number(s);
  return Math.abs(v) <= limit ? v : null;
}

/** A point from two parameters, or null when either is missing or out of range. */
export function latLng(lat: unknown, lng: unknown): { lat: number; lng: number } | null {
  const a = coordinate(lat, 90);
  const b = coordinate(lng, 180);
  return a !== null && b !== null ? { lat: a, lng: b } : null;
}
