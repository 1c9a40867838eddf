import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyQuery } from '../../src/domain/search-query.js';
import { quietLogger, type TestEngine } from '../support/engine.js';
import { type FeedRig, icsFixture as fixture, startFeedRig } from '../support/feed-rig.js';
import { serveBody } from '../support/feed-server.js';
import { ANCHOR_NOW } from '../support/http.js';

let rig: FeedRig;
let t: TestEngine;
let feeds: FeedRig['feeds'];
const run = (opts: { rebuild?: boolean } = {}) => rig.run(opts);
const titles = async () => {
  const r = await t.engine.reader.search({ ...emptyQuery(), hitsPerPage: 50 }, ANCHOR_NOW);
  return r.hits.map((h) => `${h.source}:${h.title}`).sort();
};

beforeAll(async () => {
  rig = await startFeedRig((url) => [
    { id: 'feed-a', type: 'ics', url: `${url}/a.ics`, timeoutMs: 1500 },
    { id: 'feed-b', type: 'ics', url: `${url}/b.ics` },
  ]);
  ({ engine: t, feeds } = rig);
  feeds.routes.set('/a.ics', serveBody(fixture('feed-a.ics'), { etag: '"a-v1"' }));
  feeds.routes.set('/b.ics', serveBody(fixture('feed-b.ics')));
});

afterAll(async () => {
  await rig?.close();
});

describe('indexer updates that never lose data', () => {
  it('indexes both feeds, one card per event', async () => {
    const summary = await run();
    expect(summary.sources.every((s) => s.ok)).toBe(true);
    expect(await titles()).toEqual([
      'feed-a:Orgelkonsert i domkyrkan',
      'feed-a:Sagostund på biblioteket',
      'feed-a:Vinterfiske på Helgasjön',
      'feed-b:Filmkväll: Utvandrarna',
      'feed-b:Hockey: Växjö Lakers – Luleå',
    ]);
    expect(summary.upserted).toBe(8); // 4 sagostund occurrences + 4 single events
  });

  it('writes nothing when nothing changed, and skips parsing a feed that answers 304', async () => {
    const summary = await run();
    expect(summary.upserted).toBe(0);
    expect(summary.deleted).toBe(0);
    expect(summary.sources.find((s) => s.id === 'feed-a')?.unchanged).toBe(true);
    // feed-b sends no validators: its identical body is recognised by its hash.
    expect(summary.sources.find((s) => s.id === 'feed-b')?.unchanged).toBe(true);
  });

  it('when a source answers 500, its last good events stay searchable and it is marked failing', async () => {
    feeds.routes.set('/a.ics', (_req, res) => res.writeHead(500).end('boom'));
    const summary = await run();
    const a = summary.sources.find((s) => s.id === 'feed-a');
    expect(a?.ok).toBe(false);
    expect(a?.error?.code).toBe('FEED_HTTP_STATUS');
    expect((await titles()).filter((x) => x.startsWith('feed-a:'))).toHaveLength(3);
  });

  it('when a source times out, its events stay', async () => {
    feeds.routes.set('/a.ics', (_req, res) => {
      setTimeout(() => res.writeHead(200).end(fixture('feed-a.ics')), 4000).unref();
    });
    const summary = await run();
    expect(summary.sources.find((s) => s.id === 'feed-a')?.error?.code).toBe('FEED_FETCH_TIMEOUT');
    expect((await titles()).filter((x) => x.startsWith('feed-a:'))).toHaveLength(3);
  });

  it('when a feed is truncated mid-file or is not a calendar, nothing of it is deleted', async () => {
    const full = fixture('feed-a.ics');
    for (const body of [full.subarray(0, Math.floor(full.length / 2)), Buffer.from('<html>Maintenance</html>')]) {
      feeds.routes.set('/a.ics', serveBody(body));
      const summary = await run();
      expect(summary.sources.find((s) => s.id === 'feed-a')?.error?.code).toBe('FEED_PARSE_FAILED');
      expect((await titles()).filter((x) => x.startsWith('feed-a:'))).toHaveLength(3);
    }
  });

  it('a successful read updates changed events and deletes only what disappeared from that source', async () => {
    feeds.routes.set('/a.ics', serveBody(fixture('feed-a-changed.ics'), { etag: '"a-v2"' }));
    const summary = await run();
    expect(summary.sources.every((s) => s.ok)).toBe(true);
    expect(summary.upserted).toBe(1);
    expect(summary.deleted).toBe(1);
    expect(await titles()).toEqual([
      'feed-a:Orgelkonsert i domkyrkan – ny solist',
      'feed-a:Sagostund på biblioteket',
      'feed-b:Filmkväll: Utvandrarna',
      'feed-b:Hockey: Växjö Lakers – Luleå',
    ]);
  });

  it('a rebuild swaps in a fresh index while searches keep answering', async () => {
    let searching = true;
    let failures = 0;
    let answered = 0;
    const loop = (async () => {
      while (searching) {
        const r = await t.engine.reader.search({ ...emptyQuery(), hitsPerPage: 50 }, ANCHOR_NOW).catch(() => null);
        if (r?.total !== 4) failures++;
        answered++;
      }
    })();
    await run({ rebuild: true });
    searching = false;
    await loop;
    expect(answered).toBeGreaterThan(3);
    expect(failures).toBe(0);
    expect(await titles()).toHaveLength(4);
  });
});

describe('hostile feeds', () => {
  it('a 50 MB body is cut off at the size limit and the source keeps its events', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 'A');
    feeds.routes.set('/a.ics', (_req, res) => {
      // No content-length: the limit must hold while streaming, not only on the declared size.
      res.writeHead(200, { 'content-type': 'text/calendar' });
      let sent = 0;
      const pump = () => {
        while (sent < 50 && res.write(chunk)) sent++;
        if (sent < 50) res.once('drain', pump);
        else res.end();
      };
      res.on('error', () => undefined);
      pump();
    });
    const before = (await titles()).filter((x) => x.startsWith('feed-a:'));
    const summary = await run();
    expect(summary.sources.find((s) => s.id === 'feed-a')?.error?.code).toBe('FEED_TOO_LARGE');
    expect((await titles()).filter((x) => x.startsWith('feed-a:'))).toEqual(before);
  });

  it('a feed in invalid UTF-8 is read as Windows-1252 and says so', async () => {
    // Windows-1252 bytes: ä as 0xE4, the en dash as 0x96 (which Latin-1 would turn into a control character).
    const latin1 = Buffer.from(fixture('feed-a-changed.ics').toString('utf8').replace(/–/g, '\x96'), 'latin1');
    feeds.routes.set('/a.ics', serveBody(latin1));
    const summary = await run();
    const a = summary.sources.find((s) => s.id === 'feed-a');
    expect(a?.ok).toBe(true);
    expect(a?.rejectReasons.map((r) => r.reason)).toContain('not valid UTF-8; read as Windows-1252');
    expect(await titles()).toContain('feed-a:Orgelkonsert i domkyrkan – ny solist');
  });
});

describe('settings', () => {
  it('a settings change is applied in place without losing documents', async () => {
    const { createEventWriter } = await import('../../src/search/event-writer.js');
    const { createClient } = await import('../../src/search/client.js');
    const { indexSettings } = await import('../../src/search/settings.js');
    const { readFileSync } = await import('node:fs');
    const masterKey = readFileSync(path.join(t.dataDir, 'meili-master-key'), 'utf8').trim();
    const client = createClient({ url: t.engine.url, apiKey: masterKey, requestTimeoutMs: 10_000, taskTimeoutMs: 60_000 });
    const before = await t.engine.writer.count();
    const changed = { ...indexSettings(t.config), stopWords: ['och'] };
    await createEventWriter(client, t.config.app.meili.indexName, changed, quietLogger).prepare();
    expect((await client.index(t.config.app.meili.indexName).getSettings()).stopWords).toEqual(['och']);
    expect(await t.engine.writer.count()).toBe(before);
    // And back: prepare() notices the difference again.
    await t.engine.writer.prepare();
    expect((await client.index(t.config.app.meili.indexName).getSettings()).stopWords?.sort()).toEqual([...(indexSettings(t.config).stopWords ?? [])].sort());
    expect(await t.engine.writer.count()).toBe(before);
  });
});
