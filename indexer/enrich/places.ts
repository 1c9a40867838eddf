import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Areas, VenueRegistry } from '../../src/config/data-schemas.js';
import { fold } from '../../src/domain/text.js';

type Venue = VenueRegistry[number];

export interface Places {
  /** The registry venue a feed's venue name (or alias) names, if any. */
  venue(name: string | null): Venue | null;
  /** The district or village containing a point, or null outside them all. */
  area(point: { lat: number; lng: number } | null): { id: string; name: string } | null;
  areaName(id: string): string | null;
}

export function createPlaces(areas: Areas, venues: VenueRegistry): Places {
  const byName = new Map<string, Venue>();
  for (const v of venues) for (const n of [v.name, ...v.aliases]) byName.set(fold(n), v);
  const names = new Map(areas.features.map((f) => [f.properties.id, f.properties.name]));
  return {
    venue(name) {
      if (!name) return null;
      const key = fold(name);
      if (byName.has(key)) return byName.get(key) ?? null;
      // CASE: feeds write "Konserthuset, stora salen" or "Smålands museum (entrén)".
      for (const [n, v] of byName) if (n.length >= 5 && key.startsWith(n)) return v;
      return null;
    },
    area(point) {
      if (!point) return null;
      const f = areas.features.find((a) => booleanPointInPolygon([point.lng, point.lat], a.geometry));
      return f ? { id: f.properties.id, name: f.properties.name } : null;
    },
    areaName: (id) => names.get(id) ?? null,
  };
}
