import type { EnglishVersion, SourceEvent } from '../../../src/domain/source-event.js';
import { namedOrganizer } from './named-organizer.js';
import { multiLineField, plainField } from './text.js';

const optional = (text: string | null) => (text === null ? null : plainField(text) || null);
const words = (list: string[]) => list.map(plainField).filter((w) => w !== '');

function englishOf(en: EnglishVersion): EnglishVersion | null {
  const title = en.title === null ? null : optional(en.title);
  const description = en.description === null ? null : multiLineField(en.description) || null;
  return title === null && description === null ? null : { title, description };
}

/**
 * What every adapter yields passes through here before enrichment, whatever the format: one-line fields lose
 * invisible and reordering characters, descriptions keep their line structure. An event whose title is nothing but
 * such characters ends up with an empty title and is rejected by the schema.
 */
export function normaliseEvent(e: SourceEvent): SourceEvent {
  const description = multiLineField(e.description);
  return {
    ...e,
    title: plainField(e.title),
    description,
    venueName: optional(e.venueName),
    address: optional(e.address),
    // A feed without an organiser field whose text names one ("Arrangör: …"): every format alike.
    organizer: optional(e.organizer) ?? namedOrganizer(description),
    imageAlt: e.imageAlt ? optional(e.imageAlt) : e.imageAlt,
    english: e.english ? englishOf(e.english) : e.english,
    price: optional(e.price),
    openingHours: optional(e.openingHours),
    categoriesRaw: words(e.categoriesRaw),
    audienceRaw: words(e.audienceRaw),
    accessibility: words(e.accessibility),
  };
}
