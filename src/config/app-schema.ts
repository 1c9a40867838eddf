import { z } from 'zod';
import { isValidTimeZone } from '../domain/time.js';

const cronExpression = z
  .string()
  .regex(/^(\S+\s+){4,5}\S+$/, 'must be a cron expression with 5 or 6 fields, e.g. "*/15 * * * *"');

/** The application's settings (config/default.json, an optional CONFIG_FILE, then environment variables). */
export const appConfigSchema = z.object({
  /** Port the web server listens on; 0 picks a free one (tests). */
  port: z.number().int().min(0).max(65535),
  host: z.string().min(1),
  /** Where the embedded Meilisearch keeps its data and key file. */
  dataDir: z.string().min(1),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  /** Base URL of the site as visitors see it (links in JSON-LD, calendar files, QR codes). */
  publicUrl: z.url().nullable(),
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
    /** node-cron expression, evaluated in `timeZone`. */
    schedule: cronExpression,
    /** Whether `npm start` runs the schedule in its own process (docker compose runs a separate indexer). */
    runInProcess: z.boolean(),
    /** Run once at start-up when the index is empty. */
    runAtStart: z.boolean(),
    sourcesFile: z.string().min(1),
    horizonDays: z.number().int().min(1).max(730),
    timeZone: z.string().refine(isValidTimeZone, 'must be an IANA time zone, e.g. "Europe/Stockholm"'),
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
