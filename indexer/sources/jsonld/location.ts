import { makeGeo } from '../common/geo.js';
import { cleanText, formatAddress } from '../common/text.js';
import type { LdGraph } from './graph.js';
import { asArray, isNode, type LdNode, ldText, ldTypes } from './values.js';

/** Where something happens, as far as its JSON-LD says. */
export interface LdLocation {
  venueName: string | null;
  address: string | null;
  geo: { lat: number; lng: number } | null;
  online: boolean;
}

/** PostalAddress → "street, postcode locality"; a plain string stays as written. */
export function readAddress(value: unknown): string | null {
  for (const v of asArray(value)) {
    const address = isNode(v)
      ? formatAddress({ street: ldText(v.streetAddress), postalCode: ldText(v.postalCode), locality: ldText(v.addressLocality) })
      : cleanText(v);
    if (address !== null) return address;
  }
  return null;
}

/** GeoCoordinates (latitude/longitude as numbers or strings), or the Place's own latitude/longitude. */
function readGeo(place: LdNode, graph: LdGraph): { lat: number; lng: number } | null {
  for (const g of asArray(graph.deref(place.geo))) {
    const geo = isNode(g) ? makeGeo(ldText(g.latitude), ldText(g.longitude)) : null;
    if (geo) return geo;
  }
  return makeGeo(ldText(place.latitude), ldText(place.longitude));
}

/**
 * Read `location`: a Place (name, address, geo), a VirtualLocation (online), a plain string (a venue name), or an
 * array mixing them (hybrid events). The first value found for each field wins.
 */
export function readLocation(value: unknown, graph: LdGraph): LdLocation {
  const out: LdLocation = { venueName: null, address: null, geo: null, online: false };
  for (const loc of asArray(graph.deref(value))) {
    if (!isNode(loc)) {
      // CASE: some plugins write "location": "Stadsparken, Växjö" as bare text.
      out.venueName ??= cleanText(loc);
      continue;
    }
    if (ldTypes(loc).includes('VirtualLocation')) {
      out.online = true;
      continue;
    }
    out.venueName ??= ldText(loc.name);
    out.address ??= readAddress(graph.deref(loc.address));
    out.geo ??= readGeo(loc, graph);
  }
  return out;
}
