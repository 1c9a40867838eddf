import os from 'node:os';
import { type CDPSession, chromium, type Page } from 'playwright-core';
import { startFakeOpenMeteo } from '../tests/support/fake-open-meteo.js';
import { printLoad, seed, startServer } from './search.js';
import { startBenchEngine } from './support/engine.js';
import { type LoadResult, measure } from './support/load.js';
import type { WebServer } from './support/process.js';
import { pagePath, QUERIES } from './support/queries.js';
import { line, loadAverage, mb, ratio, seconds, target } from './support/stats.js';

export interface KioskBenchOptions {
  docs: number;
  duration: number;
  connections: number;
  cycles: number;
  seed: number;
}

const HTMX = { 'hx-request': 'true', 'accept-encoding': 'gzip, deflate, br' };
const KIOSK = '/kiosk/turistbyran';
/** What a visitor at the screen does: chips and a few letters typed on the screen's keyboard. */
const TOUCH_SEARCHES = ['q=konsert', 'q=f%C3%A5gel', 'category=music&when=weekend', 'when=today', 'q=barn&when=tomorrow', 'q=mus'];
const HEAP_TARGET_BYTES = 10 * 1024 * 1024;
const out = (s = '') => process.stdout.write(`${s}\n`);



interface Metrics {
  heap: number;
  /** Nodes in the document (text included), counted in the page: what the screen holds on to. */
  nodes: number;
  /** Blink's own count of allocated nodes: swings by a few hundred with its garbage collector's timing. */
  allocated: number;
  listeners: number;
  documents: number;
}

/** After a forced garbage collection: what stays is what the page holds on to. */
async function metrics(cdp: CDPSession, page: Page): Promise<Metrics> {
  await cdp.send('HeapProfiler.collectGarbage');
  const nodes = await page.evaluate<number>('(() => { const w = document.createTreeWalker(document, NodeFilter.SHOW_ALL); let n = 0; while (w.nextNode()) n++; return n; })()');
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => list.find((m) => m.name === name)?.value ?? Number.NaN;
  return { heap: get('JSHeapUsedSize'), nodes, allocated: get('Nodes'), listeners: get('JSEventListeners'), documents: get('Documents') };
}

/**
 * One refresh of the attract content, as the htmx poll does it (the screen's own `kiosk:refresh` trigger), until
 * htmx has settled: before that it still holds the old content.
 */
const REFRESH = `new Promise((resolve, reject) => {
  const attract = document.getElementById('attract');
  const failed = (e) => { if (e.detail.elt === attract && !e.detail.successful) reject(new Error('refresh failed')); };
  const settled = (e) => {
    if (e.detail.elt !== attract) return;
    document.body.removeEventListener('htmx:afterSettle', settled);
    document.body.removeEventListener('htmx:afterRequest', failed);
    resolve();
  };
  document.body.addEventListener('htmx:afterRequest', failed);
  document.body.addEventListener('htmx:afterSettle', settled);
  htmx.trigger(attract, 'kiosk:refresh');
})`;

/** One visitor's search and the event they open (results swap, then the stage with its QR code). */
const touchCycle = (query: string) => `(async () => {
  // A visitor's finger: without it the screen's idle timer ends the session mid-run and reloads the page.
  document.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
  const swapped = (id) => new Promise((resolve) => {
    const done = (e) => { if (e.detail.target.id === id) { document.body.removeEventListener('htmx:afterSettle', done); resolve(); } };
    document.body.addEventListener('htmx:afterSettle', done);
  });
  const results = swapped('k-results');
  htmx.ajax('GET', '${KIOSK}/results?lang=sv&${query}', { target: '#k-results', swap: 'innerHTML' });
  await results;
  const first = document.querySelector('.k-result');
  if (!first) return;
  const stage = swapped('k-stage');
  first.click();
  await stage;
})()`;

/**
 * `count` cycles after a warm-up. Node counts are compared at the same point of the steps' `period` (a search for
 * "konsert" shows more nodes than one for "fågel"), so a difference is growth, not content.
 */
async function cycles(page: Page, cdp: CDPSession, count: number, period: number, step: (i: number) => string): Promise<{ before: Metrics; after: Metrics; series: Metrics[]; elapsedMs: number }> {
  for (let i = 0; i < period * Math.ceil(20 / period); i++) await page.evaluate(step(i));
  const before = await metrics(cdp, page);
  const series: Metrics[] = [before];
  const every = period * Math.max(1, Math.floor(count / 4 / period));
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    await page.evaluate(step(i));
    if ((i + 1) % every === 0) series.push(await metrics(cdp, page));
  }
  const elapsedMs = performance.now() - t0;
  return { before, after: series.at(-1) ?? before, series, elapsedMs };
}

function printCycles(label: string, count: number, r: Awaited<ReturnType<typeof cycles>>): void {
  const growth = r.after.heap - r.before.heap;
  out(line(`  ${label}: JS heap after GC`, `${mb(r.before.heap)} → ${mb(r.after.heap)} (growth ${growth >= 0 ? '+' : ''}${mb(growth)}) in ${count} cycles, ${seconds(r.elapsedMs)}`));
  out(line(`  ${label}: DOM nodes in the document`, r.series.map((m) => m.nodes).join(' → ')));
  out(line(`  ${label}: nodes Blink holds after GC`, r.series.map((m) => m.allocated).join(' → ')));
  out(line(`  ${label}: listeners, documents`, `${r.before.listeners} → ${r.after.listeners}, ${r.before.documents} → ${r.after.documents}`));
  out(target(`${label}: JS heap growth ≤ 10 MB`, growth <= HEAP_TARGET_BYTES, mb(growth)));
  // What is on changes with the clock, so the content may differ a little between samples; a leak only grows.
  const most = Math.max(...r.series.map((m) => m.nodes));
  out(target(`${label}: DOM node count stable (every sample within 2 % of the first)`, most <= r.before.nodes * 1.02, `${r.before.nodes} → ${r.after.nodes}, most ${most}`));
}

/** A kiosk screen for a day, compressed: refresh cycles in headless Chromium (memory), and the kiosk's fragments under load. */
async function screenInChromium(server: WebServer, opts: KioskBenchOptions): Promise<void> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, serviceWorkers: 'allow', locale: 'sv-SE' });
    const page = await context.newPage();
    await page.goto(`${server.url}${KIOSK}`);
    await page.waitForFunction(() => (globalThis as unknown as { navigator: { serviceWorker: { controller: unknown } } }).navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    out(`  Chromium ${browser.version()}, 1080×1920, service worker in control`);
    printCycles('attract refresh', opts.cycles, await cycles(page, cdp, opts.cycles, 1, () => REFRESH));
    await page.locator('.k-header').click();
    await page.locator('#touch:not([hidden])').waitFor();
    const period = TOUCH_SEARCHES.length;
    const touches = period * Math.max(1, Math.round(opts.cycles / 5 / period));
    printCycles('touch search + event', touches, await cycles(page, cdp, touches, period, (i) => touchCycle(TOUCH_SEARCHES[i % period] ?? '')));
  } finally {
    await browser.close();
  }
}

/**
 * `npm run bench -- kiosk`: the kiosk's fragments on 50 000 occurrences beside the search fragment (same run, same
 * index), then a screen's memory over `cycles` refreshes in headless Chromium. Figures and targets; nothing fails.
 */
export async function kioskBench(opts: KioskBenchOptions): Promise<void> {
  out(`== kiosk bench: ${opts.docs} occurrences, ${opts.connections} connections, ${opts.duration} s per measurement, ${opts.cycles} refresh cycles`);
  out(`   ${os.availableParallelism()} cores, Node ${process.version}, load average ${loadAverage()}; server, load generator, Chromium and Meilisearch are separate processes`);
  const now = Math.floor(Date.now() / 1000);
  const fake = await startFakeOpenMeteo(now - (now % 3600), 'rainy-autumn-afternoon');
  const bench = await startBenchEngine();
  let server: WebServer | null = null;
  try {
    await seed(bench, opts, now);
    server = await startServer(bench, { WEATHER_ENABLED: 'true', OPEN_METEO_URL: fake.url, PUBLIC_URL: 'https://upptack.example.se' });
    for (let i = 0; i < 50 && fake.requests.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    const attract = await fetch(`${server.url}${KIOSK}/attract`, { headers: { 'hx-request': 'true' } });
    if (!attract.ok) throw new Error(`the kiosk answered ${attract.status}: is config/kiosks.json's turistbyran there?`);

    const fragment = await measure(server.url, QUERIES.map((p) => ({ method: 'GET' as const, path: pagePath(p) })), HTMX, opts.connections, opts.duration);
    const panels = await measure(server.url, [{ method: 'GET', path: `${KIOSK}/attract` }], HTMX, opts.connections, opts.duration);
    const results = await measure(server.url, TOUCH_SEARCHES.map((q) => ({ method: 'GET' as const, path: `${KIOSK}/results?lang=sv&${q}` })), HTMX, opts.connections, opts.duration);
    out(`  latency under load (${opts.connections} connections):`);
    printLoad('    search fragment GET /sok (HX-Request)', fragment);
    printLoad('    kiosk attract fragment (feed near the screen, both languages, uncached)', panels);
    printLoad('    kiosk results fragment (touch search)', results);
    out(line('    ratio kiosk attract/search fragment', `p95 ${ratio(panels.p95, fragment.p95)}  req/s ${ratio(panels.reqPerSec, fragment.reqPerSec)}`));
    out(line('    ratio kiosk results/search fragment', `p95 ${ratio(results.p95, fragment.p95)}`));
    // One screen asks for the attract fragment once a minute: throughput is no concern, a slow answer would be.
    const detail = (r: LoadResult) => `${ratio(r.p95, fragment.p95)}${r.failures ? `, ${r.failures} failed` : ''}`;
    out(target('kiosk attract fragment p95 ≤ 2 × search fragment p95, none failed', panels.p95 <= 2 * fragment.p95 && panels.failures === 0, detail(panels)));
    out(target('kiosk results fragment p95 ≤ 1.5 × search fragment p95, none failed', results.p95 <= 1.5 * fragment.p95 && results.failures === 0, detail(results)));
    await screenInChromium(server, opts);
  } finally {
    await server?.stop();
    await bench.close();
    await fake.close();
  }
}
