/** A point on the map, decimal degrees (WGS 84). */
export interface LatLng {
  lat: number;
  lng: number;
}

const EARTH_RADIUS_M = 6_371_008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres (haversine; within 0.5 % of the ellipsoid at these distances). */
export function distanceMetres(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A point inside-ish a polygon for "near this area": the mean of its outer ring (areas here are small and convex enough). */
export function ringCentre(ring: readonly (readonly number[])[]): LatLng {
  const points = ring.length > 1 ? ring.slice(0, -1) : ring;
  const lng = points.reduce((s, p) => s + (p[0] ?? 0), 0) / points.length;
  const lat = points.reduce((s, p) => s + (p[1] ?? 0), 0) / points.length;
  return { lat, lng };
}

/** About 1 km: two decimals of latitude are 1.1 km, of longitude at 57° N 0.6 km. Coarse enough to name no house. */
export function roundToKilometre(p: LatLng): LatLng {
  return { lat: Math.round(p.lat * 100) / 100, lng: Math.round(p.lng * 100) / 100 };
}
