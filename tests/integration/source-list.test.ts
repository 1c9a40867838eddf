import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runOnce } from '../../indexer/run-once.js';
import { type FeedRig, startFeedRig } from '../support/feed-rig.js';
import { serveBody } from '../support/feed-server.js';
import { icsFeed, manyEvents } from '../support/ics-writer.js';
import { captureLog } from '../support/log-capture.js';
import { exitOf, spawnEntry } from '../support/spawn-app.js';

/*
 * The running app's schedule used the sources it read at start-up: after a source was added to the file and indexed
 * by `npm run indexer`, the next scheduled run deleted it. Every run now reads the file afresh. Real clock: the CLI
 * runs in its own process on the real clock, so the feeds are dated from now.
 */

const now = () => Math.floor(Date.now() / 1000);
const tomorrow = now() + 86_400;
let rig: FeedRig;
let sourcesFile: string;
const entry = (id: string) => ({ id, type: 'ics', url: `${rig.feeds.url}/${id}.ics`, timeoutMs: 2000 });
const writeSources = (ids: string[]) => writeFileSync(sourcesFile, JSON.stringify({ sources: ids.map(entry) }));
/** A run as the app's schedule makes it: with the config (and source list) the process started with. */
const scheduledRun = (logger = captureLog().logger) => runOnce({ config: rig.engine.config, writer: rig.engine.engine.writer, logger, now });
const counts = () => rig.engine.engine.writer.countsBySource();

beforeAll(async () => {
  rig = await startFeedRig((url) => [{ id: 'kommun', type: 'ics', url: `${url}/kommun.ics` }]);
  sourcesFile = rig.engine.config.app.indexer.sourcesFile;
  rig.feeds.routes.set('/kommun.ics', serveBody(icsFeed(manyEvents('Orgelkonsert', 3, tomorrow))));
  rig.feeds.routes.set('/teatern.ics', serveBody(icsFeed(manyEvents('Teaterkväll', 4, tomorrow + 3600))));
  await scheduledRun();
});

afterAll(async () => {
  await rig?.close();
});

describe('sources are read afresh on every run', () => {
  it('a source added to the file and indexed by `npm run indexer` survives the next scheduled run', async () => {
    writeSources(['kommun', 'teatern']);
    const cli = spawnEntry('indexer/cli.ts', { DATA_DIR: rig.engine.dataDir, SOURCES_FILE: sourcesFile, LOG_LEVEL: 'error' });
    expect((await exitOf(cli)).code, cli.output()).toBe(0);
    expect(await counts()).toEqual(new Map([['kommun', 3], ['teatern', 4]]));
    const summary = await scheduledRun();
    expect(summary.sources.map((s) => s.id)).toEqual(['kommun', 'teatern']);
    expect(await counts()).toEqual(new Map([['kommun', 3], ['teatern', 4]]));
  });

  it('an unreadable sources file removes nothing and says so', async () => {
    writeFileSync(sourcesFile, '{ "sources": [ { "id": "kommun", ');
    const log = captureLog();
    await scheduledRun(log.logger);
    expect(await counts()).toEqual(new Map([['kommun', 3], ['teatern', 4]]));
    expect(log.lines().some((l) => l.level === 50 && /sources file unreadable/.test(String(l.msg)))).toBe(true);
  });

  it('a source taken out of a valid file is removed, logged with its count', async () => {
    writeSources(['kommun']);
    const log = captureLog();
    const summary = await scheduledRun(log.logger);
    expect(await counts()).toEqual(new Map([['kommun', 3]]));
    expect(summary.deleted).toBe(4);
    const removal = log.lines().find((l) => /no longer configured/.test(String(l.msg)));
    expect(removal).toMatchObject({ source: 'teatern', documents: 4, reason: 'not in the sources file' });
  });
});
