import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withRunLock } from '../../../indexer/run-lock.js';

describe('one indexer run at a time', () => {
  it('refuses a second run while the first holds the lock, and frees it afterwards', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'upptack-lock-'));
    let release: () => void = () => undefined;
    const first = withRunLock(dir, () => new Promise<void>((r) => { release = r; }));
    await expect(withRunLock(dir, async () => 'second')).rejects.toMatchObject({ code: 'INDEXER_BUSY' });
    release();
    await first;
    expect(existsSync(path.join(dir, 'indexer.lock'))).toBe(false);
    expect(await withRunLock(dir, async () => 'third')).toBe('third');
  });

  it('takes over a lock left by a process that died', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'upptack-lock-'));
    writeFileSync(path.join(dir, 'indexer.lock'), JSON.stringify({ pid: 2 ** 22 + 1, host: hostname(), since: Date.now() }));
    expect(await withRunLock(dir, async () => 'ran')).toBe('ran');
  });

  it('respects a fresh lock held on another host', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'upptack-lock-'));
    writeFileSync(path.join(dir, 'indexer.lock'), JSON.stringify({ pid: 1, host: 'other-container', since: Date.now() }));
    await expect(withRunLock(dir, async () => 'ran')).rejects.toMatchObject({ code: 'INDEXER_BUSY' });
  });
});
