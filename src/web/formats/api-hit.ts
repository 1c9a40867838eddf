import { OPEN_END } from '../../domain/event.js';
import type { EventSummary } from '../../search/ports.js';
import type { ApiHit } from './api-schema.js';

/** One hit as the API publishes it: ISO times, no search-engine extras. */
export function apiHit(h: EventSummary): ApiHit {
  return {
    id: h.id,
    eventId: h.eventId,
    kind: h.kind,
    status: h.status,
    title: h.title,
    // Indexes written before the field existed lack it.
    englishTitle: h.englishTitle ?? null,
    // An experience open all year has no start or end.
    startsAt: h.startsAt > 0 ? new Date(h.startsAt * 1000).toISOString() : null,
    endsAt: h.endsAt < OPEN_END ? new Date(h.endsAt * 1000).toISOString() : null,
    venue: h.venue,
    area: h.area,
    categories: h.categories,
    url: h.url,
    free: h.free,
    price: h.price,
    geo: h.geo,
  };
}
