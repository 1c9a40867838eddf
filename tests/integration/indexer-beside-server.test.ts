import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readState } from '../../src/health/state-store.js';
import { testServerUrl } from '../support/database.js';
import { exitOf, spawnEntry } from '../support/spawn-app.js';
import { type SubmissionSite, startSubmissionSite } from '../support/submission-site.js';

/*
 * `npm run indexer` while `npm start` runs on the default PGlite database: the server holds the database, so the run
 * by hand cannot read submissions. It reads every other source and leaves submissions to the server (whose own
 * indexer publishes them), instead of reporting that source failed and exiting 2 (what an operator saw before).
 */

let site: SubmissionSite;

beforeAll(async () => {
  site = await startSubmissionSite();
});

afterAll(async () => {
  await site?.close();
});

describe.runIf(testServerUrl() === null)('the indexer run by hand beside the running server (PGlite)', () => {
  it('reads the other sources and leaves submissions, their documents and their health to the server', async () => {
    const before = await readState(site.engine.dataDir);
    // The sample's submissions source is `tips`.
    const submissions = before.sources.tips;
    expect(submissions?.ok).toBe(true);
    const others = Object.keys(before.sources).filter((id) => id !== 'tips');
    expect(others.length).toBeGreaterThan(0);
    // A published submission that the run by hand, on the real clock, must keep (the site's clock is in the sample week).
    const writer = site.engine.engine.writer;
    const [model] = await writer.documentsOfSources(['vaxjo-kommun']);
    if (!model) throw new Error('no sample document');
    const soon = Math.floor(Date.now() / 1000) + 10 * 86_400;
    await writer.upsert([{ ...model, id: 'tips-kept', eventId: 'tips-kept', uid: 'tips-kept', source: 'tips', title: 'Ett godkänt tips', startsAt: soon, endsAt: soon + 7200 }]);
    const counted = (await writer.countsBySource()).get('tips') ?? 0;
    expect(counted).toBe(1);

    const child = spawnEntry('indexer/cli.ts', { DATA_DIR: site.engine.dataDir, LOG_LEVEL: 'error' });
    expect((await exitOf(child)).code, child.output()).toBe(0);
    expect(child.output()).toContain('Submissions are left to the running server');

    const after = await readState(site.engine.dataDir);
    expect(after.sources.tips).toEqual(submissions);
    for (const id of others) expect(after.sources[id]?.lastAttempt, id).toBeGreaterThan(before.sources[id]?.lastAttempt ?? 0);
    expect((await writer.countsBySource()).get('tips') ?? 0).toBe(counted);
  });

  it('says nobody publishes submissions when the server does not run the indexer (INDEXER_IN_PROCESS=false), and fails that source', async () => {
    const child = spawnEntry('indexer/cli.ts', { DATA_DIR: site.engine.dataDir, LOG_LEVEL: 'error', INDEXER_IN_PROCESS: 'false' });
    expect((await exitOf(child)).code, child.output()).toBe(2);
    expect(child.output()).toContain('Submissions cannot be read');
    const after = await readState(site.engine.dataDir);
    expect(after.sources.tips?.ok).toBe(false);
    // Its documents stay, as for any source that failed.
    expect((await site.engine.engine.writer.countsBySource()).get('tips') ?? 0).toBe(1);
  });
});
