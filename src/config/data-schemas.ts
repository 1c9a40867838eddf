import { z } from 'zod';
import { sourceBase } from './source-types/base.js';
import { csvSourceSchema } from './source-types/csv.js';
import { jsonSourceSchema } from './source-types/json.js';
import { jsonldSourceSchema } from './source-types/jsonld.js';
import { submissionsSourceSchema } from './source-types/submissions.js';

/**
 * Schemas of the data files in config/ that operators edit: taxonomy, areas, venues and sources.
 * They are validated once by load-config.ts and passed down frozen.
 */

const label = z.string().min(1).max(80);

/** One category of the controlled, bilingual taxonomy (config/taxonomy.json). */
export const categorySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  sv: label,
  en: label,
  /** Search synonyms per language: a query for any of them finds events of this category. */
  synonyms: z.object({ sv: z.array(z.string()), en: z.array(z.string()) }),
  /** Feed vocabulary (any language, case- and diacritic-insensitive) that maps to this category. */
  match: z.array(z.string()),
  /** Whether events of this category usually happen indoors (null: no opinion). */
  indoor: z.boolean().nullable(),
});

export const audienceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  sv: label,
  en: label,
  match: z.array(z.string()),
});

/** A group of words that mean the same, across Swedish and English: they become mutual search synonyms. */
export const termSchema = z.object({ sv: z.array(z.string().min(1)).min(1), en: z.array(z.string().min(1)) });

export const taxonomySchema = z.object({
  categories: z.array(categorySchema).min(1),
  audiences: z.array(audienceSchema),
  /** Accessibility features a feed or venue can state (wheelchair, hearing loop …), with the words that say so. */
  accessibility: z.array(audienceSchema).default([]),
});
export type Taxonomy = z.infer<typeof taxonomySchema>;

/**
 * The bilingual glossary (config/glossary.json): groups of words that mean the same in Swedish and English. They
 * become mutual search synonyms, so groups must hold true equivalents only: a synonym counts as a full match.
 */
export const glossarySchema = z.object({
  about: z.string().optional(),
  groups: z
    .array(termSchema.extend({ topic: z.string().regex(/^[a-z-]{2,40}$/) }))
    .min(1)
    .superRefine((groups, ctx) => {
      const seen = new Map<string, number>();
      groups.forEach((g, i) => {
        for (const w of [...g.sv, ...g.en]) {
          if (w !== w.trim().toLowerCase()) ctx.addIssue({ code: 'custom', path: [i], message: `"${w}" must be trimmed lower case` });
          const first = seen.get(w);
          if (first !== undefined && first !== i) ctx.addIssue({ code: 'custom', path: [i], message: `"${w}" is in group ${first} too` });
          seen.set(w, i);
        }
      });
    }),
});
export type Glossary = z.infer<typeof glossarySchema>;
export type Category = z.infer<typeof categorySchema>;

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const ring = z.array(position).min(4);

/** City districts and villages (config/areas.geojson), GeoJSON with [lng, lat] positions. */
export const areasSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ id: z.string().regex(/^[a-z0-9-]+$/), name: z.string().min(1) }),
      geometry: z.union([
        z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
        z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
      ]),
    }),
  ),
});
export type Areas = z.infer<typeof areasSchema>;

/** Known venues (config/venues.json): geocodes events whose feed names only the venue. */
export const venueRegistrySchema = z.array(
  z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    aliases: z.array(z.string()),
    address: z.string().nullable(),
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    indoor: z.boolean().nullable(),
    /** Taxonomy accessibility ids that hold for every event at the venue. */
    accessibility: z.array(z.string()).default([]),
  }),
);
export type VenueRegistry = z.infer<typeof venueRegistrySchema>;

/** Re-exported for format schemas defined elsewhere (it lives in source-types/base.ts to avoid an import cycle). */
export { sourceBase };

export const sourceSchema = z.discriminatedUnion('type', [
  sourceBase.extend({ type: z.literal('ics') }),
  jsonldSourceSchema,
  jsonSourceSchema,
  csvSourceSchema,
  submissionsSourceSchema,
]);
export type SourceConfig = z.infer<typeof sourceSchema>;

export const sourcesFileSchema = z.object({ sources: z.array(sourceSchema) }).superRefine((f, ctx) => {
  const seen = new Set<string>();
  f.sources.forEach((s, i) => {
    if (seen.has(s.id)) ctx.addIssue({ code: 'custom', message: `duplicate source id "${s.id}"`, path: ['sources', i, 'id'] });
    seen.add(s.id);
  });
});
