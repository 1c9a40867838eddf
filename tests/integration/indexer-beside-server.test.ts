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
    const counted = (await site.engine.engine.writer.countsBySource()).get('tips') ?? 0;

    const child = spawnEntry('indexer/cli.ts', { DATA_DIR: site.engine.dataDir, LOG_LEVEL: 'error' });
    expect((await exitOf(child)).code, child.output()).toBe(0);
    expect(child.output()).toContain('Submissions are left to the running server');

    const after = await readState(site.engine.dataDir);
    expect(after.sources.tips).toEqual(submissions);
    for (const id of others) expect(after.sources[id]?.lastAttempt, id).toBeGreaterThan(before.sources[id]?.lastAttempt ?? 0);
    expect((await site.engine.engine.writer.countsBySource()).get('tips') ?? 0).toBe(counted);
  });
});
