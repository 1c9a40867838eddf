import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventIdOf } from '../../indexer/enrich/identity.js';
import { runOnce } from '../../indexer/run-once.js';
import { emptyQuery } from '../../src/domain/search-query.js';
import { createApp } from '../../src/web/app.js';
import { quietLogger } from '../support/engine.js';
import { type FeedRig, startFeedRig } from '../support/feed-rig.js';
import { serveBody } from '../support/feed-server.js';
import { listen } from '../support/http.js';
import { icsFeed } from '../support/ics-writer.js';

/*
 * The fault probe's hijack: a feed publishing the municipality's event with the same title, five minutes later,
 * 200 m away and a long description replaced the official copy and its ticket link, and the official page answered
 * 404. Trust now decides which copy is shown, and a merged-away page redirects to the event shown instead.
 */

const now = Math.floor(Date.UTC(2026, 0, 5, 8) / 1000);
const START = now + 3 * 86_400;
const official = {
  uid: 'jazz-2026@vaxjo.se', title: 'Jazzkväll på Konserthuset', start: START, url: 'https://vaxjo.se/jazzkvall',
  description: 'Kronoberg Jazz Quintet.',
};
const hijack = {
  uid: 'copy-1@example.net', title: 'Jazzkväll på Konserthuset', start: START + 300, url: 'https://tickets.example.net/jazz',
  geo: { lat: 56.8822, lng: 14.803 }, description: 'Köp biljetter här! '.repeat(150),
};
let rig: FeedRig;
let base: string;
let close: () => Promise<void>;

beforeAll(async () => {
  rig = await startFeedRig((url) => [
    { id: 'kommun', type: 'ics', url: `${url}/kommun.ics`, priority: 100 },
    { id: 'annan', type: 'ics', url: `${url}/annan.ics` },
  ]);
  rig.feeds.routes.set('/kommun.ics', serveBody(icsFeed([official])));
  rig.feeds.routes.set('/annan.ics', serveBody(icsFeed([hijack])));
  await runOnce({ config: rig.engine.config, writer: rig.engine.engine.writer, logger: quietLogger, now: () => now });
  const server = await listen(createApp({ config: rig.engine.config, reader: rig.engine.engine.reader, logger: quietLogger, now: () => now }));
  base = server.url;
  close = server.close;
});

afterAll(async () => {
  await close?.();
  await rig?.close();
});

describe('a less trusted feed cannot take over an event', () => {
  it('shows the official copy, with its title and its link', async () => {
    const page = await rig.engine.engine.reader.search({ ...emptyQuery(), q: 'jazzkväll' }, now);
    expect(page.hits.map((h) => [h.source, h.title, h.url])).toEqual([['kommun', official.title, official.url]]);
  });

  it('keeps the official event page', async () => {
    const res = await fetch(`${base}/evenemang/x--${eventIdOf('kommun', official.uid)}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(official.url);
  });
});

describe('the page of a merged-away event', () => {
  const gone = () => `x--${eventIdOf('annan', hijack.uid)}`;
  const kept = `/evenemang/jazzkvall-pa-konserthuset--${eventIdOf('kommun', official.uid)}`;

  it('answers 301 to the event shown instead, never 404', async () => {
    const res = await fetch(`${base}/evenemang/${gone()}`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(kept);
    expect((await fetch(`${base}/evenemang/${gone()}`)).status).toBe(200);
  });

  it('redirects its calendar file and English page the same way, keeping the query', async () => {
    const ics = await fetch(`${base}/evenemang/${gone()}.ics?all=1`, { redirect: 'manual' });
    expect([ics.status, ics.headers.get('location')]).toEqual([301, `${kept}.ics?all=1`]);
    const en = await fetch(`${base}/en/events/${gone()}`, { redirect: 'manual' });
    expect([en.status, en.headers.get('location')]).toEqual([301, kept.replace('/evenemang/', '/en/events/')]);
  });

  it('an event that never existed is still 404', async () => {
    expect((await fetch(`${base}/evenemang/x--annan-finnsinte`)).status).toBe(404);
  });
});
