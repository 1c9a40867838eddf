import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { EventDoc } from '../../domain/event.js';
import { toWallTime } from '../../domain/time.js';
import { vtimezone } from './vtimezone.js';

/*
 * iCalendar output, for one event's "add to calendar" file and for subscriptions to a search: escaping, folding and
 * layout are ical-generator's; this module only decides what each occurrence says.
 */

export interface IcsContext {
  /** Epoch seconds: DTSTAMP, and which years the VTIMEZONE covers. */
  now: number;
  /** The site's zone: times are written as its wall-clock times with TZID, and a VTIMEZONE for it. */
  tz: string;
  /** The event page of an occurrence (URL and the end of DESCRIPTION). */
  pageUrl: (d: EventDoc) => string;
  /** X-WR-CALNAME: what a calendar app calls a subscription. */
  name?: string;
  description?: string;
  /** How often a subscribed calendar app should fetch again (X-PUBLISHED-TTL, REFRESH-INTERVAL). */
  refreshSeconds?: number;
}

/** SEQUENCE counts seconds since 2020 at the document's last change: it rises whenever the indexer changes it. */
const SEQUENCE_EPOCH = 1_577_836_800;

/** A stable UID per occurrence: the same document id across index runs (kept from the hand-written files before). */
export function occurrenceUid(d: Pick<EventDoc, 'id'>): string {
  return `${d.id}@upptack`;
}

export function sequenceOf(d: Pick<EventDoc, 'updatedAt'>): number {
  return Math.max(0, d.updatedAt - SEQUENCE_EPOCH);
}

/**
 * The wall-clock time in `tz` as a zone-less ISO string: ical-generator writes such a value with the event's TZID as
 * it reads in the process's zone, i.e. unchanged (only a wall time that the process's own zone skips could move).
 */
function wall(epoch: number, tz: string, dateOnly = false): string {
  const w = toWallTime(epoch, tz);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${p(w.month)}-${p(w.day)}T${dateOnly ? '00:00:00' : `${p(w.hour)}:${p(w.minute)}:${p(w.second)}`}`;
}

const STATUS: Record<EventDoc['status'], ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  // Moved to a date not yet known: still in the calendar, marked as not certain.
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

function location(d: EventDoc) {
  if (!d.venue) return null;
  const title = [d.venue.name, d.venue.address].filter(Boolean).join(', ');
  return d._geo ? { title, geo: { lat: d._geo.lat, lon: d._geo.lng } } : { title };
}

/** A calendar with one VEVENT per occurrence; places (experiences) have no dates and are left out. */
export function calendarIcs(occurrences: readonly EventDoc[], ctx: IcsContext): string {
  const year = new Date(ctx.now * 1000).getUTCFullYear();
  const cal = ical({
    // The library writes the leading "-" itself.
    prodId: { company: 'Upptack', product: 'Vaxjo', language: 'SV' },
    method: ICalCalendarMethod.PUBLISH,
    // The zone is the events' (a TZID on their times, and its VTIMEZONE from the generator), not the calendar's: with
    // a calendar zone the library writes DTSTAMP and LAST-MODIFIED in the process's local time without "Z", which
    // RFC 5545 forbids (they must be UTC).
    timezone: { name: null, generator: (tz) => vtimezone(tz, year - 1, year + 2) },
    ...(ctx.name ? { name: ctx.name } : {}),
    ...(ctx.description ? { description: ctx.description } : {}),
    ...(ctx.refreshSeconds ? { ttl: ctx.refreshSeconds } : {}),
  });
  for (const d of occurrences) {
    if (d.kind !== 'event') continue;
    const url = ctx.pageUrl(d);
    cal.createEvent({
      id: occurrenceUid(d),
      sequence: sequenceOf(d),
      stamp: new Date(ctx.now * 1000),
      lastModified: new Date(d.updatedAt * 1000),
      timezone: ctx.tz,
      allDay: d.allDay,
      start: wall(d.startsAt, ctx.tz, d.allDay),
      // An all-day event's end is its last second; DTEND of a date is exclusive: the next day.
      end: d.allDay ? wall(d.endsAt + 1, ctx.tz, true) : wall(Math.max(d.endsAt, d.startsAt), ctx.tz),
      summary: d.title,
      description: d.descriptionText ? `${d.descriptionText}\n\n${url}` : url,
      location: location(d),
      url,
      status: STATUS[d.status],
    });
  }
  return cal.toString();
}
