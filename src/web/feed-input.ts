import type { Config } from '../config/load-config.js';
import type { FacetVocabulary } from '../domain/facets.js';
import { type LatLng, ringCentre, roundToKilometre } from '../domain/geo.js';
import { first, latLng, strings } from '../domain/params.js';
import { type Interests, NO_INTERESTS, parseInterests } from '../feed/interests.js';

/** A visitor's feed question, read from a request body (never from the URL, never stored). */
export interface FeedInput {
  place: LatLng | null;
  /** A chosen area or venue (`venue:<id>`); its centre is the place. */
  area: string | null;
  interests: Interests;
}

export const NEUTRAL_INPUT: FeedInput = { place: null, area: null, interests: NO_INTERESTS };

/** Where a visitor can say they are without sharing a position: each area (its centre) and each known venue. */
export interface PlaceChoices {
  /** By choice value: an area id, or `venue:<id>`. */
  centres: ReadonlyMap<string, LatLng>;
  /** Known venues for the chooser, by name. */
  venues: readonly { value: string; name: string }[];
}

export function placeChoices(config: Config): PlaceChoices {
  const centres = new Map<string, LatLng>();
  for (const f of config.areas.features) {
    const g = f.geometry;
    const ring = g.type === 'Polygon' ? g.coordinates[0] : g.coordinates[0]?.[0];
    centres.set(f.properties.id, ringCentre(ring ?? []));
  }
  const venues = config.venues.map((v) => ({ value: `venue:${v.id}`, name: v.name, at: { lat: v.lat, lng: v.lng } }));
  for (const v of venues) centres.set(v.value, v.at);
  return { centres, venues: venues.map(({ value, name }) => ({ value, name })).sort((a, b) => a.name.localeCompare(b.name, 'sv')) };
}


/**
 * The body of a feed request: `profile` (the JSON the page keeps in localStorage) or plain form fields (the panel
 * without JavaScript: interest, audience, free), plus `lat`/`lng` (rounded here again to about 1 km) or `area`.
 * Anything unknown or malformed is dropped: the worst a bad body gets is the neutral feed.
 */
export function readFeedInput(body: unknown, vocab: FacetVocabulary, centres: ReadonlyMap<string, LatLng>): FeedInput {
  if (!body || typeof body !== 'object') return NEUTRAL_INPUT;
  const b = body as Record<string, unknown>;
  const profile = first(b.profile);
  const interests = profile
    ? parseInterests(profile, vocab)
    : parseInterests({ categories: strings(b.interest), audience: strings(b.audience), freeOnly: first(b.free) === 'true' }, vocab);
  const point = latLng(b.lat, b.lng);
  const areaId = first(b.area);
  const area = areaId && centres.has(areaId) ? areaId : null;
  const place = point ? roundToKilometre(point) : area ? (centres.get(area) ?? null) : null;
  return { place, area, interests };
}
