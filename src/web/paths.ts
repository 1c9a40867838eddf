import type { EventDoc } from '../domain/event.js';
import { fold } from '../domain/text.js';
import { type Lang, pathsOf } from './i18n.js';

/** URL-safe words of a title: "Jazzkväll på Konserthuset" → "jazzkvall-pa-konserthuset". */
export function slugify(title: string): string {
  return fold(title).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'evenemang';
}

/** `/evenemang/<title-words>--<eventId>`; the id after `--` is what the route reads. */
export function eventPath(lang: Lang, e: Pick<EventDoc, 'title' | 'eventId'>): string {
  return `${pathsOf(lang).events}/${slugify(e.title)}--${e.eventId}`;
}

/**
 * The title words an event page's address carries ("jazzkvall pa konserthuset"), or null when the path is not one:
 * for a page that is gone (the event is over), something to search for instead.
 */
export function titleWordsOfPath(lang: Lang, path: string): string | null {
  const prefix = `${pathsOf(lang).events}/`;
  if (!path.startsWith(prefix)) return null;
  const slug = path.slice(prefix.length).split('--')[0] ?? '';
  return /^[a-z0-9-]{2,60}$/.test(slug) && slug !== 'evenemang' ? slug.split('-').filter(Boolean).join(' ') : null;
}

/**
 * The query parameter that names one occurrence of an event (its start, epoch seconds): a card found under a date
 * filter opens the page on that date, and "add to calendar" adds that date.
 */
export const OCCURRENCE_PARAM = 'at';

/** `?all=1` on a calendar file: every upcoming date of a recurring event, not only one. */
export const SERIES_PARAM = 'all';

/** The event page at one occurrence. */
export function occurrencePath(lang: Lang, e: Pick<EventDoc, 'title' | 'eventId' | 'startsAt'>): string {
  return `${eventPath(lang, e)}?${OCCURRENCE_PARAM}=${e.startsAt}`;
}

/** The occurrence a request names, or null (absent or not a whole number). */
export function occurrenceFromQuery(query: Record<string, unknown>): number | null {
  const raw = query[OCCURRENCE_PARAM];
  return typeof raw === 'string' && /^\d{1,12}$/.test(raw) ? Number(raw) : null;
}

export function eventIdFromSlug(slug: string): string | null {
  const id = slug.split('--').at(-1) ?? '';
  return /^[a-zA-Z0-9_-]{1,200}$/.test(id) ? id : null;
}
