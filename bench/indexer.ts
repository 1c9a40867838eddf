import { readState, writeState } from '../src/health/state-store.js';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type IndexerDeps, runOnce, type RunSummary } from '../indexer/run-once.js';
import { loadConfig } from '../src/config/load-config.js';
import { createClient } from '../src/search/client.js';
import { createEventWriter } from '../src/search/event-writer.js';
import { indexSettings } from '../src/search/settings.js';
import { type BenchEngine, startBenchEngine } from './support/engine.js';
import { renderIcs } from './support/ics.js';
import { line, loadAverage, mb, ratio, rssSampler, seconds, target } from './support/stats.js';
import { benchImages, withBenchImages } from './support/images.js';
import { generateEvents, type Mix, SOURCE_ID } from './support/synthetic.js';
import { timedWriter } from './support/timed-writer.js';

export interface IndexerBenchOptions {
  events: number;
  seed: number;
}

/** 80 % one-off, 10 % weekly ×24, 10 % daily ×68: about ten occurrences per VEVENT, all inside the 180-day horizon. */
const MIX: Mix = { weekly: { share: 0.1, count: 24 }, daily: { share: 0.1, count: 68 }, experienceShare: 0, horizonDays: 180 };
const out = (s = '') => process.stdout.write(`${s}\n`);

/** The feed and a sources file naming it, in a fresh temp folder that also becomes DATA_DIR. */
async function writeFeed(opts: IndexerBenchOptions, now: number): Promise<{ dir: string; sourcesFile: string; bytes: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'upptack-bench-indexer-'));
  mkdirSync(path.join(dir, 'feeds', 'bilder'), { recursive: true });
  const feed = path.join(dir, 'feeds', 'bench.ics');
  // The feed's pictures lie beside it (file: URLs, as a local feed's may): fetched and resized once each, no network.
  const images = await benchImages();
  for (const [n, bytes] of images.entries()) writeFileSync(path.join(dir, 'feeds', 'bilder', `${n}.jpg`), bytes);
  // Config for the generator only (taxonomy, areas, venues); the real config is loaded once the files exist.
  const config = loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'error' });
  const events = withBenchImages(generateEvents(config, opts.events, MIX, opts.seed), (n) => pathToFileURL(path.join(dir, 'feeds', 'bilder', `${n}.jpg`)).href);
  const ics = renderIcs(events, config, now);
  writeFileSync(feed, ics);
  const sourcesFile = path.join(dir, 'sources.json');
  const source = { id: SOURCE_ID, name: 'Bench feed', type: 'ics', url: feed, defaults: { lang: 'sv' }, maxBytes: 1_000_000_000 };
  writeFileSync(sourcesFile, JSON.stringify({ sources: [source] }, null, 2));
  return { dir, sourcesFile, bytes: Buffer.byteLength(ics) };
}

/** Peak RSS (VmHWM) of the embedded Meilisearch: the child of the guard shell whose pid the runtime file names. */
function meiliPeakRss(dataDir: string): number | null {
  try {
    const { pid } = JSON.parse(readFileSync(path.join(dataDir, 'meili-runtime.json'), 'utf8')) as { pid: number };
    const child = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/)[0];
    const status = readFileSync(`/proc/${child}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

function printRun(label: string, s: RunSummary, wallMs: number, writes: Map<string, number>): void {
  const src = s.sources[0];
  const readMs = src?.durationMs ?? 0;
  const meiliMs = [...writes.values()].reduce((a, b) => a + b, 0);
  out(line(label, `${seconds(wallMs)}  (upserted ${s.upserted}, deleted ${s.deleted}, total ${s.total})`));
  if (src) out(line('    read+parse+enrich', `${seconds(readMs)}  (read ${src.read}, rejected ${src.rejected}, skipped ${src.skipped}, ok ${src.ok})`));
  const calls = [...writes].filter(([, v]) => v >= 5).map(([k, v]) => `${k} ${seconds(v)}`).join(', ');
  out(line('    Meilisearch (writer calls)', `${seconds(meiliMs)}  (${calls})`));
  out(line('    rest (dedupe, hashing, state)', seconds(wallMs - readMs - meiliMs)));
}

/** The same documents pushed straight into a fresh index (settings, then 1 000-document batches): the floor. */
async function rawPush(bench: BenchEngine): Promise<{ ms: number; docs: number }> {
  const { config, engine, logger } = bench;
  const docs = await engine.writer.documentsOfSources([SOURCE_ID]);
  const timeouts = { requestTimeoutMs: config.app.meili.requestTimeoutMs, taskTimeoutMs: config.app.meili.taskTimeoutMs };
  const client = createClient({ url: engine.url, apiKey: bench.masterKey, ...timeouts });
  const raw = createEventWriter(client, `${config.app.meili.indexName}_rawpush`, indexSettings(config), logger);
  const t0 = performance.now();
  await raw.prepare();
  await raw.upsert(docs);
  return { ms: performance.now() - t0, docs: docs.length };
}

async function forgetBodyHashes(dataDir: string): Promise<void> {
  const state = await readState(dataDir);
  for (const h of Object.values(state.sources)) Object.assign(h, { bodyHash: null, lastFullParse: null });
  await writeState(dataDir, state);
}

async function timedRun(deps: IndexerDeps, rebuild: boolean): Promise<{ summary: RunSummary; ms: number }> {
  const t0 = performance.now();
  const summary = await runOnce(deps, { rebuild });
  return { summary, ms: performance.now() - t0 };
}

function printTargets(full: { summary: RunSummary; ms: number }, again: { summary: RunSummary; ms: number }, events: number): void {
  const { total } = full.summary;
  const perHundredK = (full.ms / Math.max(1, total)) * 100_000;
  const scaled = total === 100_000 ? '' : `, ≈ ${seconds(perHundredK)} per 100 000`;
  out(target('full build of 100 000 occurrences ≤ 60 s on 2 cores', perHundredK <= 60_000, `${total} occurrences in ${seconds(full.ms)}${scaled}`));
  const { upserted, deleted } = again.summary;
  out(target('unchanged re-run writes 0 documents', upserted === 0 && deleted === 0, `upserted ${upserted}, deleted ${deleted}`));
  const perTenK = (again.ms / events) * 10_000;
  const scaledRe = events === 10_000 ? '' : `, ≈ ${seconds(perTenK)} per 10 000`;
  out(target('unchanged re-run of 10 000 events ≤ 5 s', perTenK <= 5_000, `${seconds(again.ms)} for ${events} events${scaledRe}`));
}

export async function indexerBench(opts: IndexerBenchOptions): Promise<void> {
  out(`== indexer bench: ${opts.events} VEVENTs (10 % weekly ×24, 10 % daily ×68), ${os.availableParallelism()} cores, Node ${process.version}, load average ${loadAverage()}`);
  const t0 = performance.now();
  const feed = await writeFeed(opts, Math.floor(Date.now() / 1000));
  out(line('feed written', `${mb(feed.bytes)} iCalendar in ${seconds(performance.now() - t0)}`));
  const bench = await startBenchEngine({ SOURCES_FILE: feed.sourcesFile }, feed.dir);
  const rss = rssSampler();
  try {
    const timed = timedWriter(bench.engine.writer);
    const deps = { config: bench.config, writer: timed.writer, logger: bench.logger, now: () => Math.floor(Date.now() / 1000) };
    const full = await timedRun(deps, true);
    printRun('full build (runOnce --rebuild)', full.summary, full.ms, timed.take());
    const again = await timedRun(deps, false);
    printRun('re-run, feed unchanged (body hash)', again.summary, again.ms, timed.take());
    // The daily full re-parse of an unchanged feed (the horizon moves on): forget the body hash and run again.
    await forgetBodyHashes(bench.config.app.dataDir);
    const reparse = await timedRun(deps, false);
    printRun('re-run, unchanged feed re-parsed', reparse.summary, reparse.ms, timed.take());
    out(line('    written by the re-parse', `upserted ${reparse.summary.upserted}, deleted ${reparse.summary.deleted}`));
    const raw = await rawPush(bench);
    out(line('baseline: raw push of the same docs', `${seconds(raw.ms)}  (${raw.docs} docs, settings + 1 000-doc batches into a fresh index)`));
    out(line('ratio indexer full build / raw push', ratio(full.ms, raw.ms)));
    const meili = meiliPeakRss(bench.dataDir);
    out(line('peak RSS', `bench+indexer process ${mb(rss.stop())}${meili ? `, Meilisearch ${mb(meili)}` : ''}`));
    printTargets(full, again, opts.events);
  } finally {
    rss.stop();
    await bench.close();
  }
}
