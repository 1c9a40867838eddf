import { z } from 'zod';
import { maxPagesOption, sourceBase, timeZoneName } from './base.js';

/**
 * A web page (or a sitemap.xml listing pages) with schema.org JSON-LD: Events of every subtype, EventSeries and
 * TouristAttractions (as experiences).
 */
export const jsonldSourceSchema = sourceBase.extend({
  type: z.literal('jsonld'),
  options: z
    .object({
      /** Pages to follow from a sitemap, at most. */
      maxPages: maxPagesOption.default(200),
      /** Also import plain Place types (Museum, Park, LandmarksOrHistoricalBuildings …) as experiences. */
      placesAsExperiences: z.boolean().default(false),
      /** Zone for times without an offset; the indexer's default zone when absent. */
      timeZone: timeZoneName.optional(),
    })
    // prefault, not default: the empty object is parsed, so the inner defaults apply.
    .prefault({}),
});
export type JsonldSourceConfig = z.infer<typeof jsonldSourceSchema>;
