import ical from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOnce } from '../../indexer/run-once.js';
import { createApp } from '../../src/web/app.js';
import { quietLogger } from '../support/engine.js';
import { type FeedRig, startFeedRig } from '../support/feed-rig.js';
import { serveBody } from '../support/feed-server.js';
import { ANCHOR_NOW, listen } from '../support/http.js';
import { icsFeed, type ScenarioEvent } from '../support/ics-writer.js';

/*
 * Partners sync incrementally and residents subscribe: what changed between two real indexer runs must show up as
 * exactly that, and calendar entries must keep their identity across runs.
 */

const T1 = ANCHOR_NOW;
const T2 = ANCHOR_NOW + 3600;
const day = (n: number, hour = 18) => ANCHOR_NOW + n * 86_400 + (hour - 9) * 3600;

const jazz: ScenarioEvent = { uid: 'jazz', title: 'Jazzkväll på Konserthuset', start: day(1) };
const organ: ScenarioEvent = { uid: 'organ', title: 'Orgelkonsert i domkyrkan', start: day(2) };
const choir: ScenarioEvent = { uid: 'choir', title: 'Körkonsert med Växjö kammarkör', start: day(3) };
const film: ScenarioEvent = { uid: 'film', title: 'Filmkväll på biblioteket', start: day(4) };

let rig: FeedRig;
let base: string;
let closeApp: () => Promise<void>;
let clock = T2 + 60;

async function run(events: ScenarioEvent[], now: number) {
  rig.feeds.routes.set('/kommun.ics', serveBody(icsFeed(events)));
  return runOnce({ config: rig.engine.config, writer: rig.engine.engine.writer, logger: quietLogger, now: () => now });
}

const get = (path: string) => fetch(`${base}${path}`);
const json = async (path: string) => (await get(path)).json() as Promise<Record<string, unknown> & { hits: { eventId: string; title: string }[] }>;

let icsBefore: string;

beforeAll(async () => {
  rig = await startFeedRig((url) => [{ id: 'kommun', type: 'ics', url: `${url}/kommun.ics` }]);
  const app = await listen(createApp({ config: rig.engine.config, reader: rig.engine.engine.reader, logger: quietLogger, now: () => clock }));
  base = app.url;
  closeApp = app.close;
  await run([jazz, organ, choir], T1);
  clock = T1 + 60;
  icsBefore = await (await get('/api/events.ics?q=konsert')).text();
  await run([jazz, { ...organ, title: 'Orgelkonsert i domkyrkan – nytt program' }, film], T2);
  clock = T2 + 60;
}, 120_000);

afterAll(async () => {
  await closeApp?.();
  await rig?.close();
});

describe('incremental sync with updated_since', () => {
  it('returns exactly what changed in the second run, the removed event, and where to continue', async () => {
    const page = await json(`/api/events?updated_since=${encodeURIComponent(new Date(T2 * 1000).toISOString())}`);
    expect(page.hits.map((h) => h.title).sort()).toEqual(['Filmkväll på biblioteket', 'Orgelkonsert i domkyrkan – nytt program']);
    const removed = page.removed as { events: string[]; occurrences: string[] };
    expect(removed.events).toHaveLength(1);
    expect(removed.occurrences).toHaveLength(1);
    expect(page.nextUpdatedSince).toBe(new Date(T2 * 1000).toISOString());
    // The removed event is really gone, the others are there.
    expect((await get(`/api/events/${removed.events[0]}`)).status).toBe(404);
  });

  it('returns everything still there when asked from the first run, and nothing removed before it', async () => {
    const page = await json(`/api/events?updated_since=${encodeURIComponent(new Date(T1 * 1000).toISOString())}`);
    expect(page.hits).toHaveLength(3);
    expect((page.removed as { events: string[] }).events).toHaveLength(1);
  });

  it('answers 410 for a point older than the removal record, so the partner syncs in full', async () => {
    const res = await get(`/api/events?updated_since=${encodeURIComponent(new Date((T1 - 86_400) * 1000).toISOString())}`);
    expect(res.status).toBe(410);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('SYNC_TOO_OLD');
  });

  it('gives one event with all its occurrences and when it changed', async () => {
    const { hits } = await json('/api/events?q=orgelkonsert');
    const res = await get(`/api/events/${hits[0]?.eventId}`);
    const event = (await res.json()) as { title: string; updatedAt: string; occurrences: unknown[]; page: string };
    expect(event.title).toBe('Orgelkonsert i domkyrkan – nytt program');
    expect(event.updatedAt).toBe(new Date(T2 * 1000).toISOString());
    expect(event.occurrences).toHaveLength(1);
    expect(event.page).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/evenemang\/orgelkonsert-i-domkyrkan-nytt-program--kommun-/);
  });
});

describe('a calendar subscription across two index runs', () => {
  it('keeps every UID, raises SEQUENCE of the changed event only, and drops the removed one', async () => {
    const after = await (await get('/api/events.ics?q=konsert')).text();
    const events = (text: string) =>
      new Map(
        Object.values(ical.sync.parseICS(text))
          .filter((c) => c?.type === 'VEVENT')
          .map((c) => {
            const e = c as ical.VEvent;
            return [String(e.summary).split(' ')[0], { uid: e.uid, sequence: Number(e.sequence) }] as const;
          }),
      );
    const before = events(icsBefore);
    const now = events(after);
    expect([...before.keys()]).toEqual(expect.arrayContaining(['Jazzkväll', 'Körkonsert', 'Orgelkonsert']));
    expect([...now.keys()]).toEqual(expect.arrayContaining(['Jazzkväll', 'Orgelkonsert']));
    expect(now.has('Körkonsert')).toBe(false);
    expect(now.get('Jazzkväll')).toEqual(before.get('Jazzkväll'));
    expect(now.get('Orgelkonsert')?.uid).toBe(before.get('Orgelkonsert')?.uid);
    expect(now.get('Orgelkonsert')?.sequence).toBeGreaterThan(before.get('Orgelkonsert')?.sequence ?? Infinity);
  });
});
