import { type EventDoc, OPEN_END } from '../../domain/event.js';
import type { EventSummary } from '../../search/ports.js';
import { formatWhen } from '../format.js';
import type { Lang } from '../i18n.js';
import { t } from '../i18n.js';
import type { z } from 'zod';
import type { posterSchema } from './api-schema.js';

type Poster = z.infer<typeof posterSchema>;
type PosterSource = Pick<EventDoc | EventSummary, 'eventId' | 'title' | 'kind' | 'status' | 'startsAt' | 'endsAt' | 'allDay' | 'venue' | 'areaName' | 'image'>;

/** One signage poster: what a screen shows (title, when, where, image) and what its QR code should open. */
export function poster(e: PosterSource, page: string, ctx: { lang: Lang; tz: string }): Poster {
  const dated = e.kind === 'event';
  return {
    eventId: e.eventId,
    title: e.title,
    when: dated ? formatWhen(e.startsAt, e.endsAt, e.allDay, ctx) : t(ctx.lang, 'kind.experience'),
    startsAt: dated && e.startsAt > 0 ? new Date(e.startsAt * 1000).toISOString() : null,
    endsAt: dated && e.endsAt < OPEN_END ? new Date(e.endsAt * 1000).toISOString() : null,
    place: [e.venue?.name, e.areaName].filter(Boolean).join(', ') || null,
    image: e.image,
    qrTarget: page,
    status: e.status,
  };
}
