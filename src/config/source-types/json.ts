import { z } from 'zod';
import { maxPagesOption, sourceBase, timeZoneName } from './base.js';

/**
 * A path into a JSON item: a JSON pointer ("/location/name") or a dotted path ("location.name", "images.0.url").
 * A path that crosses an array collects the field from every element ("keywords.name").
 * Several paths: the first that gives a value (for lists: all of them together).
 */
const path = z.union([z.string(), z.array(z.string()).min(1)]);

/** Where each SourceEvent field lives in an item of a feed; only `title` and a start (or occurrences) are needed. */
export const jsonMappingSchema = z.object({
  /** Pointer to the array of items: "" or "/" for a root array, "/events", "/data" … */
  items: z.string().default(''),
  id: path.optional(),
  title: path,
  description: path.optional(),
  /**
   * The feed's English title and text beside the main language ("rubrik_en"). Without them, a `title` or `description`
   * that is a language map ({"sv": …, "en": …}) gives its "en" entry.
   */
  englishTitle: path.optional(),
  englishDescription: path.optional(),
  start: path.optional(),
  end: path.optional(),
  /** Path to an array of sub-objects when the feed nests dates, read with the two paths below. */
  occurrences: z.string().optional(),
  occurrenceStart: z.string().default('start'),
  occurrenceEnd: z.string().default('end'),
  url: path.optional(),
  image: path.optional(),
  /** What the image shows, in the feed's words ("bild.alt"): the picture's alt text. */
  imageAlt: path.optional(),
  venueName: path.optional(),
  /** One path, or the parts of an address spread over several fields. */
  address: z.union([path, z.object({ street: path.optional(), postalCode: path.optional(), locality: path.optional() })]).optional(),
  lat: path.optional(),
  lng: path.optional(),
  categories: path.optional(),
  audience: path.optional(),
  price: path.optional(),
  free: path.optional(),
  organizer: path.optional(),
  updatedAt: path.optional(),
});
export type JsonMapping = z.infer<typeof jsonMappingSchema>;

/** A JSON API read through a field mapping (`profile: 'mapping'`) or a built-in profile (Linked Events). */
export const jsonSourceSchema = sourceBase.extend({
  type: z.literal('json'),
  options: z
    .object({
      profile: z.enum(['linked-events', 'mapping']).default('mapping'),
      mapping: jsonMappingSchema.optional(),
      /** Preference order for multilingual values like {"fi": …, "sv": …, "en": …}. */
      languages: z.array(z.string().min(2).max(8)).min(1).default(['sv', 'en']),
      /** Zone for times without an offset; the indexer's default zone when absent. */
      timeZone: timeZoneName.optional(),
      /** Pages of a paged API to follow, at most. */
      maxPages: maxPagesOption.default(50),
      /** The venue of a single-venue feed, for items that name none. */
      venue: z
        .object({ name: z.string().min(1), address: z.string().optional(), lat: z.number().min(-90).max(90).optional(), lng: z.number().min(-180).max(180).optional() })
        .optional(),
    })
    .superRefine((o, ctx) => {
      if (o.profile === 'mapping' && !o.mapping) ctx.addIssue({ code: 'custom', message: 'profile "mapping" needs a mapping', path: ['mapping'] });
    }),
});
export type JsonSourceConfig = z.infer<typeof jsonSourceSchema>;
