import { z } from 'zod';
import { DATE_PRESETS } from '../../domain/date-range.js';
import { KINDS, SETTINGS, STATUSES } from '../../domain/event.js';
import { FACETS, type FacetVocabulary } from '../../domain/facets.js';
import { MAX_PAGE, MAX_PER_PAGE, MAX_QUERY_LENGTH, SORTS } from '../../domain/search-query.js';

/*
 * The public API's parameters and answers as zod schemas: requests are checked against them (what does not fit is
 * reported back, not silently dropped), answers are typed by them, and /api/openapi.json is generated from them, so
 * the document cannot drift from the code. The facet parameters come from the facet table, their values from the
 * operator's vocabulary.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ description: 'A local date, `YYYY-MM-DD`.', example: '2026-01-10' });
const boolText = z.enum(['true', 'false']);

/**
 * A number read from the query string. zod-to-openapi writes coerced numbers as `["number","null"]`; the query never
 * carries null, so the documented type and bounds are stated here.
 */
function num(min: number, max: number, opts: { int?: boolean; description?: string } = {}) {
  const base = opts.int ? z.coerce.number().int() : z.coerce.number();
  return base
    .min(min)
    .max(max)
    .meta({ type: opts.int ? 'integer' : 'number', minimum: min, maximum: max, ...(opts.description ? { description: opts.description } : {}) });
}

/** A list parameter: repeated (`?a=x&a=y`) or comma-separated (`?a=x,y`). */
function listOf(values: readonly string[], description: string) {
  const item = values.length ? z.enum(values as [string, ...string[]]) : z.string();
  return z.array(item).max(20).meta({ description: `${description} Repeat the parameter or separate values with commas; any of them matches.` });
}

const FACET_TEXT: Record<string, string> = {
  categories: 'Category ids (config/taxonomy.json).',
  area: 'Area ids: city districts and villages (config/areas.geojson).',
  kind: '`event` (dated) or `experience` (places with opening hours).',
  free: 'Free for everyone (`true`) or not (`false`).',
  indoor: 'Indoors (`true`) or outdoors (`false`).',
  audience: 'Audience ids (config/taxonomy.json).',
  accessibility: 'Accessibility ids: `wheelchair`, `hearing-loop`, `sign-language`, `audio-description`.',
};

/** The filters every listing endpoint shares: free text, the facets of the facet table, and dates. */
export function filterShape(vocab: FacetVocabulary) {
  const facets = Object.fromEntries(
    FACETS.map((f) => [f.param, f.kind === 'boolean' ? boolText.meta({ description: FACET_TEXT[f.field] ?? '' }) : listOf([...vocab[f.field].keys()], FACET_TEXT[f.field] ?? '')]),
  );
  return {
    q: z
      .string()
      .max(MAX_QUERY_LENGTH)
      .meta({ description: 'Free text. Time words (`i helgen`, `ikväll`, `tonight`) become a date filter.', example: 'konsert' }),
    ...facets,
    when: z.enum([...DATE_PRESETS, 'any']).meta({ description: 'A date preset in the site’s time zone; `any` turns time words in `q` off.' }),
    from: isoDate,
    to: isoDate,
  };
}

const lang = z.enum(['sv', 'en']).meta({ description: 'Language of links and texts (default: the site’s).' });

export function eventsQuerySchema(vocab: FacetVocabulary) {
  return z
    .object({
      ...filterShape(vocab),
      sort: z.enum(SORTS).meta({ description: '`nearest` needs `lat` and `lng`.' }),
      lat: num(-90, 90, { description: 'Latitude, decimal degrees (for `sort=nearest` and distances).' }),
      lng: num(-180, 180, { description: 'Longitude, decimal degrees.' }),
      page: num(1, MAX_PAGE, { int: true }),
      per_page: num(1, MAX_PER_PAGE, { int: true }),
      weather: z.enum(['off']).meta({ description: 'Typed searches lift weather-suited events among near-equal matches; `off` turns that off.' }),
      updated_since: z.iso
        .datetime({ offset: true })
        .meta({ description: 'Incremental sync: only events changed at or after this instant, plus `removed`. Pass the last answer’s `nextUpdatedSince`.', example: '2026-01-05T08:00:00Z' }),
    })
    .partial();
}

export function subscriptionQuerySchema(vocab: FacetVocabulary) {
  return z.object({ ...filterShape(vocab), lang }).partial();
}

export function posterQuerySchema(vocab: FacetVocabulary) {
  return z
    .object({
      ...filterShape(vocab),
      id: z.string().regex(/^[a-zA-Z0-9_-]{1,200}$/).meta({ description: 'One event (its `eventId`); filters are then ignored.' }),
      limit: num(1, 20, { int: true, description: 'How many posters (default 5).' }),
      lang,
    })
    .partial();
}

export function feedQuerySchema(vocab: FacetVocabulary) {
  const categories = [...(vocab.categories?.keys() ?? [])];
  return z
    .object({
      ...Object.fromEntries(Object.entries(filterShape(vocab)).filter(([k]) => !['q', 'when', 'from', 'to'].includes(k))),
      lat: num(-90, 90, { description: 'Rounded to about 1 km before use.' }),
      lng: num(-180, 180),
      interest: listOf(categories, 'Category ids the reader likes (lifted in the ranking).'),
      free_only: boolText,
      lang,
    })
    .partial();
}

const iso = z.iso.datetime().meta({ description: 'UTC, ISO 8601.' });
const geo = z.object({ lat: z.number(), lng: z.number() }).nullable();
const venue = z.object({ name: z.string(), address: z.string().nullable() }).nullable();

export const apiHitSchema = z
  .object({
    id: z.string().meta({ description: 'The occurrence shown (its next or current one).' }),
    eventId: z.string(),
    kind: z.enum(KINDS),
    status: z.enum(STATUSES),
    title: z.string(),
    englishTitle: z.string().nullable().meta({ description: 'The feed’s own English title, when it gives one (the English site shows it first).' }),
    startsAt: iso.nullable().meta({ description: 'Null for a place open all year.' }),
    endsAt: iso.nullable(),
    venue,
    area: z.string().nullable(),
    categories: z.array(z.string()),
    url: z.url().nullable().meta({ description: 'The organiser’s page.' }),
    free: z.boolean().nullable(),
    price: z.string().nullable(),
    geo,
  })
  .meta({ id: 'EventHit' });
export type ApiHit = z.infer<typeof apiHitSchema>;

const ignored = z
  .array(z.object({ parameter: z.string(), reason: z.string() }))
  .meta({ description: 'Parameters (or values) that were not understood and had no effect; also in the `X-Ignored-Parameters` header.' });

export const removedSchema = z
  .object({
    events: z.array(z.string()).meta({ description: 'Events none of whose occurrences are left: delete them.' }),
    occurrences: z.array(z.string()).meta({ description: 'Occurrence ids removed (an event may have others left).' }),
  })
  .meta({ id: 'Removed' });

const facetCounts = z.record(z.string(), z.record(z.string(), z.number().int()));

export const eventsPageSchema = z
  .object({
    total: z.number().int(),
    page: z.number().int(),
    totalPages: z.number().int(),
    hits: z.array(apiHitSchema),
    facets: facetCounts.meta({ description: 'Counts per facet value (disjunctive: a chosen facet’s counts ignore its own choice).' }),
    removed: removedSchema.optional().meta({ description: 'With `updated_since`: what was removed since then. Apply before the hits.' }),
    nextUpdatedSince: iso.optional().meta({ description: 'With `updated_since`: the value to pass next time.' }),
    ignored: ignored.optional(),
  })
  .meta({ id: 'EventsPage' });

export const eventDetailSchema = z
  .object({
    eventId: z.string(),
    kind: z.enum(KINDS),
    status: z.enum(STATUSES),
    title: z.string(),
    description: z.string().meta({ description: 'Plain text.' }),
    english: z
      .object({ title: z.string().nullable(), description: z.string().nullable().meta({ description: 'Plain text.' }) })
      .nullable()
      .meta({ description: 'The feed’s own English title and text, when it gives them (the English site shows them first).' }),
    categories: z.array(z.string()),
    audience: z.array(z.string()),
    accessibility: z.array(z.string()),
    venue,
    geo,
    area: z.string().nullable(),
    organizer: z.string().nullable(),
    url: z.url().nullable(),
    image: z.url().nullable(),
    free: z.boolean().nullable(),
    price: z.string().nullable(),
    setting: z.enum(SETTINGS).nullable(),
    openingHours: z.string().nullable().meta({ description: 'OpenStreetMap `opening_hours` syntax (places).' }),
    openingHoursText: z.string().nullable(),
    page: z.url().meta({ description: 'The event’s page on this site.' }),
    updatedAt: iso.meta({ description: 'When this site’s copy last changed.' }),
    occurrences: z.array(
      z.object({ id: z.string(), status: z.enum(STATUSES), startsAt: iso.nullable(), endsAt: iso.nullable(), allDay: z.boolean(), updatedAt: iso }),
    ),
  })
  .meta({ id: 'Event' });
export type EventDetail = z.infer<typeof eventDetailSchema>;

export const posterSchema = z
  .object({
    eventId: z.string(),
    title: z.string(),
    when: z.string().meta({ description: 'Date and time as a person reads them, in the requested language.' }),
    startsAt: iso.nullable(),
    endsAt: iso.nullable(),
    place: z.string().nullable(),
    image: z.url().nullable(),
    qrTarget: z.url().meta({ description: 'What a QR code on the poster should open: the event page.' }),
    status: z.enum(STATUSES),
  })
  .meta({ id: 'Poster' });

export const postersSchema = z
  .object({ generatedAt: iso, posters: z.array(posterSchema), ignored: ignored.optional() })
  .meta({ id: 'Posters' });

export const feedAnswerSchema = z
  .object({
    generatedAt: iso,
    personal: z.boolean(),
    weather: z.object({ point: z.string(), fetchedAt: iso, attribution: z.string() }).nullable(),
    top: z.array(z.looseObject(apiHitSchema.shape)),
    sections: z.array(z.object({ id: z.string(), hits: z.array(z.looseObject(apiHitSchema.shape)) })),
  })
  .meta({ id: 'Feed', description: 'Hits as in /api/events plus setting, indoor, weatherFit, distanceM, score and reasons.' });

export const problemSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) }).meta({ id: 'Problem' });

export type EventsPage = z.infer<typeof eventsPageSchema>;

/** The answer to an `updated_since` older than the removal record: the client must sync in full. */
export function syncTooOld(keptSince: number | null): z.infer<typeof problemSchema> {
  const since = keptSince === null ? 'no removal record yet' : `removals are kept from ${new Date(keptSince * 1000).toISOString()}`;
  return { error: { code: 'SYNC_TOO_OLD', message: `updated_since is older than this site's record of removals (${since}): fetch everything again without it.` } };
}
