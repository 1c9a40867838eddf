import { z } from 'zod';

/** Meilisearch document ids allow only these characters. */
export const ID_PATTERN = /^[a-zA-Z0-9_-]{1,511}$/;

export const KINDS = ['event', 'experience'] as const;
export type Kind = (typeof KINDS)[number];

/** The end the indexer gives an experience open without an end date (2100-01-01); its start is 0. */
export const OPEN_END = 4_102_444_800;

export const STATUSES = ['scheduled', 'cancelled', 'postponed'] as const;

/** Where a visit happens: the feed lifts indoor places when it rains and outdoor ones in fine weather; `mixed` (a
 * festival with tents) is neither lifted nor lowered. */
export const SETTINGS = ['indoor', 'outdoor', 'mixed'] as const;
export type Setting = (typeof SETTINGS)[number];
export type EventStatus = (typeof STATUSES)[number];

const geoSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});
export type Geo = z.infer<typeof geoSchema>;

/** An image the site stores and serves itself: `/bilder/<key>-<width>.webp` for each width. */
export const pictureSchema = z.object({
  /** Hash of the original bytes: content-addressed names can be cached for ever. */
  key: z.string().regex(/^[a-f0-9]{16}$/),
  widths: z.array(z.number().int().min(1).max(4000)).min(1).max(6),
  /** Width divided by height. */
  ratio: z.number().positive().max(20),
  /** The feed's own description of the image, when it gives one. */
  alt: z.string().max(300).nullable(),
});
export type Picture = z.infer<typeof pictureSchema>;

const venueSchema = z.object({
  name: z.string().min(1).max(300),
  address: z.string().max(500).nullable(),
});
export type Venue = z.infer<typeof venueSchema>;

/**
 * One indexed document: one occurrence of an event, or one experience (an ongoing attraction with opening
 * hours). Every occurrence of an event shares `eventId`, the index's distinct attribute.
 * Times are epoch seconds (UTC); the site shows them in Europe/Stockholm.
 */
export const eventDocSchema = z
  .object({
    id: z.string().regex(ID_PATTERN),
    eventId: z.string().regex(ID_PATTERN),
    uid: z.string().min(1).max(1000),
    kind: z.enum(KINDS),
    status: z.enum(STATUSES),
    title: z.string().min(1).max(300),
    /** Sanitised HTML (see indexer/enrich/sanitise.ts); render only through the sanitised-html helper. */
    description: z.string().max(20_000),
    /** The same text without markup: searched, cropped and highlighted. */
    descriptionText: z.string().max(20_000),
    /**
     * The feed's own English text as plain text: its English description field, else an "In English: …" paragraph of
     * the description. Searched, and what the English site shows first.
     */
    // Defaults, so documents written before these fields existed still read.
    englishText: z.string().max(5000).nullable().default(null),
    /** The same as sanitised HTML (paragraphs kept) for the English event page; render like `description`. */
    englishDescription: z.string().max(10_000).nullable().default(null),
    /** The feed's own English title (a real translation, never a copy of `title`): searched, shown on the English site. */
    englishTitle: z.string().min(1).max(300).nullable().default(null),
    lang: z.string().min(2).max(8),
    /** Taxonomy ids (config/taxonomy.json). */
    categories: z.array(z.string()).max(20),
    /** Swedish and English labels of `categories`, searchable. */
    categoryLabels: z.array(z.string()).max(60),
    /** Every word the taxonomy has for `audience` ("pensionärer", "seniors" …), searchable. */
    audienceWords: z.array(z.string()).max(200).default([]),
    /** Decompounded parts of the title's words, so a search for one half of a Swedish compound finds the whole. */
    keywords: z.array(z.string()).max(400),
    /** The same for the description, ranked last: a compound in the text matters less than one in the title. */
    textKeywords: z.array(z.string()).max(400),
    /** Area id (config/areas.geojson) or null when outside every known area. */
    area: z.string().nullable(),
    areaName: z.string().nullable(),
    venue: venueSchema.nullable(),
    _geo: geoSchema.nullable(),
    startsAt: z.number().int(),
    endsAt: z.number().int(),
    allDay: z.boolean(),
    /** ISO weekdays (1 = Monday) an experience is open; every day for events spanning them. */
    openWeekdays: z.array(z.number().int().min(1).max(7)).max(7),
    /** An experience's opening hours in OpenStreetMap `opening_hours` syntax (src/domain/opening-hours.ts), when the feed's could be read. */
    openingHours: z.string().max(500).nullable(),
    /** The feed's own words for the opening hours, shown when they could not be read (or as a note beside them). */
    openingHoursText: z.string().max(500).nullable(),
    /** Hours (epoch seconds / 3600) of the coming weeks in which an experience is open (src/domain/open-slots.ts); [] for events. */
    openHours: z.array(z.number().int()).max(24 * 31),
    /** Local dates (days since 1970-01-01) on which an experience is open within the horizon; [] for events. */
    openDays: z.array(z.number().int()).max(800),
    setting: z.enum(SETTINGS).nullable(),
    /** `setting` as the indoor facet reads it: true indoors, false outdoors, null mixed or unknown. */
    indoor: z.boolean().nullable(),
    free: z.boolean().nullable(),
    /** The feed's price text ("Pris 80 kr, barn under 12 år gratis"); `free` is true only when free for everyone. */
    price: z.string().max(200).nullable(),
    /** Lowest and highest amount in kronor the price names, for "från 80 kr" on cards. */
    priceRange: z.object({ from: z.number().positive(), to: z.number().positive() }).nullable(),
    audience: z.array(z.string()).max(10),
    accessibility: z.array(z.string()).max(10),
    organizer: z.string().max(300).nullable(),
    /** Id of the source that owns the document; `sources` lists every source that published it. */
    source: z.string(),
    sources: z.array(z.string()).min(1),
    // The last check before these become links: http(s) only, never javascript: or data:.
    url: z.url({ protocol: /^https?$/ }).nullable(),
    /** The feed's image URL, kept for reference: pages show `picture`, never this (no hot-linking). */
    image: z.url({ protocol: /^https?$/ }).nullable(),
    /** The feed's image as the site serves it: fetched, checked and resized by the indexer (indexer/images/). */
    picture: pictureSchema.nullable(),
    online: z.boolean(),
    /**
     * Another source's document for the same occurrence was kept instead (cross-source dedup). Duplicates stay in the
     * index, hidden from search, so the event survives when the kept source fails or drops it.
     */
    duplicate: z.boolean(),
    /**
     * On a `duplicate`: the eventId of the event kept in its place, so the merged-away event's page can redirect there
     * (links and calendar files people saved keep working). Absent otherwise.
     */
    mergedInto: z.string().regex(ID_PATTERN).nullable().optional(),
    updatedAt: z.number().int(),
    /** Content hash of everything above, so unchanged documents are not re-sent. */
    hash: z.string(),
  })
  .refine((d) => d.endsAt >= d.startsAt, { message: 'endsAt is before startsAt', path: ['endsAt'] });

export type EventDoc = z.infer<typeof eventDocSchema>;
