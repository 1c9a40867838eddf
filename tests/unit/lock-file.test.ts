import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lockHeld, pidAlive, takeLockFile } from '../../src/lock-file.js';

const HOUR = 3600 * 1000;
/** Above Linux's pid_max (2^22): no process has it. */
const NO_SUCH_PID = 2 ** 22 + 1;

function lockFile(holder?: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'upptack-lockfile-')), 'x.lock');
  if (holder !== undefined) writeFileSync(file, typeof holder === 'string' ? holder : JSON.stringify(holder));
  return file;
}

function killFails(code: string) {
  return vi.spyOn(process, 'kill').mockImplementation(() => {
    throw Object.assign(new Error(code), { code });
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('whether a lock holder is alive', () => {
  it('counts this process and a process of another user (EPERM) as alive, only a missing one (ESRCH) as dead', () => {
    expect(pidAlive(process.pid)).toBe(true);
    expect(pidAlive(NO_SUCH_PID)).toBe(false);
    killFails('EPERM');
    expect(pidAlive(4242)).toBe(true);
    killFails('ESRCH');
    expect(pidAlive(4242)).toBe(false);
  });

  it('counts a lock from another host as held whatever its pid, unless it is older than staleMs', () => {
    const now = Date.now();
    const elsewhere = { pid: NO_SUCH_PID, host: 'other-container', since: now - 7 * HOUR };
    expect(lockHeld(elsewhere, now)).toBe(true);
    expect(lockHeld(elsewhere, now, { staleMs: 6 * HOUR })).toBe(false);
    expect(lockHeld({ ...elsewhere, since: now - HOUR }, now, { staleMs: 6 * HOUR })).toBe(true);
    expect(lockHeld({ pid: process.pid, host: hostname(), since: now - 7 * HOUR }, now, { staleMs: 6 * HOUR })).toBe(false);
  });
});

describe('taking a lock file', () => {
  it('lets one holder in at a time and frees the file on release', () => {
    const file = lockFile();
    const first = takeLockFile(file);
    expect(first.taken).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    expect(takeLockFile(file)).toEqual({ taken: false, holder: expect.objectContaining({ pid: process.pid }) });
    if (first.taken) first.release();
    expect(existsSync(file)).toBe(false);
    expect(takeLockFile(file).taken).toBe(true);
  });

  it('takes over a lock whose process died, or whose file cannot be read', () => {
    expect(takeLockFile(lockFile({ pid: NO_SUCH_PID, host: hostname(), since: Date.now() })).taken).toBe(true);
    expect(takeLockFile(lockFile('{ half written')).taken).toBe(true);
    expect(takeLockFile(lockFile({ pid: -1, host: hostname(), since: Date.now() })).taken).toBe(true);
  });

  it('leaves a lock held by a process of another user (EPERM) alone', () => {
    const file = lockFile({ pid: 4242, host: hostname(), since: Date.now() });
    killFails('EPERM');
    expect(takeLockFile(file)).toEqual({ taken: false, holder: { pid: 4242, host: hostname(), since: expect.any(Number) } });
    expect(existsSync(file)).toBe(true);
  });

  it('does not free a lock that another process took over in the meantime', () => {
    const file = lockFile();
    const mine = takeLockFile(file);
    const theirs = { pid: 4242, host: 'other-container', since: Date.now() };
    writeFileSync(file, JSON.stringify(theirs));
    if (mine.taken) mine.release();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(theirs);
  });
});
