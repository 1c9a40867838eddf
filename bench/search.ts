import os from 'node:os';
import { createClient } from '../src/search/client.js';
import { freePort } from '../src/search/embedded-meili.js';
import { ensureApiKeys } from '../src/search/keys.js';
import { presetRanges, readSearchInput, vocabularyOf } from '../src/web/search-input.js';
import { type BenchEngine, startBenchEngine } from './support/engine.js';
import { timeSequential, transfer } from './support/http.js';
import { type LoadResult, measure } from './support/load.js';
import { startWebServer, type WebServer } from './support/process.js';
import { type MultiSearchBody, multiSearchBody, pagePath, QUERIES } from './support/queries.js';
import { kb, line, loadAverage, median, ms, ratio, seconds, target } from './support/stats.js';
import { eventsFor, generateEvents, type Mix, toDocs } from './support/synthetic.js';

export interface SearchBenchOptions {
  docs: number;
  duration: number;
  connections: number;
  seed: number;
}

/** The occurrence mix of the synthetic index. */
const MIX: Mix = { weekly: { share: 0.2, count: 8 }, daily: { share: 0.1, count: 14 }, experienceShare: 0.02, horizonDays: 180 };
/** What a browser sends with an htmx request. */
const FRAGMENT_HEADERS = { 'hx-request': 'true', 'accept-encoding': 'gzip, deflate, br' };
const PAGE_BUDGET = 60 * 1024;
const out = (s = '') => process.stdout.write(`${s}\n`);

/** Generates the synthetic occurrences and loads them into the bench's index. */
export async function seed(bench: BenchEngine, opts: SearchBenchOptions, now: number): Promise<void> {
  const t0 = performance.now();
  const docs = toDocs(generateEvents(bench.config, eventsFor(opts.docs, MIX), MIX, opts.seed), bench.config, now, opts.docs);
  const t1 = performance.now();
  await bench.engine.writer.prepare();
  await bench.engine.writer.upsert(docs);
  const events = new Set(docs.map((d) => d.eventId)).size;
  out(line('generated', `${docs.length} occurrences of ${events} events in ${seconds(t1 - t0)}`));
  out(line('seeded (upsert, indexed)', seconds(performance.now() - t1)));
}

/** Every query must answer 200 from both sides before anything is timed; prints the hit counts. */
async function sanity(server: WebServer, meiliUrl: string, key: string, bodies: MultiSearchBody[]): Promise<void> {
  const hits: string[] = [];
  for (const [i, params] of QUERIES.entries()) {
    const page = await fetch(`${server.url}${pagePath(params)}`, { headers: FRAGMENT_HEADERS });
    await page.arrayBuffer();
    const raw = await fetch(`${meiliUrl}/multi-search`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'accept-encoding': 'identity' },
      body: JSON.stringify(bodies[i]),
    });
    const json = (await raw.json()) as { results?: { totalHits?: number }[] };
    if (!page.ok || !raw.ok) throw new Error(`query ${pagePath(params)}: fragment HTTP ${page.status}, raw HTTP ${raw.status}`);
    const label = Object.entries(params).map(([k, v]) => `${k}=${v}`).join('&');
    hits.push(`${label} → ${json.results?.[0]?.totalHits ?? '?'}`);
  }
  out(`  queries (${QUERIES.length}, rotated; events found):`);
  for (let i = 0; i < hits.length; i += 3) out(`    ${hits.slice(i, i + 3).join(' | ')}`);
}

export function printLoad(label: string, r: LoadResult): void {
  const failed = r.failures ? `  (${r.failures} FAILED)` : '';
  out(line(label, `p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  p99 ${ms(r.p99)}  ${r.reqPerSec.toFixed(0)} req/s  ${r.requests} req  ${kb(r.bytesPerRequest)}/resp${failed}`));
}

async function pageWeight(url: string): Promise<void> {
  const gzip = { 'accept-encoding': 'gzip, deflate, br' };
  let total = 0;
  out('  transferred (as served, compressed):');
  for (const path of ['/', '/assets/htmx.min.js', '/assets/app.css', '/assets/app.js']) {
    const t = await transfer(`${url}${path}`, gzip);
    total += t.bytes;
    out(line(`    ${path}`, `${kb(t.bytes)}  (HTTP ${t.status}, ${t.encoding})`));
  }
  out(line('    total', kb(total)));
  out(target('search page + htmx + css + js ≤ 60 KB', total <= PAGE_BUDGET, kb(total)));
}

/** Catches the ~40 ms per-response stall of compressed Meilisearch responses coming back into the app's client. */
async function compressionCheck(bench: BenchEngine, key: string, body: MultiSearchBody, now: number): Promise<void> {
  const url = `${bench.engine.url}/multi-search`;
  const post = (extra: Record<string, string>) => async () => {
    const res = await fetch(url, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...extra }, body: JSON.stringify(body) });
    await res.arrayBuffer();
  };
  const tz = bench.config.app.site.timeZone;
  const query = readSearchInput(QUERIES[0] ?? {}, vocabularyOf(bench.config), now, tz).query;
  const gzip = median(await timeSequential(50, post({})));
  const identity = median(await timeSequential(50, post({ 'accept-encoding': 'identity' })));
  const app = median(await timeSequential(50, () => bench.engine.reader.search(query, now, presetRanges(now, tz))));
  out('  compression stall check (50 sequential raw searches each, medians):');
  out(line('    fetch, default accept-encoding', ms(gzip)));
  out(line('    fetch, accept-encoding: identity', ms(identity)));
  out(line("    app's reader (same queries)", ms(app)));
  out(target("app's Meilisearch client has no compression stall (median ≤ identity + 10 ms)", app <= identity + 10, `${ms(app)} vs ${ms(identity)}`));
}

/** Fragment vs raw Meilisearch with the same searches: under load (the target), then unloaded (to read it by). */
async function latency(serverUrl: string, meiliUrl: string, key: string, bodies: MultiSearchBody[], opts: SearchBenchOptions): Promise<void> {
  const fragmentReqs = QUERIES.map((p) => ({ method: 'GET' as const, path: pagePath(p) }));
  const rawReqs = bodies.map((b) => ({ method: 'POST' as const, path: '/multi-search', body: JSON.stringify(b) }));
  const rawHeaders = { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'accept-encoding': 'identity' };
  const fragment = await measure(serverUrl, fragmentReqs, FRAGMENT_HEADERS, opts.connections, opts.duration);
  const raw = await measure(meiliUrl, rawReqs, rawHeaders, opts.connections, opts.duration);
  out(`  latency under load (${opts.connections} connections):`);
  printLoad('    fragment GET / (HX-Request)', fragment);
  printLoad('    raw Meilisearch /multi-search', raw);
  out(line('    ratio fragment/raw', `p50 ${ratio(fragment.p50, raw.p50)}  p95 ${ratio(fragment.p95, raw.p95)}  req/s ${ratio(fragment.reqPerSec, raw.reqPerSec)}`));
  out(target('p95 ratio ≤ 1.5', fragment.p95 / raw.p95 <= 1.5 && fragment.failures === 0, ratio(fragment.p95, raw.p95)));
  // Without queueing: what one request costs on each side (tells per-request overhead from saturation).
  const single = Math.min(opts.duration, 5);
  const fragment1 = await measure(serverUrl, fragmentReqs, FRAGMENT_HEADERS, 1, single);
  const raw1 = await measure(meiliUrl, rawReqs, rawHeaders, 1, single);
  out(`  latency unloaded (1 connection, ${single} s; for reading the ratio, no target):`);
  printLoad('    fragment GET / (HX-Request)', fragment1);
  printLoad('    raw Meilisearch /multi-search', raw1);
  out(line('    ratio fragment/raw', `p50 ${ratio(fragment1.p50, raw1.p50)}  p95 ${ratio(fragment1.p95, raw1.p95)}`));
}

/** `src/main.ts` in its own process against the bench's Meilisearch, with no indexer (and no weather unless asked). */
export async function startServer(bench: BenchEngine, env: Record<string, string> = {}): Promise<WebServer> {
  return startWebServer(await freePort(), {
    MEILI_URL: bench.engine.url,
    MEILI_MASTER_KEY: bench.masterKey,
    DATA_DIR: bench.dataDir,
    INDEXER_IN_PROCESS: 'false',
    INDEXER_RUN_AT_START: 'false',
    LOG_LEVEL: 'warn',
    WEATHER_ENABLED: 'false',
    ...env,
  });
}

export async function searchBench(opts: SearchBenchOptions): Promise<void> {
  out(`== search bench: ${opts.docs} occurrences, ${opts.connections} connections, ${opts.duration} s per measurement`);
  out(`   ${os.availableParallelism()} cores, Node ${process.version}, load average ${loadAverage()}; server, load generator and Meilisearch are separate processes`);
  const bench = await startBenchEngine();
  let server: WebServer | null = null;
  try {
    const now = Math.floor(Date.now() / 1000);
    await seed(bench, opts, now);
    const { url: meiliUrl } = bench.engine;
    const master = createClient({ url: meiliUrl, apiKey: bench.masterKey, requestTimeoutMs: 10_000, taskTimeoutMs: 10_000 });
    // The web server's own search key: both sides authenticate alike.
    const keys = await ensureApiKeys(master, bench.config.app.meili.indexName);
    server = await startServer(bench);
    const bodies = await Promise.all(QUERIES.map((p) => multiSearchBody(p, bench.config, now)));
    await sanity(server, meiliUrl, keys.search, bodies);
    await latency(server.url, meiliUrl, keys.search, bodies, opts);
    await pageWeight(server.url);
    await compressionCheck(bench, keys.search, bodies[0] as MultiSearchBody, now);
  } finally {
    await server?.stop();
    await bench.close();
  }
}
