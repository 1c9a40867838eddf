import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyQuery } from '../../src/domain/search-query.js';
import { confirmDrop } from '../../src/health/confirmations.js';
import { createClient } from '../../src/search/client.js';
import type { TestEngine } from '../support/engine.js';
import { type FeedRig, icsFixture as fixture, startFeedRig } from '../support/feed-rig.js';
import { serveBody } from '../support/feed-server.js';
import { ANCHOR_NOW } from '../support/http.js';

let rig: FeedRig;
let t: TestEngine;
let feeds: FeedRig['feeds'];
const run = (opts: { rebuild?: boolean } = {}) => rig.run(opts);
/** Visible occurrences: "source:day" for every jazz date a visitor can find. */
async function jazzDates(): Promise<string[]> {
  const out: string[] = [];
  for (const eventId of (await t.engine.reader.search({ ...emptyQuery(), q: 'jazzkväll', hitsPerPage: 50 }, ANCHOR_NOW)).hits.map((h) => h.eventId)) {
    for (const o of await t.engine.reader.occurrences(eventId, ANCHOR_NOW)) {
      out.push(`${o.source}:${new Date(o.startsAt * 1000).toISOString().slice(5, 10)}`);
    }
  }
  return out.sort();
}

beforeAll(async () => {
  rig = await startFeedRig((url) => [
    { id: 'kommun', type: 'ics', url: `${url}/kommun.ics`, timeoutMs: 1000 },
    { id: 'partner', type: 'ics', url: `${url}/partner.ics`, timeoutMs: 1000 },
  ]);
  ({ engine: t, feeds } = rig);
  feeds.routes.set('/kommun.ics', serveBody(fixture('dup-rich-once.ics')));
  feeds.routes.set('/partner.ics', serveBody(fixture('dup-weekly.ics')));
});

afterAll(async () => {
  await rig?.close();
});

describe('duplicates across sources never cost an occurrence', () => {
  it('shows the shared date once, from the richer source, and keeps the dates only the partner has', async () => {
    const summary = await run();
    expect(summary.merged).toBe(1);
    expect(await jazzDates()).toEqual(['kommun:01-15', 'partner:01-22', 'partner:01-29']);
  });

  it('when the richer source drops its copy (an editor confirms the emptied feed), the partner’s copy of that date comes back', async () => {
    feeds.routes.set('/kommun.ics', serveBody(fixture('empty-calendar.ics')));
    await run();
    // Losing every event is held by the drop guard until an editor confirms (tests/integration/drop-guard.test.ts).
    expect(await jazzDates()).toEqual(['kommun:01-15', 'partner:01-22', 'partner:01-29']);
    await confirmDrop(t.dataDir, 'kommun', ANCHOR_NOW);
    await run();
    expect(await jazzDates()).toEqual(['partner:01-15', 'partner:01-22', 'partner:01-29']);
  });

  it('when the partner then fails, its events stay', async () => {
    feeds.routes.set('/partner.ics', (_req, res) => res.writeHead(503).end());
    const summary = await run();
    expect(summary.sources.find((s) => s.id === 'partner')?.ok).toBe(false);
    expect(await jazzDates()).toEqual(['partner:01-15', 'partner:01-22', 'partner:01-29']);
  });
});

describe('an emptied index is refilled although the feeds did not change', () => {
  it('re-reads unchanged feeds whose documents are gone from the index', async () => {
    feeds.routes.set('/kommun.ics', serveBody(fixture('dup-rich-once.ics')));
    feeds.routes.set('/partner.ics', serveBody(fixture('dup-weekly.ics')));
    await run();
    const masterKey = readFileSync(path.join(t.dataDir, 'meili-master-key'), 'utf8').trim();
    const client = createClient({ url: t.engine.url, apiKey: masterKey, requestTimeoutMs: 10_000, taskTimeoutMs: 60_000 });
    await client.index(t.config.app.meili.indexName).deleteAllDocuments().waitTask();
    expect(await jazzDates()).toEqual([]);
    const summary = await run();
    expect(summary.sources.every((s) => s.ok && !s.unchanged)).toBe(true);
    expect(await jazzDates()).toEqual(['kommun:01-15', 'partner:01-22', 'partner:01-29']);
  });
});
