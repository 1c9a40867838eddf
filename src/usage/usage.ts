import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { toWallTime } from '../domain/time.js';

/*
 * Usage figures without tracking: counts per local day of requests by kind of route, and the words of searches that
 * found nothing. No cookies, IP addresses, user agents, referrers or visitor ids are read or kept: a count cannot be
 * tied to a person. Counted in memory and merged into DATA_DIR/usage.json in batches (at most one write a minute).
 */

/** Daily counts are kept this long (a year back, to compare with the same month last year). */
export const USAGE_KEPT_DAYS = 400;
/** Words of searches without results are kept this long: long enough for an editor to act on them. */
export const ZERO_WORDS_KEPT_DAYS = 90;
/** Distinct zero-result searches counted per day: a bound on the file whatever is typed. */
const MAX_WORDS_PER_DAY = 500;
const MAX_WORD_CHARS = 60;

export const ROUTE_KINDS = ['home', 'search', 'event', 'api', 'ics', 'feed', 'embed', 'poster', 'kiosk'] as const;
export type RouteKind = (typeof ROUTE_KINDS)[number];

interface Day {
  routes: Partial<Record<RouteKind, number>>;
  zero: Record<string, number>;
}
/** Local date `YYYY-MM-DD` → that day's counts. */
export type UsageData = Record<string, Day>;

/**
 * A typed search as kept: lower case, spaces collapsed, cut short; null for what may be personal (an e-mail address,
 * a phone or personal identity number) rather than a word to add as a synonym.
 */
export function keptWords(typed: string): string | null {
  const words = typed.toLowerCase().replace(/\s+/g, ' ').trim().slice(0, MAX_WORD_CHARS);
  if (!words || /@|\d{5,}|\d[\d\s-]{6,}\d/.test(words)) return null;
  return words;
}

function emptyDay(): Day {
  return { routes: {}, zero: {} };
}

/** `a` with `b`'s counts added. Pure. */
export function mergeUsage(a: UsageData, b: UsageData): UsageData {
  const out: UsageData = structuredClone(a);
  for (const [date, day] of Object.entries(b)) {
    const target = out[date] ?? emptyDay();
    out[date] = target;
    for (const [k, n] of Object.entries(day.routes)) target.routes[k as RouteKind] = (target.routes[k as RouteKind] ?? 0) + (n ?? 0);
    for (const [w, n] of Object.entries(day.zero)) {
      if (target.zero[w] === undefined && Object.keys(target.zero).length >= MAX_WORDS_PER_DAY) continue;
      target.zero[w] = (target.zero[w] ?? 0) + n;
    }
  }
  return out;
}

/** Days past the kept periods dropped; words dropped sooner than counts. Pure. */
export function pruneUsage(data: UsageData, today: string): UsageData {
  const age = (date: string) => (Date.parse(today) - Date.parse(date)) / 86_400_000;
  return Object.fromEntries(
    Object.entries(data)
      .filter(([date]) => age(date) < USAGE_KEPT_DAYS)
      .map(([date, day]) => [date, age(date) < ZERO_WORDS_KEPT_DAYS ? day : { ...day, zero: {} }]),
  );
}

export interface Usage {
  count(kind: RouteKind): void;
  /** A search as typed and how many it found: only zero-result words are kept. */
  searched(typed: string, total: number): void;
  /** Writes what was counted since the last flush. */
  flush(): Promise<void>;
  /** Everything kept, with what is not yet written. */
  read(): Promise<UsageData>;
}

export function usageFile(dataDir: string): string {
  return path.join(dataDir, 'usage.json');
}

async function readFileData(file: string): Promise<UsageData> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as UsageData;
  } catch {
    return {};
  }
}

/** The recorder of one web process; `now` is epoch seconds (tests pass a fixed clock). */
export function createUsage(opts: { dataDir: string; tz: string; now: () => number; flushSeconds?: number }): Usage {
  const file = usageFile(opts.dataDir);
  let pending: UsageData = {};
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();
  const today = () => {
    const w = toWallTime(opts.now(), opts.tz);
    return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
  };
  const day = () => {
    const key = today();
    const d = pending[key] ?? emptyDay();
    pending[key] = d;
    return d;
  };
  const flush = () => {
    writing = writing.then(async () => {
      const batch = pending;
      pending = {};
      if (Object.keys(batch).length === 0) return;
      const merged = pruneUsage(mergeUsage(await readFileData(file), batch), today());
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(merged));
      await rename(tmp, file);
    });
    return writing;
  };
  const schedule = () => {
    if (timer) return;
    // Batched: a busy minute is one write. Unref'd: a pending flush never keeps the process alive.
    timer = setTimeout(() => {
      timer = null;
      flush().catch(() => {});
    }, (opts.flushSeconds ?? 60) * 1000);
    timer.unref();
  };
  return {
    count(kind) {
      const d = day();
      d.routes[kind] = (d.routes[kind] ?? 0) + 1;
      schedule();
    },
    searched(typed, total) {
      const words = total === 0 ? keptWords(typed) : null;
      if (!words) return;
      const d = day();
      if (d.zero[words] === undefined && Object.keys(d.zero).length >= MAX_WORDS_PER_DAY) return;
      d.zero[words] = (d.zero[words] ?? 0) + 1;
      schedule();
    },
    flush,
    async read() {
      await writing;
      return pruneUsage(mergeUsage(await readFileData(file), pending), today());
    },
  };
}

/** Which kind of route a path is, for counting (null: not counted: assets, health, admin). */
export function routeKind(method: string, p: string): RouteKind | null {
  if (method !== 'GET' && !(method === 'POST' && (p === '/' || p === '/en'))) return null;
  if (p === '/' || p === '/en') return 'home';
  if (p === '/sok' || p === '/en/search') return 'search';
  if (p.endsWith('.ics')) return 'ics';
  if (/^\/api\/events\.(rss|atom|json)$/.test(p)) return 'feed';
  if (p === '/api/poster') return 'poster';
  if (p.startsWith('/api/')) return 'api';
  if (p === '/embed') return 'embed';
  if (p.startsWith('/evenemang/') || p.startsWith('/en/events/')) return 'event';
  if (p.startsWith('/kiosk')) return 'kiosk';
  return null;
}
