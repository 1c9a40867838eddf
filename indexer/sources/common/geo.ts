/** A coordinate from a number or a string with a decimal point or (Excel, CBIS) a decimal comma. */
export function parseCoordinate(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^[+-]?\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

/**
 * A usable position or null: both parts present and in range, and not zero.
 * CASE: CBIS (and many CMSs) write 0;0 for "no position"; a point in the Gulf of Guinea is worse than none.
 */
export function makeGeo(latValue: unknown, lngValue: unknown): { lat: number; lng: number } | null {
  const lat = parseCoordinate(latValue);
  const lng = parseCoordinate(lngValue);
  if (lat === null || lng === null) return null;
  if (lat === 0 || lng === 0 || Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return { lat, lng };
}
