import type { JsonMapping, JsonSourceConfig } from '../../../src/config/source-types/json.js';
import { emptySourceEvent, type EnglishVersion, type Occurrence, type SourceEvent } from '../../../src/domain/source-event.js';
import { altText } from '../common/alt-text.js';
import { toOccurrence } from '../common/datetime.js';
import { englishVersion, isEnglish } from '../common/english.js';
import { makeGeo } from '../common/geo.js';
import { stableId } from '../common/hash.js';
import { imageRef } from '../common/image-ref.js';
import { parsePrice, parseYesNo } from '../common/price.js';
import { cleanDescription, cleanUrl, formatAddress } from '../common/text.js';
import { select } from './pointer.js';
import { englishValue, firstValue, listOf, textOf, toFeedTime } from './values.js';

/** What mapping an item needs: the mapping, language preference, zone and the source's fallbacks. */
export interface MappingEnv {
  mapping: JsonMapping;
  languages: readonly string[];
  timeZone: string;
  venue: JsonSourceConfig['options']['venue'];
  kind: SourceEvent['kind'];
  /** The document the item came from: relative image references resolve against it. */
  documentUrl?: string;
}

/** The item's dates: one start/end pair, or every readable {start, end} of a nested occurrences array. */
function occurrencesOf(item: unknown, env: MappingEnv): { list: Occurrence[]; allDay: boolean; firstRaw: unknown } {
  const m = env.mapping;
  const pairs = m.occurrences
    ? select(item, m.occurrences).flat().map((o) => [firstValue(o, m.occurrenceStart, []), firstValue(o, m.occurrenceEnd, [])] as const)
    : [[firstValue(item, m.start, []), firstValue(item, m.end, [])] as const];
  const list: Occurrence[] = [];
  let allDay = false;
  for (const [start, end] of pairs) {
    const s = toFeedTime(start?.value, env.timeZone);
    if (!s) continue;
    const o = toOccurrence(s, toFeedTime(end?.value, env.timeZone), env.timeZone);
    if (list.length === 0) allDay = o.allDay;
    list.push({ startsAt: o.startsAt, endsAt: o.endsAt });
  }
  return { list, allDay, firstRaw: pairs[0]?.[0]?.value };
}

function addressOf(item: unknown, env: MappingEnv): string | null {
  const a = env.mapping.address;
  if (a === undefined) return null;
  if (typeof a === 'string' || Array.isArray(a)) return textOf(item, a, env.languages)?.text ?? null;
  const part = (p: typeof a.street) => textOf(item, p, env.languages)?.text;
  return formatAddress({ street: part(a.street), postalCode: part(a.postalCode), locality: part(a.locality) });
}

/** Venue, address and position; a single-venue feed's configured venue fills in for items that name none. */
function placeOf(item: unknown, env: MappingEnv): Pick<SourceEvent, 'venueName' | 'address' | 'geo'> {
  const m = env.mapping;
  const venueName = textOf(item, m.venueName, env.languages)?.text ?? null;
  const geo = makeGeo(firstValue(item, m.lat, [])?.value, firstValue(item, m.lng, [])?.value);
  if (venueName === null && env.venue) {
    return { venueName: env.venue.name, address: addressOf(item, env) ?? env.venue.address ?? null, geo: geo ?? makeGeo(env.venue.lat, env.venue.lng) };
  }
  return { venueName, address: addressOf(item, env), geo };
}

/** The English title and text: the mapped English fields, else the "en" entries of language-map title and text. */
function englishOf(item: unknown, m: JsonMapping, main: { title: string; lang: string | null; description: string }): EnglishVersion | null {
  if (isEnglish(main.lang)) return null;
  return englishVersion(main, {
    title: englishValue(item, m.englishTitle, true) ?? englishValue(item, m.title, false),
    description: englishValue(item, m.englishDescription, true) ?? englishValue(item, m.description, false),
  });
}

/** One feed item through the mapping, or the reason it cannot be used. */
export function mapItem(item: unknown, env: MappingEnv): SourceEvent | string {
  const m = env.mapping;
  const title = textOf(item, m.title, env.languages);
  if (title === null) return 'no title';
  const dates = occurrencesOf(item, env);
  if (dates.list.length === 0 && env.kind === 'event') {
    return dates.firstRaw === undefined ? 'no start time' : `unreadable start time "${String(dates.firstRaw)}"`;
  }
  const url = cleanUrl(firstValue(item, m.url, env.languages)?.value);
  const id = firstValue(item, m.id, [])?.value;
  const price = parsePrice(firstValue(item, m.price, env.languages)?.value);
  const description = cleanDescription(firstValue(item, m.description, env.languages)?.value);
  const image = imageRef(firstValue(item, m.image, [])?.value, env.documentUrl);
  return {
    ...emptySourceEvent(id !== undefined ? String(id) : (url ?? stableId('json', [title.text, dates.list[0]?.startsAt ?? null])), title.text),
    kind: env.kind,
    description,
    lang: title.lang,
    english: englishOf(item, m, { title: title.text, lang: title.lang, description }),
    categoriesRaw: listOf(item, m.categories, env.languages),
    audienceRaw: listOf(item, m.audience, env.languages),
    ...placeOf(item, env),
    occurrences: dates.list,
    allDay: dates.allDay,
    free: parseYesNo(firstValue(item, m.free, env.languages)?.value) ?? price.free,
    price: price.price,
    organizer: textOf(item, m.organizer, env.languages)?.text ?? null,
    url,
    image,
    imageAlt: image ? altText(textOf(item, m.imageAlt, env.languages)?.text) : null,
    updatedAt: toFeedTime(firstValue(item, m.updatedAt, [])?.value, env.timeZone)?.epoch ?? null,
  };
}
