import { z } from 'zod';
import type { SourceConfig } from '../../../src/config/data-schemas.js';
import { emptySourceEvent, type ParseContext, type ParseResult, type Reject, type SourceEvent } from '../../../src/domain/source-event.js';
import { occurrencesOf, type SubmissionEvent, submissionEventSchema } from '../../../src/domain/submission.js';
import { AppError } from '../../../src/errors.js';
import type { FetchedDocument } from '../adapter.js';
import { describe } from './describe.js';

/** The document the `submissions` source reads (read-database.ts writes it): approved submissions, public fields only. */
export const submissionsDocumentSchema = z.object({
  submissions: z.array(
    z.object({
      publicId: z.string().min(1).max(100),
      event: z.unknown(),
      /** A file: URL of the stored picture (beside the document), or null. */
      image: z.string().nullable(),
      updatedAt: z.number().int(),
    }),
  ),
});
export type SubmissionsDocument = z.infer<typeof submissionsDocumentSchema>;

/** One approved submission → the event every adapter yields; the enrich steps do the rest as for any feed. */
export function toSourceEvent(publicId: string, event: SubmissionEvent, image: string | null, updatedAt: number, timeZone: string): SourceEvent {
  const occurrences = occurrencesOf(event.dates, timeZone);
  const { place } = event;
  return {
    ...emptySourceEvent(publicId, event.title),
    description: describe(event.description),
    lang: event.lang,
    categoriesRaw: event.categories,
    venueName: place.name,
    address: place.address,
    geo: place.lat !== null && place.lng !== null ? { lat: place.lat, lng: place.lng } : null,
    occurrences: occurrences.map(({ startsAt, endsAt }) => ({ startsAt, endsAt })),
    allDay: occurrences.every((o) => o.allDay),
    free: event.free,
    price: event.free ? null : event.price,
    audienceRaw: event.audiences,
    accessibility: event.accessibility,
    organizer: event.organizer,
    url: event.url,
    image,
    imageAlt: image ? event.imageAlt : null,
    updatedAt,
  };
}

/** Pure: the document's bytes → events; a submission that no longer validates is a reject, never the end of the source. */
export function parseSubmissions(doc: FetchedDocument, _source: SourceConfig, ctx: ParseContext): ParseResult {
  let parsed: SubmissionsDocument;
  try {
    parsed = submissionsDocumentSchema.parse(JSON.parse(new TextDecoder().decode(doc.body)));
  } catch (err) {
    throw new AppError('FEED_PARSE_FAILED', `submissions document unreadable: ${(err as Error).message.slice(0, 200)}`);
  }
  const events: SourceEvent[] = [];
  const rejects: Reject[] = [];
  for (const s of parsed.submissions) {
    const event = submissionEventSchema.safeParse(s.event);
    if (!event.success) {
      rejects.push({ ref: s.publicId, reason: `invalid submission: ${event.error.issues[0]?.path.join('.') ?? ''}` });
      continue;
    }
    events.push(toSourceEvent(s.publicId, event.data, s.image, s.updatedAt, ctx.defaultTimeZone));
  }
  return { events, rejects };
}
