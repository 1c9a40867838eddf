import { z } from 'zod';
import { isValidTimeZone } from '../../domain/time.js';

/**
 * What every source config has, whatever its format. It lives here, not in data-schemas.ts, because the per-format
 * schemas extend it and data-schemas.ts imports them: defining it there would be an import cycle.
 */

const sourceUrl = z
  .string()
  .min(1)
  .refine((u) => !/^[a-z][a-z0-9+.-]*:/i.test(u) || /^(https?|file):/i.test(u), {
    message: 'must be http(s)://…, file://… or a plain path',
  });

export const sourceBase = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'lower-case letters, digits and dashes, at most 40'),
  name: z.string().min(1).optional(),
  url: sourceUrl,
  enabled: z.boolean().default(true),
  /**
   * How much the source is trusted, 0–100 (default 50). When two sources publish the same event, the copy of the
   * higher one is shown, with its title and links; a lower one only fills in what it lacks. The municipality's own
   * feeds get 100 in config/sources.json.
   */
  priority: z.number().int().min(0).max(100).default(50),
  /** Values for fields the feed leaves empty. */
  defaults: z
    .object({
      kind: z.enum(['event', 'experience']).optional(),
      lang: z.string().min(2).max(8).optional(),
      organizer: z.string().optional(),
      categories: z.array(z.string()).optional(),
      indoor: z.boolean().optional(),
    })
    .default({}),
  /**
   * Sample data only: dates in the feed are written around `anchor` (a Monday) and moved by whole weeks to the current
   * week at index time, so the sample site never goes stale.
   */
  timeShift: z.object({ anchor: z.iso.date() }).optional(),
  timeoutMs: z.number().int().positive().optional(),
  maxBytes: z.number().int().positive().optional(),
});

/** An IANA zone name Intl knows ("Europe/Copenhagen"), for feeds whose local times carry no offset. */
export const timeZoneName = z.string().refine(isValidTimeZone, { message: 'unknown IANA time zone' });

/** How many documents one run may fetch for a paged or sitemap source. */
export const maxPagesOption = z.number().int().min(1).max(10_000);
