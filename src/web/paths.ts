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

export function eventIdFromSlug(slug: string): string | null {
  const id = slug.split('--').at(-1) ?? '';
  return /^[a-zA-Z0-9_-]{1,200}$/.test(id) ? id : null;
}
