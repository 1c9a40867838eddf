import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { AppError } from '../src/errors.js';

/** A lock older than this is taken over whoever holds it: no run takes six hours. */
const STALE_MS = 6 * 3600 * 1000;

interface LockInfo {
  pid: number;
  host: string;
  since: number;
}

function stale(info: LockInfo): boolean {
  if (Date.now() - info.since > STALE_MS) return true;
  // Pids mean something only on the same host (compose runs web and indexer in separate containers).
  if (info.host !== hostname()) return false;
  try {
    process.kill(info.pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
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

/**
 * Runs `fn` while holding DATA_DIR/indexer.lock, so the in-process schedule, `npm run indexer` and the compose daemon
 * never run at once (a rebuild's swap would throw the other run's writes away). A lock left by a dead process is
 * taken over.
 */
export async function withRunLock<T>(dataDir: string, fn: () => Promise<T>): Promise<T> {
  const file = path.join(dataDir, 'indexer.lock');
  if (!tryLock(file)) {
    let info: LockInfo | null = null;
    try {
      info = JSON.parse(readFileSync(file, 'utf8')) as LockInfo;
    } catch {
      // unreadable: treat as stale
    }
    if (info && !stale(info)) {
      throw new AppError('INDEXER_BUSY', `another indexer run holds ${file} (pid ${info.pid} on ${info.host})`);
    }
    rmSync(file, { force: true });
    if (!tryLock(file)) throw new AppError('INDEXER_BUSY', `another indexer run took ${file} first`);
  }
  try {
    return await fn();
  } finally {
    rmSync(file, { force: true });
  }
}
