import type { EventDoc } from '../domain/event.js';
import { isoDateTime } from './format.js';

/** schema.org markup for an event page (Event, or TouristAttraction for an experience). */
export function eventJsonLd(first: EventDoc, occurrences: EventDoc[], url: string): Record<string, unknown> {
  const place = first.venue
    ? {
        '@type': 'Place',
        name: first.venue.name,
        ...(first.venue.address ? { address: first.venue.address } : {}),
        ...(first._geo ? { geo: { '@type': 'GeoCoordinates', latitude: first._geo.lat, longitude: first._geo.lng } } : {}),
      }
    : undefined;
  const common = {
    '@context': 'https://schema.org',
    name: first.title,
    description: first.descriptionText.slice(0, 500),
    url,
    ...(first.image ? { image: first.image } : {}),
  };
  if (first.kind === 'experience') {
    return { ...common, '@type': 'TouristAttraction', ...(place ? { location: place } : {}), ...(first.openingHours ? { openingHours: first.openingHours } : {}) };
  }
  const status = { cancelled: 'EventCancelled', postponed: 'EventPostponed', scheduled: 'EventScheduled' }[first.status];
  const event = (d: EventDoc) => ({
    ...common,
    '@type': 'Event',
    startDate: isoDateTime(d.startsAt),
    endDate: isoDateTime(d.endsAt),
    eventStatus: `https://schema.org/${status}`,
    eventAttendanceMode: `https://schema.org/${d.online ? 'OnlineEventAttendanceMode' : 'OfflineEventAttendanceMode'}`,
    ...(place ? { location: place } : {}),
    ...(d.organizer ? { organizer: { '@type': 'Organization', name: d.organizer } } : {}),
    ...(d.free !== null ? { isAccessibleForFree: d.free } : {}),
    // schema.org wants a number: the lowest amount the price names ("från 80 kr"), the text itself as the description.
    ...(d.priceRange ? { offers: { '@type': 'Offer', price: d.priceRange.from, priceCurrency: 'SEK', description: d.price, url } } : {}),
  });
  return occurrences.length > 1 ? { '@context': 'https://schema.org', '@graph': occurrences.slice(0, 20).map(event) } : event(first);
}

/** JSON for a <script> element: `<` escaped so no string can close the element. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
