import type { Config } from '../../src/config/load-config.js';
import { type EventDoc, eventDocSchema, OPEN_END } from '../../src/domain/event.js';
import { addLocalDays, fromWallTime, startOfLocalDay, toWallTime } from '../../src/domain/time.js';
import { createEnrichers } from '../../indexer/enrich/enrichers.js';
import { contentHash, eventIdOf, occurrenceIdOf } from '../../indexer/enrich/identity.js';
import { openSchedule } from '../../indexer/enrich/opening-hours.js';
import { createRng, type Rng } from './prng.js';
import { OPENERS, ORGANIZERS, PERFORMERS, PRICES, SENTENCES, STREETS, SUBTITLES, THEMES } from './words.js';
import { indoorOf } from '../../indexer/enrich/setting.js';

/** Växjö, roughly: every synthetic point lies in this box. */
/** A synthetic event's setting from its categories alone, and the indoor facet's view of it. */
function settingFrom(indoor: boolean | null) {
  const setting = indoor === null ? null : indoor ? ('indoor' as const) : ('outdoor' as const);
  return { setting, indoor: indoorOf(setting) };
}

export const BBOX = { south: 56.85, north: 56.9, west: 14.76, east: 14.85 };
export const SOURCE_ID = 'bench';
const ALWAYS_OPEN = { startsAt: 0, endsAt: 4_102_444_800 };

export interface Schedule {
  repeat: 'none' | 'weekly' | 'daily';
  count: number;
  /** Local days after today of the first occurrence. */
  firstDay: number;
  hour: number;
  minute: number;
  durationMin: number;
}

/** One synthetic event before it becomes documents (search bench) or a VEVENT (indexer bench). */
export interface SyntheticEvent {
  uid: string;
  kind: 'event' | 'experience';
  status: 'scheduled' | 'cancelled';
  title: string;
  descriptionText: string;
  categoryIds: string[];
  venue: { name: string; address: string | null };
  geo: { lat: number; lng: number };
  organizer: string;
  url: string;
  image: string | null;
  schedule: Schedule;
}

/** Share of events that repeat, and how many occurrences each has; the rest happen once. */
export interface Mix {
  weekly: { share: number; count: number };
  daily: { share: number; count: number };
  experienceShare: number;
  /** Days of the horizon occurrences must fit in. */
  horizonDays: number;
}

function compoundTitle(rng: Rng, config: Config): { title: string; categoryIds: string[]; place: string } {
  const theme = rng.pick(THEMES);
  const prefix = rng.pick(theme.prefixes);
  const word = prefix ? `${prefix}${theme.suffix}` : theme.suffix.charAt(0).toUpperCase() + theme.suffix.slice(1);
  const area = rng.pick(config.areas.features).properties.name;
  const form = rng.int(0, 4);
  const title =
    form === 1 ? `${word} med ${rng.pick(PERFORMERS)}` : form === 2 ? `${word} i ${area}` : form === 3 ? `${word}: ${rng.pick(SUBTITLES)}` : word;
  return { title, categoryIds: [...theme.categories], place: area };
}

function description(rng: Rng, title: string, venue: string): string {
  const target = rng.int(40, 80);
  const parts = [rng.pick(OPENERS).replace('{title}', title).replace('{venue}', venue)];
  let count = parts[0]?.split(' ').length ?? 0;
  while (count < target) {
    const s = rng.pick(SENTENCES);
    parts.push(s);
    count += s.split(' ').length;
  }
  parts.push(rng.pick(PRICES));
  return parts.join(' ');
}

function schedule(rng: Rng, mix: Mix, i: number): Schedule {
  // Stratified by index, not drawn: the shares (and so the occurrence total) come out exact.
  const r = ((i % 100) + 0.5) / 100;
  const repeat = r < mix.weekly.share ? 'weekly' : r < mix.weekly.share + mix.daily.share ? 'daily' : 'none';
  const count = repeat === 'weekly' ? mix.weekly.count : repeat === 'daily' ? mix.daily.count : 1;
  const span = repeat === 'weekly' ? (count - 1) * 7 : count - 1;
  // Start after tomorrow and end a few days before the horizon: a re-run minutes later sees the same occurrences.
  const firstDay = rng.int(2, Math.max(2, mix.horizonDays - 5 - span));
  return { repeat, count, firstDay, hour: rng.int(9, 20), minute: rng.pick([0, 0, 15, 30, 45]), durationMin: rng.pick([45, 60, 90, 120, 180]) };
}

/** `count` deterministic Växjö-like events (seeded). */
export function generateEvents(config: Config, count: number, mix: Mix, seed = 42): SyntheticEvent[] {
  const rng = createRng(seed);
  const venues = config.venues.filter((v) => v.lat >= BBOX.south && v.lat <= BBOX.north && v.lng >= BBOX.west && v.lng <= BBOX.east);
  const events: SyntheticEvent[] = [];
  for (let i = 0; i < count; i++) {
    const { title, categoryIds } = compoundTitle(rng, config);
    const known = rng.chance(0.5) ? rng.pick(venues) : null;
    const geo = known
      ? { lat: known.lat, lng: known.lng }
      : { lat: +(BBOX.south + rng.next() * (BBOX.north - BBOX.south)).toFixed(5), lng: +(BBOX.west + rng.next() * (BBOX.east - BBOX.west)).toFixed(5) };
    const venue = known
      ? { name: known.name, address: known.address }
      : { name: `${rng.pick(['Församlingshemmet', 'Kvarterslokalen', 'Folkets hus', 'Scoutstugan', 'Föreningsgården'])} ${rng.pick(STREETS)}`, address: `${rng.pick(STREETS)} ${rng.int(1, 60)}, Växjö` };
    events.push({
      uid: `bench-${seed}-${i}@upptack.example`,
      kind: rng.chance(mix.experienceShare) ? 'experience' : 'event',
      status: rng.chance(0.02) ? 'cancelled' : 'scheduled',
      title,
      descriptionText: description(rng, title, venue.name),
      categoryIds,
      venue,
      geo,
      organizer: rng.pick(ORGANIZERS),
      url: `https://upptack.example/evenemang/${i}`,
      image: rng.chance(0.7) ? `https://upptack.example/bilder/${i}.jpg` : null,
      schedule: schedule(rng, mix, i),
    });
  }
  return events;
}

/** Epoch-second occurrences of an event, in local wall time of `tz` (DST-correct). */
export function occurrencesOf(e: SyntheticEvent, now: number, tz: string): { startsAt: number; endsAt: number }[] {
  if (e.kind === 'experience') return [ALWAYS_OPEN];
  const day0 = startOfLocalDay(now, tz);
  const step = e.schedule.repeat === 'weekly' ? 7 : 1;
  const out = [];
  for (let k = 0; k < e.schedule.count; k++) {
    const wall = toWallTime(addLocalDays(day0, e.schedule.firstDay + k * step, tz), tz);
    const startsAt = fromWallTime({ ...wall, hour: e.schedule.hour, minute: e.schedule.minute, second: 0 }, tz);
    out.push({ startsAt, endsAt: startsAt + e.schedule.durationMin * 60 });
  }
  return out;
}

/**
 * Index documents for the events, as the indexer would write them (keywords, labels, area and hash come from the
 * indexer's own enrichers), cut to `limit`. A sample is checked against the event schema.
 */
export function toDocs(events: SyntheticEvent[], config: Config, now: number, limit = Number.POSITIVE_INFINITY): EventDoc[] {
  const { categoriser, places, keywords } = createEnrichers(config);
  const tz = config.app.site.timeZone;
  const experienceOpening = benchOpening(now, tz);
  const docs: EventDoc[] = [];
  for (const e of events) {
    const eventId = eventIdOf(SOURCE_ID, e.uid);
    const area = places.area(e.geo);
    const free = /Fri entré|Gratis/.test(e.descriptionText);
    const shared = {
      eventId, uid: e.uid, kind: e.kind, status: e.status, title: e.title,
      description: `<p>${e.descriptionText}</p>`, descriptionText: e.descriptionText, englishText: null, englishDescription: null, englishTitle: null, lang: 'sv',
      categories: e.categoryIds, categoryLabels: categoriser.labels(e.categoryIds), audienceWords: [], keywords: keywords.of([e.title]), textKeywords: [], duplicate: false,
      area: area?.id ?? null, areaName: area?.name ?? null, venue: e.venue, _geo: e.geo, allDay: false,
      openWeekdays: e.kind === 'experience' ? [2, 3, 4, 5, 6, 7] : [1, 2, 3, 4, 5, 6, 7],
      openingHours: e.kind === 'experience' ? 'Tu-Su 10:00-17:00' : null,
      openingHoursText: e.kind === 'experience' ? 'tis–sön 10–17' : null,
      ...(e.kind === 'experience' ? experienceOpening : { openHours: [], openDays: [] }),
      ...settingFrom(categoriser.indoorOf(e.categoryIds)), free, price: free ? null : (/\d+ kr/.exec(e.descriptionText)?.[0] ?? null), priceRange: null,
      audience: categoriser.audience([], e.descriptionText), accessibility: e.descriptionText.includes('hörslinga') ? ['wheelchair', 'hearing-loop'] : [],
      organizer: e.organizer, source: SOURCE_ID, sources: [SOURCE_ID], url: e.url, image: e.image, picture: null, online: false,
    };
    for (const o of occurrencesOf(e, now, tz)) {
      if (docs.length >= limit) return validated(docs);
      const draft = { ...shared, id: occurrenceIdOf(eventId, o.startsAt), ...o };
      docs.push({ ...draft, updatedAt: now, hash: contentHash(draft) });
    }
  }
  return validated(docs);
}

/** Tuesday to Sunday 10–17, as the indexer lists it (indexer/enrich/opening-hours.ts). */
function benchOpening(now: number, tz: string) {
  const { openHours, openDays } = openSchedule('Tu-Su 10:00-17:00', null, { from: 0, to: OPEN_END }, null, now, {
    tz, country: 'se', centre: { lat: 56.8777, lng: 14.8091 }, horizonDays: 180,
  });
  return { openHours, openDays };
}

function validated(docs: EventDoc[]): EventDoc[] {
  for (let i = 0; i < docs.length; i += Math.max(1, Math.floor(docs.length / 500))) eventDocSchema.parse(docs[i]);
  return docs;
}

/** Enough events for `docs` occurrences with the given mix (a little over; toDocs cuts). */
export function eventsFor(docs: number, mix: Mix): number {
  const perEvent = 1 - mix.weekly.share - mix.daily.share + mix.weekly.share * mix.weekly.count + mix.daily.share * mix.daily.count;
  return Math.ceil((docs / perEvent) * 1.05) + 10;
}
