import { isIP } from 'node:net';
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
    /** ISO 3166-1 country code of the place: its public holidays count in opening hours ("PH off"). */
    country: z.string().regex(/^[a-z]{2}$/, 'must be a lower-case ISO 3166-1 code, e.g. "se"'),
    /** Who visitors contact about the site (the footer, the accessibility statement, the privacy page). */
    contact: z.object({ email: z.email(), phone: z.string().min(3).max(40).nullable() }),
    /** The municipality's centre: where "near" starts when a visitor shares no location. */
    centre: z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180), name: z.string().min(1).max(100) }),
  })
  .refine((s) => s.languages.includes(s.defaultLanguage), { message: 'must be one of site.languages', path: ['defaultLanguage'] });

const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** One trusted proxy: an address, a CIDR range, or one of Express's named ranges. */
function isProxyAddress(item: string): boolean {
  if (PROXY_RANGES.has(item)) return true;
  const [ip = '', bits, ...rest] = item.split('/');
  const version = isIP(ip);
  if (!version || rest.length > 0) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (version === 4 ? 32 : 128));
}

/**
 * The proxies whose `X-Forwarded-For` / `-Proto` / `-Host` are believed (Express's `trust proxy`): `false`, none (the
 * site faces visitors itself); a hop count; or addresses, CIDR ranges and `loopback`/`linklocal`/`uniquelocal`,
 * comma-separated. Never `true`: any visitor could then choose the address the admin lockout and the submission limit
 * count them by.
 */
const trustProxySchema = z
  .custom<false | number | string>(
    (v) =>
      v === false ||
      (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 10) ||
      (typeof v === 'string' && v.split(',').every((x) => isProxyAddress(x.trim()))),
    'must be false, a number of proxies (1–10), or addresses/CIDR ranges/loopback/linklocal/uniquelocal separated by commas',
  )
  .default(false);

const point = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  name: z.string().min(1).max(80),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});

/** Live weather from Open-Meteo (or a self-hosted or paid Open-Meteo: one setting away). */
const weatherSchema = z.object({
  enabled: z.boolean(),
  /** `https://api.open-meteo.com` (free, non-commercial), `https://customer-api.open-meteo.com` with `apiKey`, or your own. */
  url: z.url({ protocol: /^https?$/ }),
  apiKey: z.string().min(1).max(200).nullable(),
  /** The whole request's deadline; pages never wait on it (refresh runs in the background). */
  timeoutMs: z.number().int().min(100).max(2000),
  refreshMinutes: z.number().int().min(5).max(180),
  forecastDays: z.number().int().min(3).max(7),
  breakerFailures: z.number().int().min(1).max(20),
  breakerOpenMinutes: z.number().int().min(1).max(240),
  /** Points with their own forecast; each place uses the nearest. The first is the default. */
  points: z.array(point).min(1).max(20),
  maxDistanceKm: z.number().positive().max(500),
});

const weight = z.number().min(0).max(10);
/** How the feed blends its four signals; weather may be at most about a quarter of the whole. */
const feedSchema = z.object({
  weights: z
    .object({ interest: weight, time: weight, place: weight, weather: weight })
    .refine((w) => w.interest + w.time + w.place + w.weather > 0, 'at least one weight must be above 0')
    .refine((w) => w.weather <= 0.3 * (w.interest + w.time + w.place + w.weather), 'weather may be at most 30 % of the sum of the weights'),
  /** How far ahead the feed looks. */
  horizonDays: z.number().int().min(1).max(30),
  /** Events asked of the index per section window (the feed ranks them in code). */
  candidatesPerWindow: z.number().int().min(10).max(1000),
  /** Cards in "Förslag för dig" and per section. */
  topSize: z.number().int().min(3).max(30),
  sectionSize: z.number().int().min(2).max(30),
  /** Diversity: at most this many cards of one category, and of places, in the top list. */
  maxPerCategory: z.number().int().min(1).max(30),
  maxPlaces: z.number().int().min(0).max(30),
  /** The feed without profile or location is the same for everyone: cached this long (an index or forecast change clears it). */
  neutralCacheSeconds: z.number().int().min(0).max(3600),
});

/**
 * Feed images: fetched once by the indexer, checked and resized (indexer/images/), served by the site under /bilder/.
 * Visitors' browsers never load an image from a feed's server.
 */
const imagesSchema = z.object({
  /** Widths in pixels each image is stored in (WebP); none wider than the original. */
  widths: z.array(z.number().int().min(80).max(3000)).min(1).max(6),
  /** Larger downloads are refused. */
  maxBytes: z.number().int().positive().max(100_000_000),
  timeoutMs: z.number().int().positive(),
  /** A stored image is fetched again after this many days (one that failed, after a day). */
  refreshDays: z.number().int().min(1).max(365),
  /**
   * Fetch from loopback, private and link-local addresses too. Off: a feed could otherwise make the indexer probe the
   * internal network. Only tests, which serve images from 127.0.0.1, turn it on.
   */
  allowPrivateAddresses: z.boolean(),
});

/** The map (Leaflet, served by the site): a tile server the operator may switch, and its attribution. */
const mapSchema = z.object({
  /** `{z}/{x}/{y}` tile URL; OpenStreetMap's own by default (fine for modest traffic under its tile usage policy). */
  tileUrl: z.string().regex(/^https?:\/\/[^\s]+\{z\}[^\s]*\{x\}[^\s]*\{y\}/, 'must be an http(s) URL with {z}, {x} and {y}'),
  /** Shown on every map, as the tile server's licence requires (plain text; "©" allowed). */
  attribution: z.string().min(1).max(300),
  /** Where the attribution links (the tile data's licence page). */
  attributionUrl: z.url({ protocol: /^https?$/ }).nullable(),
  maxZoom: z.number().int().min(1).max(22),
});

/**
 * Organisers' submissions and their moderation (src/submissions, src/store). The database is PGlite under DATA_DIR
 * unless `database.url` names a PostgreSQL server.
 */
const submissionsSchema = z.object({
  /** The form, the organisers' links and /admin/moderering; off: none of them (nothing is stored). */
  enabled: z.boolean(),
  /** An organiser's name and e-mail are deleted this many days after the event's last date (or the decision, when rejected or withdrawn). */
  contactRetentionDays: z.number().int().min(0).max(730),
  /** Rejected and withdrawn submissions, and approved ones whose last date is past, are deleted entirely after this many days. */
  closedRetentionDays: z.number().int().min(1).max(3650),
  /** Uploaded images larger than this are refused (JPEG, PNG or WebP; stored resized, without metadata). */
  maxImageBytes: z.number().int().min(100_000).max(20_000_000),
  /** Submissions (and failed attempts) per client network and window; more are refused until the window ends. */
  rateLimit: z.object({ limit: z.number().int().min(1).max(1000), windowMs: z.number().int().min(1000).max(86_400_000) }),
  /** ALTCHA proof of work: PBKDF2/SHA-256 iterations per try, and how long a challenge may be used. */
  altcha: z.object({ cost: z.number().int().min(1).max(1_000_000), maxCounter: z.number().int().min(10).max(1_000_000), expiresMinutes: z.number().int().min(1).max(1440) }),
  /** A moderator's session ends this long after its last use (and after 24 hours whatever happens). */
  sessionIdleMinutes: z.number().int().min(5).max(1440),
  /** Wrong passwords for one account before it is locked for `lockMinutes`. */
  loginLockout: z.object({ maxFailures: z.number().int().min(1).max(100), lockMinutes: z.number().int().min(1).max(1440) }),
});

/** Where submissions, moderators and the audit log live: null = PGlite in DATA_DIR/pglite (one process only). */
const databaseSchema = z.object({
  url: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// URL')
    .nullable(),
});

/** Outgoing mail (organisers' links and decisions); null: nothing is sent, the page shows the link instead. */
const smtpSchema = z.object({
  url: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, 'must be an smtp:// or smtps:// URL')
    .nullable(),
  from: z.string().min(3).max(200),
});

/** The application's settings (config/default.json, an optional CONFIG_FILE, then environment variables). */
export const appConfigSchema = z.object({
  /** Port the web server listens on; 0 picks a free one (tests). */
  port: z.number().int().min(0).max(65535),
  host: z.string().min(1),
  /** Where the embedded Meilisearch keeps its data and key file. */
  dataDir: z.string().min(1),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  /** Repeated request errors of one kind are logged once, then as one count per this interval. */
  logSummaryIntervalMs: z.number().int().min(1000).max(3_600_000),
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
    /** Deadline of every search a page or the API makes: a frozen engine gives a quick 503, not a hung page. */
    searchTimeoutMs: z.number().int().min(100).max(60_000),
    /** Failed restarts in a row of the embedded Meilisearch before /healthz fails (the service needs a restart). */
    maxRestarts: z.number().int().min(1).max(100),
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
    /**
     * Drop guard: a source that loses more than this share of its indexed documents in one run (or all of them) keeps
     * its last good documents until an editor confirms the drop.
     */
    dropGuardShare: z.number().gt(0).max(1),
    fetch: z.object({
      timeoutMs: z.number().int().positive(),
      maxBytes: z.number().int().positive(),
      retries: z.number().int().min(0).max(10),
      userAgent: z.string().min(1),
    }),
  }),
  weather: weatherSchema,
  feed: feedSchema,
  images: imagesSchema,
  map: mapSchema,
  submissions: submissionsSchema,
  database: databaseSchema,
  smtp: smtpSchema,
  /** Operator-edited data files: taxonomy, district polygons, venue registry. */
  dataFiles: z.object({
    taxonomy: z.string().min(1),
    /** Swedish–English search synonyms (config/glossary.json). */
    glossary: z.string().min(1),
    areas: z.string().min(1),
    venues: z.string().min(1),
    /** The kiosk screens (config/kiosks.json); `KIOSKS_FILE` names another. */
    kiosks: z.string().min(1),
  }),
  /** Bearer token for /admin; null disables the admin pages. */
  adminToken: z.string().min(16, 'must be at least 16 characters').nullable(),
  /** Wrong admin tokens allowed per client and window; more are answered 429 until the window ends. */
  adminLockout: z.object({ maxFailures: z.number().int().min(1).max(1000), windowMs: z.number().int().min(1000).max(86_400_000) }),
  trustProxy: trustProxySchema,
});

export type AppConfig = z.infer<typeof appConfigSchema>;
