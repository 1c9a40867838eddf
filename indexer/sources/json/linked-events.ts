import { emptySourceEvent, type EnglishVersion, type SourceEvent } from '../../../src/domain/source-event.js';
import { altText } from '../common/alt-text.js';
import { parseFeedTime, toOccurrence } from '../common/datetime.js';
import { englishVersion, isEnglish } from '../common/english.js';
import { makeGeo } from '../common/geo.js';
import { parsePrice } from '../common/price.js';
import { cleanDescription, cleanText, cleanUrl, formatAddress, uniqueTexts } from '../common/text.js';
import { englishEntry, isLangMap, type LangText, pickLanguage } from './multilingual.js';

/**
 * The Linked Events API (Helsinki, Turku, Espoo …): `{meta: {next}, data: [event…]}` with multilingual fields.
 * See https://dev.hel.fi/apis/linkedevents for the format.
 */

type Obj = Record<string, unknown>;

const STATUS: Record<string, SourceEvent['status']> = {
  EventCancelled: 'cancelled',
  EventPostponed: 'postponed',
  EventRescheduled: 'scheduled',
  EventScheduled: 'scheduled',
};

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function list(v: unknown): Obj[] {
  return Array.isArray(v) ? v.filter(isObj) : [];
}

/** A multilingual field ({"fi", "sv", "en"}) or a plain string, in the preferred language. */
function lang(value: unknown, languages: readonly string[]): LangText | null {
  if (isLangMap(value)) return pickLanguage(value, languages);
  return typeof value === 'string' && value.trim() !== '' ? { text: value, lang: null } : null;
}

/** A keyword's name, else the last segment of its @id ("yso:p1235") so an operator can still map it. */
function keywordName(k: Obj, languages: readonly string[]): string | null {
  const name = lang(k.name, languages)?.text;
  if (name) return name;
  const id = typeof k['@id'] === 'string' ? k['@id'] : '';
  return id.split('/').filter(Boolean).pop() ?? null;
}

function placeOf(item: Obj, languages: readonly string[]): Pick<SourceEvent, 'venueName' | 'address' | 'geo'> {
  const loc = item.location;
  // CASE: an unexpanded location is only {"@id": ".../place/tprek:123/"}: no name, no position without another
  // request; and a null location may still have its whereabouts as text in location_extra_info.
  const extra = cleanText(lang(item.location_extra_info, languages)?.text);
  if (!isObj(loc) || !('name' in loc || 'position' in loc)) return { venueName: null, address: extra, geo: null };
  const coords = isObj(loc.position) && Array.isArray(loc.position.coordinates) ? loc.position.coordinates : [];
  const address = formatAddress({
    street: lang(loc.street_address, languages)?.text,
    postalCode: loc.postal_code,
    locality: lang(loc.address_locality, languages)?.text,
  });
  return {
    venueName: cleanText(lang(loc.name, languages)?.text),
    address: address ?? extra,
    // GeoJSON order: [lng, lat].
    geo: makeGeo(coords[1], coords[0]),
  };
}

function offersOf(item: Obj, languages: readonly string[]): Pick<SourceEvent, 'free' | 'price'> {
  const offer = list(item.offers)[0];
  if (!offer) return { free: null, price: null };
  // Prices are multilingual HTML ("<p>2,50 €</p>"); parsePrice strips the markup.
  const parsed = parsePrice(lang(offer.price, languages)?.text);
  if (offer.is_free === true) return { free: true, price: parsed.price };
  return { free: offer.is_free === false ? false : parsed.free, price: parsed.price };
}

/** A multilingual field's English entry (a plain string has none). */
function english(value: unknown): string | null {
  return isLangMap(value) ? englishEntry(value) : null;
}

/** The English name and description, unless English is the main language picked or "en" only copies it. */
function englishOf(item: Obj, main: { title: string; lang: string | null; description: string }): EnglishVersion | null {
  if (isEnglish(main.lang)) return null;
  return englishVersion(main, {
    title: english(item.name),
    description: english(item.description) ?? english(item.short_description),
  });
}

/**
 * The first image and its alt text. The API's `alt_text` is a plain string (City-of-Helsinki/linkedevents,
 * events/models.py); some deployments translate it into a language map.
 */
function imageOf(item: Obj, languages: readonly string[]): Pick<SourceEvent, 'image' | 'imageAlt'> {
  const first = list(item.images)[0];
  const image = cleanUrl(first?.url);
  return { image, imageAlt: image ? altText(lang(first?.alt_text, languages)?.text) : null };
}

/** One Linked Events event, or the reason it is not imported. */
export function mapLinkedEvent(item: Obj, languages: readonly string[], timeZone: string): SourceEvent | string {
  if (item.deleted === true) return 'deleted in the feed';
  // A recurring series' umbrella spans all its dates; its sub-events (imported on their own) carry the real ones.
  if (item.super_event_type === 'recurring' && Array.isArray(item.sub_events) && item.sub_events.length > 0) {
    return 'umbrella of a recurring series (its sub-events are imported instead)';
  }
  const name = lang(item.name, languages);
  const title = cleanText(name?.text);
  if (!name || title === null) return 'no name';
  const start = parseFeedTime(item.start_time, timeZone);
  if (!start) return item.start_time ? `unreadable start_time "${String(item.start_time)}"` : 'no start_time';
  const occurrence = toOccurrence(start, parseFeedTime(item.end_time, timeZone), timeZone);
  const uid = typeof item.id === 'string' || typeof item.id === 'number' ? String(item.id) : String(item['@id'] ?? title);
  const description = cleanDescription(lang(item.description, languages)?.text ?? lang(item.short_description, languages)?.text);
  return {
    ...emptySourceEvent(uid, title),
    status: STATUS[String(item.event_status)] ?? 'scheduled',
    description,
    lang: name.lang,
    english: englishOf(item, { title, lang: name.lang, description }),
    categoriesRaw: uniqueTexts([...list(item.keywords).map((k) => keywordName(k, languages)), item.type_id]),
    audienceRaw: uniqueTexts(list(item.audience).map((k) => keywordName(k, languages))),
    ...placeOf(item, languages),
    occurrences: [{ startsAt: occurrence.startsAt, endsAt: occurrence.endsAt }],
    allDay: occurrence.allDay,
    ...offersOf(item, languages),
    organizer: cleanText(lang(item.provider, languages)?.text),
    url: cleanUrl(lang(item.info_url, languages)?.text),
    ...imageOf(item, languages),
    online: item.is_virtualevent === true,
    updatedAt: parseFeedTime(item.last_modified_time, timeZone)?.epoch ?? null,
  };
}
