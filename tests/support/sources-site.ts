import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createApp } from '../../src/web/app.js';
import { quietLogger } from './engine.js';
import { type FeedRig, icsFixture, startFeedRig } from './feed-rig.js';
import { serveBody } from './feed-server.js';
import { ANCHOR_NOW, listen } from './http.js';

/** The editors' token the sources site is started with. */
export const SOURCES_ADMIN_TOKEN = 'admin-token-for-tests-0123456789';

export interface SourcesSite {
  url: string;
  close(): Promise<void>;
}

/**
 * A site whose editors' source page has one working source, one that rejected some rows (a warning) and one that
 * fails (its file is gone), after one indexer run, seen three minutes later.
 */
export async function startSourcesSite(): Promise<SourcesSite> {
  const rig: FeedRig = await startFeedRig(
    (url) => [
      { id: 'kalender', name: 'Kalendern', type: 'ics', url: `${url}/a.ics` },
      { id: 'foreningar', name: 'Föreningarnas kalkylark', type: 'csv', url: `${url}/rows.csv` },
      { id: 'borta', name: 'Flyttad fil', type: 'ics', url: '/no/such/feed.ics' },
    ],
    // In-process scheduling, so the page can say when the next run is.
    { ADMIN_TOKEN: SOURCES_ADMIN_TOKEN, INDEXER_IN_PROCESS: 'true' },
  );
  try {
    rig.feeds.routes.set('/a.ics', serveBody(icsFixture('feed-a.ics')));
    const csv = readFileSync(path.resolve(import.meta.dirname, '../fixtures/csv/upptack-bad-rows.csv'));
    rig.feeds.routes.set('/rows.csv', serveBody(csv, { 'content-type': 'text/csv' }));
    await rig.run();
    const server = await listen(createApp({ config: rig.engine.config, reader: rig.engine.engine.reader, logger: quietLogger, now: () => ANCHOR_NOW + 180 }));
    return {
      url: server.url,
      close: async () => {
        await server.close();
        await rig.close();
      },
    };
  } catch (err) {
    await rig.close();
    throw err;
  }
}
