import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { alive, exitOf, meiliPid, spawnEntry, waitFor } from '../support/spawn-app.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'upptack-start-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The pid of the Meilisearch process under the guard shell (the guard's only child). */
async function realMeiliPid(guardPid: number): Promise<number> {
  const { readFileSync } = await import('node:fs');
  const children = readFileSync(`/proc/${guardPid}/task/${guardPid}/children`, 'utf8').trim().split(/\s+/).map(Number);
  const meili = children.find((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('meilisearch'));
  if (!meili) throw new Error('no meilisearch child');
  return meili;
}

describe('start-up and shutdown', () => {
  it('exits 1 naming the key, the problem and the source when the config is bad', async () => {
    const child = spawnEntry('src/main.ts', { PORT: 'eighty', DATA_DIR: tempDir() });
    const { code } = await exitOf(child);
    expect(code).toBe(1);
    expect(child.output()).toMatch(/port \(from environment variable PORT\): .*number.*"eighty"/);
  });

  it('names a bad time zone in the indexer settings', async () => {
    const dir = tempDir();
    const configFile = path.join(dir, 'override.json');
    (await import('node:fs')).writeFileSync(configFile, JSON.stringify({ site: { timeZone: 'Mars/Olympus' } }));
    const child = spawnEntry('src/main.ts', { CONFIG_FILE: configFile, DATA_DIR: dir });
    expect((await exitOf(child)).code).toBe(1);
    expect(child.output()).toContain('site.timeZone (from CONFIG_FILE');
  });

  it('says what to do when the Meilisearch binary is missing', async () => {
    const child = spawnEntry('src/main.ts', { MEILI_BINARY: '/nonexistent/meilisearch', DATA_DIR: tempDir() });
    expect((await exitOf(child)).code).toBe(1);
    expect(child.output()).toMatch(/MEILI_URL/);
  });

  it('serves, then stops its Meilisearch on SIGTERM and when killed outright', async () => {
    const dataDir = tempDir();
    const env = { DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'info', INDEXER_IN_PROCESS: 'false', INDEXER_RUN_AT_START: 'false' };
    const app = spawnEntry('src/main.ts', env);
    await waitFor(() => /listening on/.test(app.output()), 60_000, 'the server to listen');
    const guard = meiliPid(dataDir);
    const meili = await realMeiliPid(guard);
    expect(alive(meili)).toBe(true);
    app.kill('SIGTERM');
    expect((await exitOf(app)).code).toBe(0);
    await waitFor(() => !alive(meili) && !alive(guard), 10_000, 'Meilisearch to stop after SIGTERM');

    // SIGKILL leaves no chance to clean up: the guard shell notices the closed pipe and stops Meilisearch.
    const again = spawnEntry('src/main.ts', env);
    await waitFor(() => /listening on/.test(again.output()), 60_000, 'the server to listen again');
    const meili2 = await realMeiliPid(meiliPid(dataDir));
    again.kill('SIGKILL');
    await exitOf(again);
    await waitFor(() => !alive(meili2), 10_000, 'Meilisearch to stop after SIGKILL');
    // Two full start-ups (engine, dictionary, database, index settings) on a loaded 2-core CI machine: the waits
    // above bound each step; the test as a whole needs more than the default minute.
  }, 240_000);
});
