import { existsSync, readFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOnce } from '../../indexer/run-once.js';
import { picturesDir } from '../../src/domain/pictures.js';
import { type FeedRig, startFeedRig } from '../support/feed-rig.js';
import { serveBody } from '../support/feed-server.js';
import { ANCHOR_NOW } from '../support/http.js';
import { captureLog } from '../support/log-capture.js';

const DAY = 86_400;

/** One event on 20 January (after every run below) with an image. */
const calendar = (uid: string, title: string, imageUrl: string) =>
  [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN',
    'BEGIN:VEVENT', `UID:${uid}@test`, 'DTSTAMP:20260101T000000Z', 'DTSTART:20260120T170000Z', 'DTEND:20260120T190000Z',
    `SUMMARY:${title}`, 'LOCATION:Växjö stadsbibliotek', `ATTACH;FMTTYPE=image/jpeg:${imageUrl}`, 'END:VEVENT',
    'END:VCALENDAR', '',
  ].join('\r\n');

const photo = (background: string) => sharp({ create: { width: 1000, height: 700, channels: 3, background } }).jpeg().toBuffer();

describe('pictures no event names any more', () => {
  let rig: FeedRig;
  let dir: string;
  const log = captureLog('info');
  const runAt = (now: number) => runOnce({ config: rig.engine.config, writer: rig.engine.engine.writer, logger: log.logger, now: () => now });
  /** The keys of the stored pictures (one per image, whatever its widths). */
  const stored = () => new Set(readdirSync(dir, { withFileTypes: true }).filter((f) => f.isFile() && f.name.endsWith('.webp')).map((f) => f.name.slice(0, 16)));
  const pictureKeys = async (q: string) => {
    const { emptyQuery } = await import('../../src/domain/search-query.js');
    return (await rig.engine.engine.reader.search({ ...emptyQuery(), q }, ANCHOR_NOW)).hits.map((h) => h.picture?.key);
  };

  beforeAll(async () => {
    rig = await startFeedRig(
      (url) => [
        { id: 'photos', type: 'ics', url: `${url}/photos.ics` },
        { id: 'other', type: 'ics', url: `${url}/other.ics` },
      ],
      { IMAGES_ALLOW_PRIVATE_ADDRESSES: 'true' },
    );
    dir = picturesDir(rig.engine.dataDir);
    for (const [name, colour] of [['a', '#c63'], ['b', '#36c'], ['c', '#3c6']] as const) {
      const bytes = await photo(colour);
      rig.feeds.routes.set(`/${name}.jpg`, (_req, res) => res.writeHead(200, { 'content-type': 'image/jpeg' }).end(bytes));
    }
    rig.feeds.routes.set('/photos.ics', serveBody(calendar('photo-1', 'Fotokväll', `${rig.feeds.url}/a.jpg`)));
    rig.feeds.routes.set('/other.ics', serveBody(calendar('other-1', 'Konstvandring', `${rig.feeds.url}/c.jpg`)));
  });

  afterAll(async () => {
    await rig?.close();
  });

  it('are kept while named and during the grace period, kept while a source fails, and removed after', async () => {
    await runAt(ANCHOR_NOW);
    const [a] = await pictureKeys('fotokväll');
    const [c] = await pictureKeys('konstvandring');
    expect(stored()).toEqual(new Set([a, c]));
    // Not the indexer's: an operator's note, a submission upload folder beside it, a name with a path in it.
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    mkdirSync(path.join(dir, 'aaaaaaaaaaaaaaaa-320.webp'));
    const uploads = path.join(rig.engine.dataDir, 'submission-images');
    mkdirSync(uploads, { recursive: true });
    writeFileSync(path.join(uploads, `${'d'.repeat(16)}-320.webp`), 'upload');

    // Eight days on, still named: kept.
    await runAt(ANCHOR_NOW + 8 * DAY);
    expect(stored()).toEqual(new Set([a, c]));

    // The feed changes its image: the old picture is no longer named, and waits out its grace period. (Two hours on:
    // the names in use are read at most once an hour, so a run a minute later would not look.)
    rig.feeds.routes.set('/photos.ics', serveBody(calendar('photo-1', 'Fotokväll', `${rig.feeds.url}/b.jpg`)));
    await runAt(ANCHOR_NOW + 8 * DAY + 60);
    const since = () => JSON.parse(readFileSync(path.join(dir, 'unused-since.json'), 'utf8')) as Record<string, number>;
    expect(Object.keys(since()).some((name) => name.startsWith(a ?? '-'))).toBe(false);
    await runAt(ANCHOR_NOW + 8 * DAY + 2 * 3600);
    expect(Object.values(since())).toContain(ANCHOR_NOW + 8 * DAY + 2 * 3600);
    const [b] = await pictureKeys('fotokväll');
    expect(b).not.toBe(a);
    await runAt(ANCHOR_NOW + 14 * DAY);
    expect(stored()).toEqual(new Set([a, b, c]));

    // Past the grace period, but a source fails this run: nothing is removed.
    rig.feeds.routes.set('/other.ics', (_req, res) => res.writeHead(500).end());
    const failed = await runAt(ANCHOR_NOW + 15 * DAY + 3 * 3600);
    expect(failed.sources.find((s) => s.id === 'other')?.ok).toBe(false);
    expect(stored()).toEqual(new Set([a, b, c]));
    expect(await pictureKeys('konstvandring')).toEqual([c]);

    // Every source applied again: the old picture goes, in all its widths; everything else stays.
    rig.feeds.routes.set('/other.ics', serveBody(calendar('other-1', 'Konstvandring', `${rig.feeds.url}/c.jpg`)));
    await runAt(ANCHOR_NOW + 15 * DAY + 4 * 3600);
    expect(stored()).toEqual(new Set([b, c]));
    for (const kept of ['notes.txt', 'manifest.json', 'aaaaaaaaaaaaaaaa-320.webp']) expect(existsSync(path.join(dir, kept))).toBe(true);
    expect(readdirSync(uploads)).toEqual([`${'d'.repeat(16)}-320.webp`]);
    const removed = log.lines().filter((l) => l.msg === 'unused pictures removed');
    expect(removed.at(-1)).toMatchObject({ removed: 3, waiting: 0 });
    expect(removed.at(-1)?.bytes).toBeGreaterThan(1000);
    expect(log.lines().some((l) => l.msg === 'unused pictures kept this run' && l.reason === 'sources not applied this run: other')).toBe(true);
  });
});
