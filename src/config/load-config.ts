import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { AppError } from '../errors.js';
import { type AppConfig, appConfigSchema } from './app-schema.js';
import {
  type Areas,
  areasSchema,
  type Glossary,
  glossarySchema,
  type SourceConfig,
  sourcesFileSchema,
  type Taxonomy,
  taxonomySchema,
  type VenueRegistry,
  venueRegistrySchema,
} from './data-schemas.js';
import { type KioskConfig, kioskProblems, kiosksFileSchema } from './kiosks-schema.js';

/** Everything the processes need, validated once and frozen. Passed down; nothing else reads files or env for it. */
export interface Config {
  app: AppConfig;
  sources: SourceConfig[];
  /** Folder of the sources file: plain paths in it are relative to this. */
  sourcesDir: string;
  taxonomy: Taxonomy;
  glossary: Glossary;
  areas: Areas;
  venues: VenueRegistry;
  /** The kiosk screens (config/kiosks.json). */
  kiosks: KioskConfig[];
  rootDir: string;
}

/** Start-up must stop: names every bad key, what is wrong and where the value came from. */
export class ConfigError extends AppError {
  constructor(readonly problems: string[]) {
    super('CONFIG_INVALID', `Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

type Kind = 'string' | 'int' | 'bool' | 'nullable-string' | 'proxy';
/** Environment variables and the config keys they override. */
const ENV_KEYS: Record<string, [string, Kind]> = {
  PORT: ['port', 'int'],
  HOST: ['host', 'string'],
  DATA_DIR: ['dataDir', 'string'],
  LOG_LEVEL: ['logLevel', 'string'],
  PUBLIC_URL: ['site.publicUrl', 'string'],
  SITE_TIME_ZONE: ['site.timeZone', 'string'],
  WEATHER_ENABLED: ['weather.enabled', 'bool'],
  OPEN_METEO_URL: ['weather.url', 'string'],
  OPEN_METEO_API_KEY: ['weather.apiKey', 'string'],
  MEILI_URL: ['meili.url', 'string'],
  MEILI_MASTER_KEY: ['meili.masterKey', 'string'],
  MEILI_BINARY: ['meili.binary', 'string'],
  MEILI_INDEX: ['meili.indexName', 'string'],
  MEILI_TASK_TIMEOUT_MS: ['meili.taskTimeoutMs', 'int'],
  MEILI_SEARCH_TIMEOUT_MS: ['meili.searchTimeoutMs', 'int'],
  SOURCES_FILE: ['indexer.sourcesFile', 'string'],
  KIOSKS_FILE: ['dataFiles.kiosks', 'string'],
  INDEXER_SCHEDULE: ['indexer.schedule', 'string'],
  INDEXER_IN_PROCESS: ['indexer.runInProcess', 'bool'],
  INDEXER_RUN_AT_START: ['indexer.runAtStart', 'bool'],
  INDEXER_HORIZON_DAYS: ['indexer.horizonDays', 'int'],
  IMAGES_ALLOW_PRIVATE_ADDRESSES: ['images.allowPrivateAddresses', 'bool'],
  MAP_TILE_URL: ['map.tileUrl', 'string'],
  ADMIN_TOKEN: ['adminToken', 'string'],
  DATABASE_URL: ['database.url', 'string'],
  SMTP_URL: ['smtp.url', 'string'],
  SMTP_FROM: ['smtp.from', 'string'],
  SUBMISSIONS_ENABLED: ['submissions.enabled', 'bool'],
  TRUST_PROXY: ['trustProxy', 'proxy'],
};

function convert(raw: string, kind: Kind): unknown {
  if (kind === 'int') return /^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw;
  // A hop count, off, or a list of addresses (the schema checks which).
  if (kind === 'proxy') return /^(0|false|no|off)$/i.test(raw.trim()) ? false : /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw.trim();
  if (kind === 'bool') {
    if (/^(1|true|yes|on)$/i.test(raw)) return true;
    if (/^(0|false|no|off)$/i.test(raw)) return false;
    return raw;
  }
  return raw;
}

function setPath(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  let node = target;
  for (const k of keys.slice(0, -1)) {
    if (typeof node[k] !== 'object' || node[k] === null) node[k] = {};
    node = node[k] as Record<string, unknown>;
  }
  node[keys.at(-1) as string] = value;
}

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    const bothObjects = v && b && typeof v === 'object' && typeof b === 'object' && !Array.isArray(v);
    out[k] = bothObjects ? deepMerge(b as Record<string, unknown>, v as Record<string, unknown>) : v;
  }
  return out;
}

function readJson(file: string, label: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError([`${label}: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? String(err)})`]);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ConfigError([`${label}: ${file} is not valid JSON (${(err as Error).message})`]);
  }
}

function describe(value: unknown): string {
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

function problemsOf(error: z.ZodError, where: (key: string) => string, input: unknown): string[] {
  return error.issues.map((issue) => {
    const key = issue.path.join('.') || '(root)';
    const value = issue.path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k], input);
    return `${key} (from ${where(key)}): ${issue.message}; got ${describe(value)}`;
  });
}

function parseWith<T>(schema: z.ZodType<T>, input: unknown, where: (key: string) => string): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new ConfigError(problemsOf(result.error, where, input));
  return result.data;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The application settings alone: defaults, then CONFIG_FILE, then environment variables. */
export function loadAppConfig(env: Record<string, string | undefined> = process.env, rootDir = PROJECT_ROOT): AppConfig {
  const defaultsFile = path.join(rootDir, 'config/default.json');
  let merged = readJson(defaultsFile, 'config/default.json') as Record<string, unknown>;
  const origin = new Map<string, string>();
  const overrideFile = env.CONFIG_FILE?.trim();
  if (overrideFile) {
    const over = readJson(path.resolve(overrideFile), 'CONFIG_FILE');
    if (!over || typeof over !== 'object' || Array.isArray(over)) throw new ConfigError([`CONFIG_FILE: ${overrideFile} must hold a JSON object`]);
    merged = deepMerge(merged, over as Record<string, unknown>);
    for (const k of Object.keys(over)) origin.set(k, `CONFIG_FILE ${overrideFile}`);
  }
  for (const [name, [key, kind]] of Object.entries(ENV_KEYS)) {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') continue;
    setPath(merged, key, convert(raw, kind));
    origin.set(key, `environment variable ${name}`);
  }
  const where = (key: string) =>
    origin.get(key) ?? origin.get(key.split('.')[0] as string) ?? 'config/default.json';
  return parseWith(appConfigSchema, merged, where);
}

/**
 * The sources file, read and validated afresh: every indexer run calls this, so sources added to the file (and indexed
 * by `npm run indexer`) are never mistaken for removed ones by a process that started earlier. Throws ConfigError.
 */
export function loadSources(app: AppConfig, rootDir: string, label = 'indexer.sourcesFile'): { sources: SourceConfig[]; sourcesDir: string } {
  const sourcesPath = path.resolve(rootDir, app.indexer.sourcesFile);
  const where = label === 'SOURCES_FILE' ? `SOURCES_FILE ${sourcesPath}` : sourcesPath;
  const file = parseWith(sourcesFileSchema, readJson(sourcesPath, label), () => where);
  return deepFreeze({ sources: file.sources, sourcesDir: path.dirname(sourcesPath) });
}

function loadKiosks(app: AppConfig, taxonomy: Taxonomy, resolve: (p: string) => string, label: string): KioskConfig[] {
  const file = resolve(app.dataFiles.kiosks);
  const where = label === 'KIOSKS_FILE' ? `KIOSKS_FILE ${file}` : app.dataFiles.kiosks;
  const { kiosks } = parseWith(kiosksFileSchema, readJson(file, label), () => where);
  const problems = kioskProblems(kiosks, app.site, taxonomy);
  if (problems.length) throw new ConfigError(problems.map((p) => `${p.path} (from ${where}): ${p.message}`));
  return kiosks;
}

/** Loads and validates every setting and data file once. Throws ConfigError naming each bad key. */
export function loadConfig(env: Record<string, string | undefined> = process.env, rootDir = PROJECT_ROOT): Config {
  const app = loadAppConfig(env, rootDir);
  const resolve = (p: string) => path.resolve(rootDir, p);
  const { sources, sourcesDir } = loadSources(app, rootDir, env.SOURCES_FILE?.trim() ? 'SOURCES_FILE' : 'indexer.sourcesFile');
  const dataFile = <T>(schema: z.ZodType<T>, file: string) => parseWith(schema, readJson(resolve(file), file), () => file);
  const taxonomy = dataFile(taxonomySchema, app.dataFiles.taxonomy);
  return deepFreeze({
    app: { ...app, dataDir: path.resolve(rootDir, app.dataDir) },
    sources,
    sourcesDir,
    taxonomy,
    glossary: dataFile(glossarySchema, app.dataFiles.glossary),
    areas: dataFile(areasSchema, app.dataFiles.areas),
    venues: dataFile(venueRegistrySchema, app.dataFiles.venues),
    kiosks: loadKiosks(app, taxonomy, resolve, env.KIOSKS_FILE?.trim() ? 'KIOSKS_FILE' : 'dataFiles.kiosks'),
    rootDir,
  });
}
