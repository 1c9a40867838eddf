import type { SourceConfig } from '../../src/config/data-schemas.js';
import { type EventDoc, eventDocSchema, OPEN_END, type Picture } from '../../src/domain/event.js';
import type { Reject, SourceEvent } from '../../src/domain/source-event.js';
import type { Categoriser } from './categorise.js';
import { contentHash, eventIdOf, occurrenceIdOf, sharedHash } from './identity.js';
import { categoryPhrases, type Keywords } from './keywords.js';
import { type HoursContext, openSchedule, toOpeningHours } from './opening-hours.js';
import type { Places } from './places.js';
import { priceFromText, priceRange } from '../sources/common/price.js';
import { englishFields, splitEnglish } from './english-text.js';
import { plainText } from './sanitise.js';
import { indoorOf, settingOf } from './setting.js';

export interface Enrichers {
  hours: HoursContext;
  categoriser: Categoriser;
  places: Places;
  keywords: Keywords;
}

const ALWAYS_OPEN = { startsAt: 0, endsAt: OPEN_END };
/** Events are filtered by their occurrence's times; the opening fields are for experiences. */
const EVENT_OPENING = { openWeekdays: [1, 2, 3, 4, 5, 6, 7], openHours: [], openDays: [] };

function settingFields(e: SourceEvent, venue: boolean | null, source: SourceConfig, category: boolean | null, text: string) {
  const setting = settingOf({ venue, feed: e.indoor ?? source.defaults.indoor ?? null, category, text });
  return { setting, indoor: indoorOf(setting) };
}

function placeOf(e: SourceEvent, places: Places) {
  const known = places.venue(e.venueName);
  const geo = e.geo ?? (known ? { lat: known.lat, lng: known.lng } : null);
  const venue = e.venueName
    ? { name: plainText(e.venueName).slice(0, 300) || e.venueName.slice(0, 300), address: e.address ?? known?.address ?? null }
    : known
      ? { name: known.name, address: known.address }
      : null;
  return { geo, venue, area: places.area(geo), indoor: known?.indoor ?? null, accessibility: known?.accessibility ?? [] };
}

/**
 * One source event → one document per occurrence (experiences: one), enriched with taxonomy categories, area, venue
 * coordinates, audience, keywords and a content hash. Documents that fail the schema become rejects.
 */
export function toDocuments(
  e: SourceEvent,
  source: SourceConfig,
  enrich: Enrichers,
  now: number,
  picture: Picture | null = null,
): { docs: EventDoc[]; rejects: Reject[] } {
  const title = plainText(e.title).slice(0, 300);
  const split = splitEnglish(e.description);
  const { html, text } = split;
  const place = placeOf(e, enrich.places);
  const categories = enrich.categoriser.categories(e.categoriesRaw, title, source.defaults.categories ?? []);
  const eventId = eventIdOf(source.id, e.uid);
  const titleParts = [...new Set([...categoryPhrases(e.categoriesRaw), ...enrich.keywords.of([title, ...e.categoriesRaw])])].slice(0, 400);
  const audience = enrich.categoriser.audience(e.audienceRaw, text.slice(0, 600), title);
  const fromText = e.free === null ? priceFromText(`${title}. ${text}`) : { free: e.free, price: e.price };
  const price = e.price ?? fromText.price;
  const occurrences = e.occurrences.length ? e.occurrences : e.kind === 'experience' ? [ALWAYS_OPEN] : [];
  const hours = e.kind === 'experience' ? toOpeningHours(e.openingHours, { ...(place.geo ?? enrich.hours.centre), country: enrich.hours.country }) : null;
  // An experience is open within its validity (its occurrences' span); an event is on during each occurrence.
  const validity = { from: Math.min(...occurrences.map((o) => o.startsAt)), to: Math.max(...occurrences.map((o) => o.endsAt)) };
  const opening =
    e.kind === 'experience' && occurrences.length ? openSchedule(hours, e.openWeekdays, validity, place.geo, now, enrich.hours) : EVENT_OPENING;
  const shared = {
    eventId,
    uid: e.uid.slice(0, 1000),
    kind: e.kind,
    status: e.status,
    title,
    description: html,
    descriptionText: text,
    ...englishFields(e, title, split),
    lang: e.lang ?? source.defaults.lang ?? 'sv',
    categories,
    categoryLabels: enrich.categoriser.labels(categories),
    keywords: titleParts,
    textKeywords: enrich.keywords.of([text]).filter((k) => !titleParts.includes(k)),
    area: place.area?.id ?? null,
    areaName: place.area?.name ?? null,
    venue: place.venue,
    _geo: place.geo,
    allDay: e.allDay,
    ...opening,
    openingHours: hours,
    openingHoursText: e.openingHours ? plainText(e.openingHours).slice(0, 500) || null : null,
    ...settingFields(e, place.indoor, source, enrich.categoriser.indoorOf(categories), `${title} ${text.slice(0, 2000)}`),
    free: fromText.free,
    price,
    priceRange: fromText.free === true ? null : priceRange(price),
    audience,
    audienceWords: enrich.categoriser.audienceWords(audience),
    accessibility: [
      ...new Set([...place.accessibility, ...enrich.categoriser.accessibility(e.accessibility, `${title} ${text.slice(0, 2000)}`)]),
    ],
    organizer: e.organizer ?? source.defaults.organizer ?? null,
    source: source.id,
    sources: [source.id],
    url: e.url,
    // A local feed's file: image has no URL worth keeping; the picture is what pages show.
    image: e.image && /^https?:/.test(e.image) ? e.image : null,
    picture: picture && e.imageAlt ? { ...picture, alt: e.imageAlt.slice(0, 300) } : picture,
    online: e.online,
    duplicate: false,
  };
  const docs: EventDoc[] = [];
  const rejects: Reject[] = [];
  const sharedPart = sharedHash(shared);
  for (const o of occurrences) {
    const draft = { ...shared, id: occurrenceIdOf(eventId, o.startsAt), startsAt: o.startsAt, endsAt: o.endsAt };
    const doc = { ...draft, updatedAt: e.updatedAt ?? now, hash: contentHash(draft, sharedPart) };
    const checked = eventDocSchema.safeParse(doc);
    if (checked.success) docs.push(checked.data);
    else rejects.push({ ref: e.uid, reason: checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
  }
  return { docs, rejects };
}
