import type { EventDoc } from '../domain/event.js';
import { pictureUrl } from '../domain/pictures.js';
import { isoDateTime } from './format.js';
import type { HoursPlace } from '../domain/opening-hours.js';
import { schemaOrgOpeningHours } from './formats/schema-org-hours.js';

/** What the markup needs besides the event: the zone, and the time and place opening hours are read at. */
export interface JsonLdContext {
  tz: string;
  hours: { now: number; place: HoursPlace } | null;
}

/**
 * A PostalAddress from the one-line address feeds and the venue registry write ("Västra Esplanaden 10, 352 31
 * Växjö"): the last part is the town (with its postal code when there is one) when it has no house number.
 */
export function postalAddress(text: string | null, country: string | null, area: string | null): Record<string, string> {
  const parts = (text ?? '').split(',').map((p) => p.trim()).filter(Boolean);
  const last = parts.length > 1 ? (parts.at(-1) as string) : null;
  const town = last && !/^\D*\d+\D*$/.test(last.replace(/^\d{3} ?\d{2} /, '')) ? last : null;
  const postal = town ? /^(\d{3} ?\d{2}) (.+)$/.exec(town) : null;
  return {
    '@type': 'PostalAddress',
    ...(parts.length ? { streetAddress: (town ? parts.slice(0, -1) : parts).join(', ') } : {}),
    ...(postal ? { postalCode: postal[1] as string, addressLocality: postal[2] as string } : town ? { addressLocality: town } : area ? { addressLocality: area } : {}),
    ...(country ? { addressCountry: country.toUpperCase() } : {}),
  };
}

/** Where it happens, with an address (Google's event results require one). */
function placeOf(d: EventDoc, ctx: JsonLdContext): Record<string, unknown> | undefined {
  if (!d.venue) return undefined;
  return {
    '@type': 'Place',
    name: d.venue.name,
    address: postalAddress(d.venue.address, ctx.hours?.place.country ?? null, d.areaName),
    ...(d._geo ? { geo: { '@type': 'GeoCoordinates', latitude: d._geo.lat, longitude: d._geo.lng } } : {}),
  };
}

/** schema.org markup for an event page (Event, or TouristAttraction for an experience). */
export function eventJsonLd(first: EventDoc, occurrences: EventDoc[], url: string, ctx: JsonLdContext): Record<string, unknown> {
  const place = placeOf(first, ctx);
  const common = {
    '@context': 'https://schema.org',
    name: first.title,
    description: first.descriptionText.slice(0, 500),
    url,
    // The site's own copy of the picture, never the feed's URL.
    ...(first.picture ? { image: `${new URL(url).origin}${pictureUrl(first.picture, first.picture.widths.at(-1) ?? 640)}` } : {}),
  };
  if (first.kind === 'experience') {
    // A TouristAttraction is itself a Place: its address and position are its own. Opening hours in schema.org's
    // format, from the OpenStreetMap value evaluated for the coming week.
    const hours = first.openingHours && ctx.hours ? schemaOrgOpeningHours(first.openingHours, ctx.hours.now, ctx.tz, ctx.hours.place) : [];
    const { '@type': _place, name: _name, ...where } = place ?? {};
    return { ...common, '@type': 'TouristAttraction', ...where, ...(hours.length ? { openingHours: hours } : {}) };
  }
  const status = { cancelled: 'EventCancelled', postponed: 'EventPostponed', scheduled: 'EventScheduled' }[first.status];
  const event = (d: EventDoc) => ({
    ...common,
    '@type': 'Event',
    startDate: isoDateTime(d.startsAt),
    endDate: isoDateTime(d.endsAt),
    eventStatus: `https://schema.org/${status}`,
    eventAttendanceMode: `https://schema.org/${d.online ? 'OnlineEventAttendanceMode' : 'OfflineEventAttendanceMode'}`,
    ...(d.online && d.url ? { location: { '@type': 'VirtualLocation', url: d.url } } : place ? { location: place } : {}),
    ...(d.organizer ? { organizer: { '@type': 'Organization', name: d.organizer, ...(d.url ? { url: d.url } : {}) } } : {}),
    ...(d.free !== null ? { isAccessibleForFree: d.free } : {}),
    ...offerOf(d, url),
  });
  return occurrences.length > 1 ? { '@context': 'https://schema.org', '@graph': occurrences.slice(0, 20).map(event) } : event(first);
}

/**
 * schema.org wants a number: the lowest amount the price names ("från 80 kr"), the text itself as the description;
 * free for everyone is price 0. Without either, no offer (a made-up price would be worse than none).
 */
function offerOf(d: EventDoc, url: string): { offers?: Record<string, unknown> } {
  const price = d.free === true ? 0 : d.priceRange?.from;
  if (price === undefined) return {};
  return { offers: { '@type': 'Offer', price, priceCurrency: 'SEK', ...(d.price ? { description: d.price } : {}), url: d.url ?? url } };
}

/** JSON for a <script> element: `<` escaped so no string can close the element. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
