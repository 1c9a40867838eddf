import { z } from 'zod';
import { LANGS } from '../domain/lang.js';
import type { AppConfig } from './app-schema.js';
import type { Taxonomy } from './data-schemas.js';

/*
 * The kiosk screens (config/kiosks.json, or the file KIOSKS_FILE names): one entry per screen. Only id, name and
 * location are required; the rest has defaults suited to a tourist office screen.
 */

const placeName = z.string().min(1).max(60);

/** A place name as visitors read it: one name for every language, or one per language. */
const localName = z
  .union([placeName, z.object({ sv: placeName, en: placeName })])
  .transform((n) => (typeof n === 'string' ? { sv: n, en: n } : n));

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time "HH:MM", e.g. "04:30"');

export const kioskSchema = z
  .object({
    /** The screen's address is /kiosk/<id>. */
    id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'must be lower-case letters, digits and dashes (it is the URL: /kiosk/<id>)'),
    /** What the operator calls the screen (logs, the page title). */
    name: z.string().min(1).max(80),
    /** Where the screen stands: "near" is measured from here, and the attract panels name the place. */
    location: z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180), name: localName }),
    /** Portrait 1080×1920 or landscape 1920×1080: the layout is made for one of them. */
    orientation: z.enum(['portrait', 'landscape']).default('portrait'),
    /** The attract loop shows each in turn; the first is where a touch lands unless another is on screen. */
    languages: z
      .array(z.enum(LANGS))
      .min(1)
      .refine((l) => new Set(l).size === l.length, 'must not repeat a language')
      .default(['sv', 'en']),
    idle: z
      .object({
        /** Seconds without a touch before "Är du kvar?" (60–90 suits a screen in a public room). */
        afterSeconds: z.number().int().min(2).max(600).default(75),
        /** Seconds the question counts down before the screen starts over with a full page load. */
        countdownSeconds: z.number().int().min(2).max(60).default(10),
      })
      .prefault({}),
    /** How often the attract content is fetched again. */
    refreshSeconds: z.number().int().min(2).max(3600).default(60),
    /** How long each attract panel stays (7–10 s reads well from a distance). */
    rotateSeconds: z.number().int().min(2).max(60).default(8),
    /** How often the screen asks whether a new version is deployed (it reloads only when the server answers). */
    versionCheckSeconds: z.number().int().min(2).max(3600).default(60),
    /** A daily full page load at this local time (site.timeZone), which also frees memory; null: none. */
    nightlyReload: clockTime.nullable().default('04:30'),
    /** Category ids lifted in this screen's suggestions (as if a visitor had chosen them). */
    emphasis: z.array(z.string().regex(/^[a-z0-9-]+$/)).max(20).default([]),
    /** When set, the screen's URL must carry it (`/kiosk/<id>?token=…`); ≥ 16 characters. */
    token: z.string().min(16, 'must be at least 16 characters').max(200).nullable().default(null),
  })
  .strict();

export const kiosksFileSchema = z
  .object({ kiosks: z.array(kioskSchema) })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.kiosks.forEach((k, i) => {
      if (seen.has(k.id)) ctx.addIssue({ code: 'custom', path: ['kiosks', i, 'id'], message: `duplicate kiosk id "${k.id}"` });
      seen.add(k.id);
    });
  });

export type KioskConfig = z.infer<typeof kioskSchema>;

/** What the schema cannot see alone: languages the site serves and categories the taxonomy has. */
export function kioskProblems(kiosks: readonly KioskConfig[], site: AppConfig['site'], taxonomy: Taxonomy): { path: string; message: string }[] {
  const categories = new Set(taxonomy.categories.map((c) => c.id));
  return kiosks.flatMap((k, i) => [
    ...k.languages
      .filter((l) => !site.languages.includes(l))
      .map((l) => ({ path: `kiosks.${i}.languages`, message: `"${l}" is not one of site.languages (${site.languages.join(', ')})` })),
    ...k.emphasis
      .filter((c) => !categories.has(c))
      .map((c) => ({ path: `kiosks.${i}.emphasis`, message: `"${c}" is not a category id of the taxonomy` })),
  ]);
}
