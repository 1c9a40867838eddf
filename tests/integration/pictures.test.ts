import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/web/app.js';
import { quietLogger } from '../support/engine.js';
import { type FeedRig, startFeedRig } from '../support/feed-rig.js';
import { serveBody } from '../support/feed-server.js';
import { ANCHOR_NOW, listen } from '../support/http.js';
import { type SampleSite, startSampleSite } from '../support/sample-site.js';

/** One event two weeks after the anchor Monday with an image on the test's own server. */
const calendar = (imageUrl: string) =>
  [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN',
    'BEGIN:VEVENT', 'UID:photo-1@test', 'DTSTAMP:20260101T000000Z', 'DTSTART:20260120T170000Z', 'DTEND:20260120T190000Z',
    'SUMMARY:Fotokväll i Växjö', 'LOCATION:Växjö stadsbibliotek', `ATTACH;FMTTYPE=image/jpeg:${imageUrl}`, 'END:VEVENT',
    'END:VCALENDAR', '',
  ].join('\r\n');

describe('feed images through the indexer', () => {
  let rig: FeedRig;
  let photo: Buffer;

  beforeAll(async () => {
    photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#c63' } }).jpeg().toBuffer();
    // Tests serve images from 127.0.0.1, which production refuses: turned on here, and only here.
    rig = await startFeedRig((url) => [{ id: 'photos', type: 'ics', url: `${url}/cal.ics` }], { IMAGES_ALLOW_PRIVATE_ADDRESSES: 'true' });
    rig.feeds.routes.set('/cal.ics', serveBody(calendar(`${rig.feeds.url}/photo.jpg`)));
    rig.feeds.routes.set('/photo.jpg', (_req, res) => res.writeHead(200, { 'content-type': 'image/jpeg' }).end(photo));
  });

  afterAll(async () => {
    await rig?.close();
  });

  it('fetches the image once, stores it in three widths and serves them with srcset and a year of caching', async () => {
    await rig.run();
    await rig.run({ rebuild: true });
    expect(rig.feeds.hits.get('/photo.jpg')).toBe(1);
    const server = await listen(createApp({ config: rig.engine.config, reader: rig.engine.engine.reader, logger: quietLogger, now: () => ANCHOR_NOW }));
    try {
      const html = await (await fetch(`${server.url}/sok?q=fotokväll`)).text();
      const img = /<img class="card-media" src="([^"]+)" srcset="([^"]+)"/.exec(html);
      expect(img?.[2]).toMatch(/^\/bilder\/[a-f0-9]{16}-320\.webp 320w, \/bilder\/[a-f0-9]{16}-640\.webp 640w, \/bilder\/[a-f0-9]{16}-960\.webp 960w$/);
      expect(html).not.toContain(rig.feeds.url);
      const res = await fetch(`${server.url}${img?.[1]}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/webp');
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).width).toBe(640);
      expect((await fetch(`${server.url}/bilder/..%2Fmanifest.json`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('keeps the stored picture when the image server fails at the next refresh', async () => {
    const { emptyQuery } = await import('../../src/domain/search-query.js');
    const before = (await rig.engine.engine.reader.search({ ...emptyQuery(), q: 'fotokväll' }, ANCHOR_NOW)).hits[0]?.picture;
    expect(before?.widths).toEqual([320, 640, 960]);
    rig.feeds.routes.set('/photo.jpg', (_req, res) => res.writeHead(500).end());
    // Eight days on the stored image is due for a refresh (refreshDays 7): the fetch fails, the picture stays.
    const later = ANCHOR_NOW + 8 * 86_400;
    const { runOnce } = await import('../../indexer/run-once.js');
    await runOnce({ config: rig.engine.config, writer: rig.engine.engine.writer, logger: quietLogger, now: () => later }, { rebuild: true });
    expect(rig.feeds.hits.get('/photo.jpg')).toBe(2);
    const after = (await rig.engine.engine.reader.search({ ...emptyQuery(), q: 'fotokväll' }, later)).hits[0]?.picture;
    expect(after).toEqual(before);
  });
});

describe('feed images with the default settings', () => {
  it('refuses an image on a loopback address: the event is indexed without a picture', async () => {
    const rig = await startFeedRig((url) => [{ id: 'photos', type: 'ics', url: `${url}/cal.ics` }]);
    try {
      rig.feeds.routes.set('/cal.ics', serveBody(calendar(`${rig.feeds.url}/photo.jpg`)));
      rig.feeds.routes.set('/photo.jpg', (_req, res) => res.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.alloc(10)));
      await rig.run();
      expect(rig.feeds.hits.get('/photo.jpg') ?? 0).toBe(0);
      const { emptyQuery } = await import('../../src/domain/search-query.js');
      const page = await rig.engine.engine.reader.search({ ...emptyQuery(), q: 'fotokväll' }, ANCHOR_NOW);
      expect(page.total).toBe(1);
      expect(page.hits[0]?.picture).toBeNull();
    } finally {
      await rig.close();
    }
  });
});

describe('the sample site', () => {
  let site: SampleSite;
  beforeAll(async () => {
    site = await startSampleSite();
  });
  afterAll(async () => {
    await site?.close();
  });

  it('shows its own images and category illustrations, and no image from another host', async () => {
    const html = await (await fetch(`${site.base}/sok?per_page=50`)).text();
    const srcs = [...html.matchAll(/<img [^>]*src="([^"]+)"/g)].map((m) => m[1] ?? '');
    // Every card has its picture: 50 events and the first places, each section its own list.
    const cards = [...html.matchAll(/<li class="card card-/g)].length;
    expect(cards).toBeGreaterThanOrEqual(50);
    expect(srcs.length).toBe(cards);
    expect(srcs.filter((s) => s.startsWith('/bilder/')).length).toBeGreaterThan(15);
    expect(srcs.filter((s) => s.startsWith('/assets/illustrations/')).length).toBeGreaterThan(5);
    expect(srcs.every((s) => s.startsWith('/'))).toBe(true);
    expect([...html.matchAll(/<img [^>]*alt="([^"]*)"/g)].every((m) => (m[1] ?? '').length > 5)).toBe(true);
    expect((await fetch(`${site.base}/assets/illustrations/musik.svg`)).headers.get('content-type')).toMatch(/image\/svg\+xml/);
  });
});
