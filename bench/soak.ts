import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../src/config/load-config.js';
import type { IndexerState } from '../src/domain/source-health.js';
import { freePort } from '../src/search/embedded-meili.js';
import { renderIcs } from './support/ics.js';
import { startWebServer, type WebServer } from './support/process.js';
import { pagePath, QUERIES } from './support/queries.js';
import { line, loadAverage, mb, ms, percentile, ratio, target } from './support/stats.js';
import { benchImages, withBenchImages } from './support/images.js';
import { generateEvents, type Mix, type SyntheticEvent } from './support/synthetic.js';

export interface SoakOptions {
  minutes: number;
  connections: number;
  seed: number;
}

const MIX: Mix = { weekly: { share: 0.2, count: 8 }, daily: { share: 0.1, count: 14 }, experienceShare: 0.02, horizonDays: 120 };
/** Three feeds of different sizes; each minute a tenth of every feed's events changes. */
const FEEDS = [
  { id: 'kommun', events: 600 },
  { id: 'partners', events: 300 },
  { id: 'foreningar', events: 150 },
];
const WARM_UP_MS = 30_000;
const out = (s = '') => process.stdout.write(`${s}\n`);

interface Sample {
  at: number;
  status: number;
  ms: number;
}

/** The feeds as they are in minute `version`: a rotating tenth of the events gets a new title and description. */
function feedBodies(base: Map<string, SyntheticEvent[]>, version: number, config: ReturnType<typeof loadConfig>, now: number): Map<string, string> {
  const bodies = new Map<string, string>();
  for (const [id, events] of base) {
    const changed = events.map((e, i) =>
      i % 10 === version % 10 ? { ...e, title: `${e.title} (${version})`, descriptionText: `${e.descriptionText} Uppdaterad ${version}.` } : e,
    );
    bodies.set(id, renderIcs(changed, config, now));
  }
  return bodies;
}

async function startFeeds(bodies: () => Map<string, string>, images: Buffer[]): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const image = /^\/bilder\/(\d+)\.jpg$/.exec(String(req.url))?.[1];
    if (image !== undefined) {
      const bytes = images[Number(image)];
      return void (bytes ? res.writeHead(200, { 'content-type': 'image/jpeg' }).end(bytes) : res.writeHead(404).end());
    }
    const body = bodies().get(String(req.url).replace(/^\/|\.ics$/g, ''));
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** Resident memory of a process (kB in /proc → bytes), or NaN when it is gone. */
function rssOf(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Event pages to visit: the current list from the API, never events this bench adds and removes. */
async function eventPaths(base: string): Promise<string[]> {
  const res = await fetch(`${base}/api/events?per_page=50&sort=soonest`);
  const body = (await res.json()) as { hits: { eventId: string }[] };
  return body.hits.map((h) => `/evenemang/x--${h.eventId}`);
}

/** Search pages, the same as htmx fragments, the API and event pages, in rotation. */
function requestFor(i: number, events: string[]): { path: string; fragment: boolean } {
  const query = QUERIES[Math.floor(i / 4) % QUERIES.length] as Record<string, string>;
  switch (i % 4) {
    case 0:
      return { path: pagePath(query), fragment: false };
    case 1:
      return { path: pagePath(query), fragment: true };
    case 2:
      return { path: `/api/events?${new URLSearchParams(query)}`, fragment: false };
    default:
      return { path: events[i % Math.max(1, events.length)] ?? '/sok', fragment: false };
  }
}

function load(base: string, connections: number, events: () => string[], until: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  const client = async (offset: number) => {
    for (let i = offset; Date.now() < until; i += connections) {
      const r = requestFor(i, events());
      const t0 = performance.now();
      let status = -1;
      try {
        const res = await fetch(`${base}${r.path}`, { headers: r.fragment ? { 'hx-request': 'true' } : {}, redirect: 'manual', signal: AbortSignal.timeout(15_000) });
        await res.arrayBuffer();
        status = res.status;
      } catch {
        // counted as a failure (-1)
      }
      samples.push({ at: Date.now(), status, ms: performance.now() - t0 });
    }
  };
  return Promise.all(Array.from({ length: connections }, (_, c) => client(c))).then(() => samples);
}

interface Minute {
  requests: number;
  p95: number;
  non2xx: number;
  appRss: number;
  engineRss: number;
  heap: number;
  runs: string;
}

/**
 * `npm run bench -- soak`: mixed traffic for `minutes` while the in-process indexer runs every minute over feeds that
 * change every minute. Prints per minute p95, non-2xx answers, the server's RSS and heap (the minute's lowest, after
 * collections) and Meilisearch's RSS; compares the last minute with the first after warm-up.
 */
export async function soakBench(opts: SoakOptions): Promise<void> {
  out(`== soak bench: ${opts.minutes} min, ${opts.connections} connections, indexer every minute over ${FEEDS.length} changing feeds`);
  out(`   ${os.availableParallelism()} cores, Node ${process.version}, load average ${loadAverage()}`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'upptack-soak-'));
  const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' });
  const startedAt = Math.floor(Date.now() / 1000);
  // The feeds' pictures come from the same local server (no DNS: see support/images.ts), fetched by the indexer.
  let bodies = new Map<string, string>();
  const feeds = await startFeeds(() => bodies, await benchImages());
  const base = new Map(FEEDS.map((f, i) => [f.id, withBenchImages(generateEvents(config, f.events, MIX, opts.seed + i), (n) => `${feeds.url}/bilder/${n}.jpg`)]));
  bodies = feedBodies(base, 0, config, startedAt);
  const sourcesFile = path.join(dir, 'sources.json');
  writeFileSync(sourcesFile, JSON.stringify({ sources: FEEDS.map((f) => ({ id: f.id, type: 'ics', url: `${feeds.url}/${f.id}.ics` })) }));
  const heapFile = path.join(dir, 'heap.jsonl');
  let server: WebServer | null = null;
  const changer = setInterval(() => {
    bodies = feedBodies(base, Math.floor((Date.now() / 1000 - startedAt) / 60) + 1, config, startedAt);
  }, 60_000);
  try {
    server = await startWebServer(await freePort(), {
      DATA_DIR: dir, SOURCES_FILE: sourcesFile, LOG_LEVEL: 'warn', WEATHER_ENABLED: 'false', IMAGES_ALLOW_PRIVATE_ADDRESSES: 'true',
      INDEXER_SCHEDULE: '* * * * *', INDEXER_IN_PROCESS: 'true', INDEXER_RUN_AT_START: 'true',
      NODE_OPTIONS: `--import ${path.join(PROJECT_ROOT, 'bench/support/heap-probe.mjs')}`, UPPTACK_HEAP_PROBE: heapFile,
    });
    await report(server, dir, heapFile, opts);
  } finally {
    clearInterval(changer);
    await server?.stop();
    feeds.server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function report(server: WebServer, dir: string, heapFile: string, opts: SoakOptions): Promise<void> {
  let events = await eventPaths(server.url);
  const refresher = setInterval(() => void eventPaths(server.url).then((e) => (events = e), () => {}), 30_000);
  const start = Date.now();
  const until = start + WARM_UP_MS + opts.minutes * 60_000;
  const memory: { at: number; app: number; engine: number }[] = [];
  const runs = new Map<number, { at: number; upserted: number }>();
  const sampler = setInterval(() => {
    memory.push({ at: Date.now(), app: rssOf(server.pid), engine: rssOf(enginePid(dir)) });
    const run = lastRun(dir);
    if (run) runs.set(run.finishedAt, { at: run.finishedAt * 1000, upserted: run.upserted });
  }, 5_000);
  out(`  warm-up ${WARM_UP_MS / 1000} s, then ${opts.minutes} min measured`);
  const samples = await load(server.url, opts.connections, () => events, until);
  clearInterval(refresher);
  clearInterval(sampler);
  const heap = existsSync(heapFile) ? readFileSync(heapFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { t: number; heapUsed: number }) : [];
  const minutes: Minute[] = [];
  for (let m = 0; m < opts.minutes; m++) {
    const from = start + WARM_UP_MS + m * 60_000;
    const inMinute = <T extends { at: number }>(xs: T[]) => xs.filter((x) => x.at >= from && x.at < from + 60_000);
    const reqs = inMinute(samples);
    const mem = inMinute(memory);
    minutes.push({
      requests: reqs.length,
      p95: percentile(reqs.map((r) => r.ms), 95),
      non2xx: reqs.filter((r) => r.status < 200 || r.status > 299).length,
      appRss: Math.max(...mem.map((x) => x.app)),
      engineRss: Math.max(...mem.map((x) => x.engine)),
      heap: Math.min(...inMinute(heap.map((h) => ({ at: h.t, v: h.heapUsed }))).map((h) => h.v)),
      runs: describeRuns(inMinute([...runs.values()])),
    });
  }
  print(minutes, samples.filter((s) => s.at >= start + WARM_UP_MS));
}

function enginePid(dir: string): number {
  try {
    return (JSON.parse(readFileSync(path.join(dir, 'meili-runtime.json'), 'utf8')) as { enginePid: number }).enginePid;
  } catch {
    return -1;
  }
}

function lastRun(dir: string): IndexerState['lastRun'] {
  try {
    return (JSON.parse(readFileSync(path.join(dir, 'indexer-state.json'), 'utf8')) as IndexerState).lastRun;
  } catch {
    return null;
  }
}

function describeRuns(runs: { upserted: number }[]): string {
  return runs.length ? `${runs.length} run${runs.length > 1 ? 's' : ''}, ${runs.map((r) => r.upserted).join(' + ')} written` : 'none seen';
}

function print(minutes: Minute[], measured: Sample[]): void {
  out('  minute  requests   p95        non-2xx  server RSS  server heap  Meilisearch RSS  indexer runs finished');
  for (const [i, m] of minutes.entries()) {
    out(`  ${String(i + 1).padStart(6)}  ${String(m.requests).padStart(8)}   ${ms(m.p95).padEnd(9)}  ${String(m.non2xx).padStart(7)}  ${mb(m.appRss).padStart(10)}  ${mb(m.heap).padStart(11)}  ${mb(m.engineRss).padStart(15)}  ${m.runs}`);
  }
  const first = minutes[0] as Minute;
  const last = minutes.at(-1) as Minute;
  const statuses = new Map<number, number>();
  for (const s of measured) if (s.status < 200 || s.status > 299) statuses.set(s.status, (statuses.get(s.status) ?? 0) + 1);
  const non2xx = [...statuses.values()].reduce((a, b) => a + b, 0);
  out(line('requests measured', `${measured.length} (${(measured.length / (minutes.length * 60)).toFixed(0)} req/s)`));
  out(line('non-2xx answers', non2xx === 0 ? '0' : [...statuses].map(([s, n]) => `${n} × ${s === -1 ? 'no answer' : s}`).join(', ')));
  out(line('p95, last minute vs first', `${ms(last.p95)} vs ${ms(first.p95)}: ${ratio(last.p95, first.p95)}`));
  out(line('server RSS growth', `${mb(last.appRss - first.appRss)} (${ratio(last.appRss, first.appRss)})`));
  out(line('server heap growth (minute lows)', `${mb(last.heap - first.heap)} (${ratio(last.heap, first.heap)})`));
  out(line('Meilisearch RSS growth', `${mb(last.engineRss - first.engineRss)} (${ratio(last.engineRss, first.engineRss)})`));
  out(target('no non-2xx answer', non2xx === 0, String(non2xx)));
  out(target('p95 of the last minute ≤ 1.5× the first', last.p95 <= 1.5 * first.p95, ratio(last.p95, first.p95)));
  out(target('server heap (minute lows) grows ≤ 1.25×', last.heap <= 1.25 * first.heap, ratio(last.heap, first.heap)));
  out(target('server RSS grows ≤ 1.25×', last.appRss <= 1.25 * first.appRss, ratio(last.appRss, first.appRss)));
}
