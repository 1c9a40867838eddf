import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOnce } from '../../indexer/run-once.js';
import { PROJECT_ROOT } from '../../src/config/load-config.js';
import type { SourceHealth } from '../../src/domain/source-health.js';
import { readState } from '../../src/health/state-store.js';
import { createApp } from '../../src/web/app.js';
import { quietLogger } from '../support/engine.js';
import { type FeedRig, startFeedRig } from '../support/feed-rig.js';
import { serveBody } from '../support/feed-server.js';
import { ANCHOR_NOW, listen } from '../support/http.js';
import { icsFeed, manyEvents } from '../support/ics-writer.js';
import { exitOf, spawnEntry } from '../support/spawn-app.js';

/*
 * A cut or broken feed must not wipe a source's events and report OK (the probe saw a CSV go 16 → 5 and 16 → 0, an
 * HTML page replaced by a proxy's 502 body 9 → 0). Damaged bodies are failed reads; a read that loses everything or
 * more than half is held until an editor confirms.
 */

const sample = (name: string) => readFileSync(path.join(PROJECT_ROOT, 'config/sample-feeds', name));
const PROXY_502 = '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';
const TOKEN = 'admin-token-for-tests-0123456789';

async function healthOf(rig: FeedRig, id: string): Promise<SourceHealth | undefined> {
  return (await readState(rig.engine.dataDir)).sources[id];
}

describe('damaged CSV and JSON-LD bodies keep the last good events (sample feeds, anchor week)', () => {
  let rig: FeedRig;
  let base: string;
  let close: () => Promise<void>;
  const run = () => rig.run();
  const counts = () => rig.engine.engine.writer.countsBySource();
  let good: Map<string, number>;
  const csv = sample('foreningar.csv');

  beforeAll(async () => {
    rig = await startFeedRig((url) => [
      { id: 'foreningar', type: 'csv', url: `${url}/f.csv`, options: { profile: 'upptack' } },
      { id: 'teatern', type: 'jsonld', url: `${url}/program` },
    ]);
    rig.feeds.routes.set('/f.csv', serveBody(csv, { 'content-type': 'text/csv' }));
    rig.feeds.routes.set('/program', serveBody(sample('vaxjo-teater.html'), { 'content-type': 'text/html; charset=utf-8' }));
    await run();
    good = await counts();
    const config = { ...rig.engine.config, app: { ...rig.engine.config.app, adminToken: TOKEN } };
    const server = await listen(createApp({ config, reader: rig.engine.engine.reader, logger: quietLogger, now: () => ANCHOR_NOW }));
    base = server.url;
    close = server.close;
  });

  afterAll(async () => {
    await close?.();
    await rig?.close();
  });

  it('indexes both feeds first', () => {
    expect(good.get('foreningar')).toBeGreaterThan(10);
    expect(good.get('teatern')).toBeGreaterThan(5);
  });

  it('a CSV cut inside a quoted field fails the read; its events stay', async () => {
    rig.feeds.routes.set('/f.csv', serveBody(csv.subarray(0, csv.indexOf(0x22, csv.length / 2) + 20)));
    await run();
    expect(await counts()).toEqual(good);
    expect((await healthOf(rig, 'foreningar'))?.error?.code).toBe('FEED_PARSE_FAILED');
  });

  it('a header-only CSV is held: its events stay and the source needs confirmation', async () => {
    rig.feeds.routes.set('/f.csv', serveBody(csv.subarray(0, csv.indexOf(0x0a) + 1)));
    await run();
    expect(await counts()).toEqual(good);
    const h = await healthOf(rig, 'foreningar');
    expect([h?.ok, h?.error?.code, h?.held?.found, h?.held?.indexed]).toEqual([false, 'SOURCE_DROP_HELD', 0, good.get('foreningar')]);
  });

  it('an HTML page replaced by a proxy error body fails the read; its events stay', async () => {
    rig.feeds.routes.set('/program', serveBody(PROXY_502, { 'content-type': 'text/html' }));
    await run();
    expect(await counts()).toEqual(good);
    expect((await healthOf(rig, 'teatern'))?.error?.code).toBe('FEED_PARSE_FAILED');
  });

  it('the admin page shows the held source with a confirm button; a cross-site post is refused', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const html = await (await fetch(`${base}/admin/sources`, { headers: auth })).text();
    expect(html).toContain('BEHÖVER BEKRÄFTAS');
    expect(html).toContain('action="/admin/sources/foreningar/confirm"');
    const forged = await fetch(`${base}/admin/sources/foreningar/confirm`, { method: 'POST', headers: { ...auth, 'sec-fetch-site': 'cross-site' } });
    expect(forged.status).toBe(403);
    expect((await fetch(`${base}/admin/sources/teatern/confirm`, { method: 'POST', headers: auth })).status).toBe(404);
  });

  it('after an editor confirms on the admin page, the next run publishes the emptied source', async () => {
    const res = await fetch(`${base}/admin/sources/foreningar/confirm`, {
      method: 'POST', redirect: 'manual', headers: { authorization: `Bearer ${TOKEN}`, 'sec-fetch-site': 'same-origin' },
    });
    expect([res.status, res.headers.get('location')]).toEqual([303, '/admin/sources?confirmed=foreningar']);
    await run();
    expect((await counts()).get('foreningar') ?? 0).toBe(0);
    const h = await healthOf(rig, 'foreningar');
    expect([h?.ok, h?.held ?? null]).toEqual([true, null]);
  });
});

describe('losing more than half in one run (real clock: `npm run indexer -- --confirm`)', () => {
  let rig: FeedRig;
  const now = () => Math.floor(Date.now() / 1000);
  const tomorrow = now() + 86_400;
  const serve = (n: number) => rig.feeds.routes.set('/kommun.ics', serveBody(icsFeed(manyEvents('Orgelkonsert', n, tomorrow))));
  const run = () => runOnce({ config: rig.engine.config, writer: rig.engine.engine.writer, logger: quietLogger, now });
  const count = async () => (await rig.engine.engine.writer.countsBySource()).get('kommun') ?? 0;
  const cli = (...args: string[]) =>
    spawnEntry('indexer/cli.ts', { DATA_DIR: rig.engine.dataDir, SOURCES_FILE: rig.engine.config.app.indexer.sourcesFile, LOG_LEVEL: 'error' }, args);

  beforeAll(async () => {
    rig = await startFeedRig((url) => [{ id: 'kommun', type: 'ics', url: `${url}/kommun.ics` }]);
    serve(6);
    await run();
  });

  afterAll(async () => {
    await rig?.close();
  });

  it('applies a loss of a third (6 → 4)', async () => {
    serve(4);
    await run();
    expect(await count()).toBe(4);
  });

  it('holds a loss of three quarters (4 → 1)', async () => {
    serve(1);
    await run();
    expect(await count()).toBe(4);
    expect((await healthOf(rig, 'kommun'))?.held).toMatchObject({ indexed: 4, found: 1 });
  });

  it('refuses to confirm a source that does not exist', async () => {
    const child = cli('--confirm', 'finns-inte');
    expect((await exitOf(child)).code).toBe(1);
    expect(child.output()).toContain('No source "finns-inte"');
  });

  it('`npm run indexer -- --confirm kommun` accepts the drop and runs', async () => {
    const child = cli('--confirm', 'kommun');
    expect((await exitOf(child)).code, child.output()).toBe(0);
    expect(child.output()).toContain('Confirmed: kommun');
    expect(await count()).toBe(1);
    expect((await healthOf(rig, 'kommun'))?.held ?? null).toBeNull();
  });

  it('a source that is not held has nothing to confirm', async () => {
    const child = cli('--confirm', 'kommun');
    expect((await exitOf(child)).code).toBe(1);
    expect(child.output()).toContain('not waiting for confirmation');
  });
});
