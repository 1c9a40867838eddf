import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubmissionEvent } from '../../src/domain/submission.js';
import { migrate, migrations } from '../../src/store/migrate.js';
import { openDatabase } from '../../src/store/open-database.js';
import { spendChallenge } from '../../src/store/altcha-repo.js';
import { insertModerator, recordFailedLogin } from '../../src/store/moderators-repo.js';
import { deleteSession, insertSession, useSession } from '../../src/store/sessions-repo.js';
import { sharedSecret } from '../../src/store/secrets-repo.js';
import { insertSubmission, publishedSubmissions, setStatus, submissionById, updateEvent } from '../../src/store/submissions-repo.js';
import { quietLogger } from '../support/engine.js';
import { startTestDatabase, type TestDatabase, testServerUrl } from '../support/database.js';

const NOW = Date.UTC(2026, 0, 5, 8) / 1000;

const event: SubmissionEvent = {
  title: 'Orgelkonsert',
  description: 'Musik i domkyrkan en söndagseftermiddag.',
  dates: [{ date: '2026-01-11', start: '15:00', end: '16:00' }],
  place: { venueId: 'domkyrkan', name: 'Växjö domkyrka', address: null, lat: null, lng: null },
  categories: ['music'],
  audiences: [],
  accessibility: [],
  free: true,
  price: null,
  url: null,
  organizer: null,
  imageAlt: null,
  lang: 'sv',
};

let dir: string;
let t: TestDatabase;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'upptack-store-'));
  t = await startTestDatabase(dir);
});

afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

const newSubmission = (publicId: string, tokenHash: string) =>
  insertSubmission(t.database, { publicId, lang: 'sv', event, contact: { name: 'Kerstin', email: 'kerstin@example.org' }, tokenHash, lastEndsAt: NOW + 7 * 86_400, now: NOW });

describe(`the store (${testServerUrl() ? 'PostgreSQL server' : 'PGlite'})`, () => {
  it('applies every migration once; a second run applies none', async () => {
    expect(await migrate(t.database)).toBe(0);
    const rows = await t.database.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(migrations().map((m) => m.version));
  });

  it('rolls a failed migration back entirely', async () => {
    const broken = [{ version: 999, name: 'broken', sql: 'CREATE TABLE half_done (id int); SELECT no_such_column FROM half_done;' }];
    await expect(migrate(t.database, broken)).rejects.toThrow(/no_such_column/);
    const left = await t.database.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'");
    expect(left).toHaveLength(0);
    expect(await t.database.query('SELECT 1 FROM schema_migrations WHERE version = 999')).toHaveLength(0);
  });

  it('commits a transaction as a whole or not at all', async () => {
    await expect(
      t.database.transaction(async (tx) => {
        await insertSubmission(tx, { publicId: 'rollback-me', lang: 'sv', event, contact: { name: 'K', email: 'k@example.org' }, tokenHash: 'hash-rollback', lastEndsAt: NOW, now: NOW });
        await tx.query("INSERT INTO app_secrets (name, value, created_at) VALUES ('x', 'y', 0)");
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await t.database.query("SELECT 1 FROM app_secrets WHERE name = 'x'")).toHaveLength(0);
    expect(await t.database.query("SELECT 1 FROM submissions WHERE public_id = 'rollback-me'")).toHaveLength(0);
  });

  it('reads a submission back as written, and publishes it without any contact column', async () => {
    const id = await newSubmission('pub-1', 'hash-1');
    const record = await submissionById(t.database, id);
    expect(record).toMatchObject({ publicId: 'pub-1', status: 'pending', event, contact: { name: 'Kerstin', email: 'kerstin@example.org' }, version: 1 });
    expect(await publishedSubmissions(t.database)).toHaveLength(0);
    expect(await setStatus(t.database, id, { from: ['pending'], to: 'approved', version: 1, by: null, now: NOW })).toBe(true);
    const published = await publishedSubmissions(t.database);
    expect(published).toEqual([{ publicId: 'pub-1', event, imageSha: null, updatedAt: NOW }]);
    expect(JSON.stringify(published)).not.toContain('kerstin');
  });

  it('refuses a change made from an older version or in the wrong state', async () => {
    const id = await newSubmission('pub-2', 'hash-2');
    const edit = { event: { ...event, title: 'Ny titel' }, lastEndsAt: NOW, now: NOW, statuses: ['pending' as const] };
    expect(await updateEvent(t.database, id, { ...edit, version: 1 })).toBe(true);
    expect(await updateEvent(t.database, id, { ...edit, version: 1 })).toBe(false);
    expect(await setStatus(t.database, id, { from: ['pending'], to: 'withdrawn', now: NOW })).toBe(true);
    expect(await updateEvent(t.database, id, { ...edit, version: 3 })).toBe(false);
    expect((await submissionById(t.database, id))?.status).toBe('withdrawn');
  });

  it('keeps one token hash per submission', async () => {
    await expect(newSubmission('pub-3', 'hash-1')).rejects.toThrow();
  });

  it('locks an account at the fifth failure and ends sessions that idled or were deleted', async () => {
    const id = (await insertModerator(t.database, { email: 'Eva@Example.org', name: 'Eva', role: 'editor', passwordHash: 'x', now: NOW })) as number;
    expect(await insertModerator(t.database, { email: 'eva@example.org', name: 'Eva 2', role: 'editor', passwordHash: 'x', now: NOW })).toBeNull();
    for (let i = 1; i <= 4; i++) expect((await recordFailedLogin(t.database, id, 5, NOW + 900)).locked).toBe(false);
    expect(await recordFailedLogin(t.database, id, 5, NOW + 900)).toEqual({ failures: 5, locked: true });
    await insertSession(t.database, 'session-hash', id, NOW);
    const bounds = (now: number) => ({ idleSince: now - 3600, startedSince: now - 86_400, now });
    expect(await useSession(t.database, 'session-hash', bounds(NOW + 600))).toBe(id);
    expect(await useSession(t.database, 'session-hash', bounds(NOW + 600 + 3601))).toBeNull();
    await insertSession(t.database, 'session-2', id, NOW);
    await deleteSession(t.database, 'session-2');
    expect(await useSession(t.database, 'session-2', bounds(NOW))).toBeNull();
  });

  it('spends an ALTCHA solution once, even when two requests race', async () => {
    const results = await Promise.all([spendChallenge(t.database, 'sig-a', NOW + 60), spendChallenge(t.database, 'sig-a', NOW + 60)]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('shares one secret between processes that ask at once', async () => {
    const [a, b] = await Promise.all([sharedSecret(t.database, 'shared', () => 'first', NOW), sharedSecret(t.database, 'shared', () => 'second', NOW)]);
    expect(a).toBe(b);
  });
});

// Only what the database in use can show: nothing is registered (and reported skipped) for the other.
if (!testServerUrl()) describe('PGlite in one process only', () => {
  it('refuses a second process on the same data folder, naming the holder', async () => {
    const other = mkdtempSync(path.join(tmpdir(), 'upptack-lock-'));
    try {
      // This process holds `dir`; a stale lock of a dead process is taken over.
      await expect(openDatabase({ dataDir: dir, database: { url: null } }, quietLogger)).rejects.toThrow(/open in another process \(pid \d+/);
      const { writeFileSync } = await import('node:fs');
      writeFileSync(path.join(other, 'pglite.lock'), JSON.stringify({ pid: 2_147_000_000, host: (await import('node:os')).hostname(), since: 0 }));
      const db = await openDatabase({ dataDir: other, database: { url: null } }, quietLogger);
      await db.close();
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

if (testServerUrl()) describe('a PostgreSQL server', () => {
  it('says which host cannot be reached, never the password', async () => {
    const url = new URL(testServerUrl() as string);
    url.password = 'hunter2-secret';
    url.port = '1';
    const error = await openDatabase({ dataDir: dir, database: { url: url.href } }, quietLogger).catch((e: Error) => e);
    expect(String(error)).toMatch(/cannot reach PostgreSQL at 127\.0\.0\.1:1/);
    expect(String(error)).not.toContain('hunter2');
  });
});
