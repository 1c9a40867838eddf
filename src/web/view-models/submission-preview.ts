import type { EventDoc } from '../../domain/event.js';
import type { EventSummary } from '../../search/ports.js';
import { facetLabeller } from '../facet-labels.js';
import type { Lang } from '../i18n.js';
import type { Media } from '../media.js';
import { sitePlace } from '../opening-text.js';
import type { RouteDeps } from '../route-deps.js';
import { type EventCard, toEventCard } from './event-card.js';
import { type EventPageModel, eventPageModel } from './event-page.js';

/*
 * A submission shown as it would be published: the card and the event page built by the same view models as the
 * live ones, from the documents the `submissions` source would index. Only the picture differs: before publishing it
 * is served privately (to its editors and organiser), not from /bilder.
 */

/** Snippet length when nothing matched, as the index reader cuts it. */
const SNIPPET_CHARS = 180;

/** A document as a search would return it when nothing was searched for. */
export function summaryOf(d: EventDoc): EventSummary {
  const { _geo, descriptionText, ...fields } = d;
  return { ...fields, geo: _geo, relevance: null, titleMarked: { text: d.title, marks: [] }, snippet: { text: descriptionText.slice(0, SNIPPET_CHARS), marks: [] }, distanceM: null };
}

/** The private copy of the picture, in place of the stored widths. */
export interface PreviewImage {
  src: string;
  width: number;
  height: number;
  alt: string | null;
}

function withImage(media: Media, image: PreviewImage | null): Media {
  if (!image) return media;
  return { src: image.src, srcset: null, sizes: null, width: image.width, height: image.height, alt: image.alt ?? media.alt, altLang: null, illustration: false };
}

export function previewCard(docs: readonly EventDoc[], image: PreviewImage | null, deps: RouteDeps, lang: Lang, now: number): EventCard | null {
  const first = docs[0];
  if (!first) return null;
  const card = toEventCard(summaryOf(first), { lang, tz: deps.site.timeZone, opening: { now, place: sitePlace(deps.site) }, label: facetLabeller(deps.vocab, lang) });
  return { ...card, media: withImage(card.media, image) };
}

export function previewPage(docs: readonly EventDoc[], image: PreviewImage | null, deps: RouteDeps, lang: Lang, ctx: { now: number; base: string; back: string }): EventPageModel | null {
  const first = docs[0];
  if (!first) return null;
  const model = eventPageModel([...docs], first, [], {
    lang,
    tz: deps.site.timeZone,
    base: ctx.base,
    opening: { now: ctx.now, place: sitePlace(deps.site) },
    label: facetLabeller(deps.vocab, lang),
    alternate: null,
    back: ctx.back,
  });
  return { ...model, media: withImage(model.media, image) };
}
