import { z } from 'zod';
import { LANGS } from './lang.js';
import type { Occurrence } from './source-event.js';
import { addLocalDays, fromWallTime } from './time.js';

/*
 * An event an organiser submitted through the form, as it is stored and moderated. The organiser's contact data is
 * not part of it: it lives beside it (src/store) and never reaches the index, the API or a public page.
 */

export const SUBMISSION_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** Limits of every field (the form's maxlength attributes say the same). */
export const LIMITS = {
  title: { min: 3, max: 150 },
  description: { min: 20, max: 5000 },
  dates: 20,
  venueName: 150,
  address: 200,
  organizer: 150,
  price: 100,
  url: 500,
  alt: { min: 3, max: 250 },
  contactName: { min: 2, max: 100 },
  email: 254,
  categories: 3,
  reason: { min: 5, max: 1000 },
} as const;

/** A day the event happens: local date and times in the site's zone (no start time: all day). */
export const submissionDateSchema = z.object({
  date: z.iso.date(),
  start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).nullable(),
  end: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).nullable(),
});
export type SubmissionDate = z.infer<typeof submissionDateSchema>;

const optionalText = (max: number) => z.string().trim().min(1).max(max).nullable();

/** Where: a venue from the registry (its id), or a name/address with an optional pin. */
export const submissionPlaceSchema = z.object({
  venueId: z.string().regex(/^[a-z0-9-]+$/).nullable(),
  name: optionalText(LIMITS.venueName),
  address: optionalText(LIMITS.address),
  lat: z.number().min(-90).max(90).nullable(),
  lng: z.number().min(-180).max(180).nullable(),
});
export type SubmissionPlace = z.infer<typeof submissionPlaceSchema>;

/** The event as stored (jsonb) and as the `submissions` source publishes it. */
export const submissionEventSchema = z.object({
  title: z.string().trim().min(LIMITS.title.min).max(LIMITS.title.max),
  /** Plain text; line breaks and bare links are kept (the source turns them into paragraphs and links). */
  description: z.string().trim().min(LIMITS.description.min).max(LIMITS.description.max),
  dates: z.array(submissionDateSchema).min(1).max(LIMITS.dates),
  place: submissionPlaceSchema,
  categories: z.array(z.string()).max(LIMITS.categories),
  audiences: z.array(z.string()).max(10),
  accessibility: z.array(z.string()).max(10),
  free: z.boolean(),
  price: optionalText(LIMITS.price),
  url: z.url({ protocol: /^https?$/ }).max(LIMITS.url).nullable(),
  /** The association or organiser shown on the event page (not the contact person). */
  organizer: optionalText(LIMITS.organizer),
  /** Required with a picture: what it shows, for visitors who cannot see it. */
  imageAlt: optionalText(LIMITS.alt.max),
  lang: z.enum(LANGS),
});
export type SubmissionEvent = z.infer<typeof submissionEventSchema>;

/** What the `submissions` source reads: an approved submission without anything about the person who sent it. */
export interface PublishedSubmission {
  publicId: string;
  event: SubmissionEvent;
  /** Content hash of the stored picture (its file name for the indexer), or null. */
  imageSha: string | null;
  updatedAt: number;
}

function wall(date: string, time: string | null) {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time ? (time.split(':').map(Number) as [number, number]) : [0, 0];
  return { year, month, day, hour, minute, second: 0 };
}

/**
 * The occurrences of the submitted dates, in the site's zone. Without a start time a date is all day; an end before
 * the start runs past midnight (22:00–01:00); without an end a timed event is given no length (enrichment decides).
 */
export function occurrencesOf(dates: readonly SubmissionDate[], timeZone: string): (Occurrence & { allDay: boolean })[] {
  return dates.map((d) => {
    if (!d.start) {
      const startsAt = fromWallTime(wall(d.date, null), timeZone);
      return { startsAt, endsAt: addLocalDays(startsAt, 1, timeZone), allDay: true };
    }
    const startsAt = fromWallTime(wall(d.date, d.start), timeZone);
    let endsAt = d.end ? fromWallTime(wall(d.date, d.end), timeZone) : startsAt;
    if (endsAt < startsAt) endsAt = addLocalDays(endsAt, 1, timeZone);
    return { startsAt, endsAt, allDay: false };
  });
}

/** When the event's last date ends: retention periods count from here. */
export function lastEndOf(dates: readonly SubmissionDate[], timeZone: string): number {
  return Math.max(...occurrencesOf(dates, timeZone).map((o) => o.endsAt));
}

/** What an organiser may still do with their submission. */
export function organiserMay(status: SubmissionStatus): { edit: boolean; withdraw: boolean } {
  return { edit: status === 'pending', withdraw: status === 'pending' || status === 'approved' };
}
