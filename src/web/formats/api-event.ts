import { type EventDoc, OPEN_END } from '../../domain/event.js';
import type { EventDetail } from './api-schema.js';

const iso = (epoch: number) => new Date(epoch * 1000).toISOString();

/** One event with all its upcoming occurrences, as GET /api/events/{id} publishes it. */
export function apiEvent(occurrences: readonly [EventDoc, ...EventDoc[]], page: string): EventDetail {
  const [first] = occurrences;
  return {
    eventId: first.eventId,
    kind: first.kind,
    status: first.status,
    title: first.title,
    description: first.descriptionText,
    english: first.englishTitle || first.englishText ? { title: first.englishTitle ?? null, description: first.englishText ?? null } : null,
    categories: first.categories,
    audience: first.audience,
    accessibility: first.accessibility,
    venue: first.venue,
    geo: first._geo,
    area: first.area,
    organizer: first.organizer,
    url: first.url,
    image: first.image,
    free: first.free,
    price: first.price,
    setting: first.setting,
    openingHours: first.openingHours,
    openingHoursText: first.openingHoursText,
    page,
    updatedAt: iso(Math.max(...occurrences.map((o) => o.updatedAt))),
    occurrences: occurrences.map((o) => ({
      id: o.id,
      status: o.status,
      // A place open all year has no start or end.
      startsAt: o.startsAt > 0 ? iso(o.startsAt) : null,
      endsAt: o.endsAt < OPEN_END ? iso(o.endsAt) : null,
      allDay: o.allDay,
      updatedAt: iso(o.updatedAt),
    })),
  };
}
