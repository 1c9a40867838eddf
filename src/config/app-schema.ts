import { z } from 'zod';
import { LANGS } from '../domain/lang.js';
import { isValidTimeZone } from '../domain/time.js';

const cronExpression = z
  .string()
  .regex(/^(\S+\s+){4,5}\S+$/, 'must be a cron expression with 5 or 6 fields, e.g. "*/15 * * * *"');

const lang = z.enum(LANGS);

/** What the whole site (pages, API, indexer) needs to know about the place it serves. */
const siteSchema = z
  .object({
    /** Dates are shown, "today" and "this weekend" computed, and feeds' floating times read in this zone. */
    timeZone: z.string().refine(isValidTimeZone, 'must be an IANA time zone, e.g. "Europe/Stockholm"'),
    /** The languages pages are served in (each has its own paths: /sok, /en/search …). */
    languages: z.array(lang).min(1).refine((l) => new Set(l).size === l.length, 'must not repeat a language'),
    /** The language of pages that belong to no language path (errors outside one, the API's messages). */
    defaultLanguage: lang,
    /** Base URL of the site as visitors see it (canonical links, calendar files, QR codes). */
    publicUrl: z.url({ protocol: /^https?$/ }).nullable(),
    /** The municipality the site serves, as visitors read its name. */
    municipality: z.object({ sv: z.string().min(1).max(100), en: z.string().min(1).max(100) }),
    /** The municipality's centre: where "near" starts when a visitor shares no location. */
    centre: z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180), name: z.string().min(1).max(100) }),
  })
  .refine((s) => s.languages.includes(s.defaultLanguage), { message: 'must be one of site.languages', path: ['defaultLanguage'] });

/** The application's settings (config/default.json, an optional CONFIG_FILE, then environment variables). */
export const appConfigSchema = z.object({
  /** Port the web server listens on; 0 picks a free one (tests). */
  port: z.number().int().min(0).max(65535),
  host: z.string().min(1),
  /** Where the embedded Meilisearch keeps its data and key file. */
  dataDir: z.string().min(1),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  site: siteSchema,
  meili: z.object({
    /** External Meilisearch; null starts the bundled binary on loopback. */
    url: z.url().nullable(),
    masterKey: z.string().min(16, 'must be at least 16 bytes').nullable(),
    /** Path to a Meilisearch binary other than the bundled one. */
    binary: z.string().min(1).nullable(),
    startTimeoutMs: z.number().int().positive(),
    taskTimeoutMs: z.number().int().positive(),
    requestTimeoutMs: z.number().int().positive(),
    indexName: z.string().regex(/^[a-zA-Z0-9_-]{1,60}$/),
  }),
  indexer: z.object({
    /** node-cron expression, evaluated in `site.timeZone`. */
    schedule: cronExpression,
    /** Whether `npm start` runs the schedule in its own process (docker compose runs a separate indexer). */
    runInProcess: z.boolean(),
    /** Run once at start-up when the index is empty. */
    runAtStart: z.boolean(),
    sourcesFile: z.string().min(1),
    horizonDays: z.number().int().min(1).max(730),
    fetch: z.object({
      timeoutMs: z.number().int().positive(),
      maxBytes: z.number().int().positive(),
      retries: z.number().int().min(0).max(10),
      userAgent: z.string().min(1),
    }),
  }),
  /** Operator-edited data files: taxonomy, district polygons, venue registry. */
  dataFiles: z.object({
    taxonomy: z.string().min(1),
    areas: z.string().min(1),
    venues: z.string().min(1),
  }),
  /** Bearer token for /admin; null disables the admin pages. */
  adminToken: z.string().min(16, 'must be at least 16 characters').nullable(),
});

export type AppConfig = z.infer<typeof appConfigSchema>;
