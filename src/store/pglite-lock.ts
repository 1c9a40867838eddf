import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { AppError } from '../errors.js';

/*
 * PGlite has no server: two processes opening one data folder would both write to it and corrupt it (tried: neither
 * notices the other). This lock file lets exactly one process open it; a lock left by a dead process is taken over.
 */

interface LockInfo {
  pid: number;
  host: string;
  since: number;
}

function alive(info: LockInfo): boolean {
  if (info.host !== hostname()) return true;
  try {
    process.kill(info.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

function tryLock(file: string): boolean {
  try {
    writeFileSync(file, JSON.stringify({ pid: process.pid, host: hostname(), since: Date.now() }), { flag: 'wx' });
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return false;
  }
}

function holder(file: string): LockInfo | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockInfo;
  } catch {
    return null;
  }
}

/** Takes the lock or throws DATABASE_BUSY naming the process that holds it. Returns the release function. */
export function lockPglite(file: string): () => void {
  if (!tryLock(file)) {
    const info = holder(file);
    if (info && alive(info)) {
      throw new AppError(
        'DATABASE_BUSY',
        `the embedded database is open in another process (pid ${info.pid} on ${info.host}); PGlite allows one process: set DATABASE_URL to share a PostgreSQL server`,
      );
    }
    rmSync(file, { force: true });
    if (!tryLock(file)) throw new AppError('DATABASE_BUSY', `another process took ${file} first`);
  }
  return () => {
    if (holder(file)?.pid === process.pid) rmSync(file, { force: true });
  };
}
