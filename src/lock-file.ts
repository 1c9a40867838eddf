import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';

/*
 * One rule for the lock files in DATA_DIR (the PGlite folder, the indexer run): a file created exclusively names the
 * process that holds it; a lock whose process is gone is taken over. Pids mean something only on the same host
 * (compose runs web and indexer in separate containers), so a lock from another host counts as held.
 */

/** What a lock file says about its holder. */
export interface LockInfo {
  pid: number;
  host: string;
  /** Epoch milliseconds when it was taken. */
  since: number;
}

export interface LockOptions {
  /** A lock older than this is taken over whoever holds it, on any host. Absent: never by age. */
  staleMs?: number;
}

/** Taken, with the function that frees it; or not, with the holder (null: another process took it over first). */
export type LockAttempt = { taken: true; release: () => void } | { taken: false; holder: LockInfo | null };

/**
 * True while a process with this pid exists. EPERM means it exists but belongs to another user: alive. Only ESRCH
 * (no such process) means dead.
 */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** Whether the holder still counts: not older than `staleMs`, and on another host or with its process alive. */
export function lockHeld(info: LockInfo, now: number, opts: LockOptions = {}): boolean {
  if (opts.staleMs !== undefined && now - info.since > opts.staleMs) return false;
  if (info.host !== hostname()) return true;
  return pidAlive(info.pid);
}

function readLock(file: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockInfo> | null;
    // 0 and negative pids name process groups (kill(…, 0) would succeed for them): such a file was not written here.
    if (!Number.isInteger(info?.pid) || (info?.pid ?? 0) <= 0 || typeof info?.host !== 'string' || typeof info.since !== 'number') return null;
    return { pid: info.pid as number, host: info.host, since: info.since };
  } catch {
    return null;
  }
}

function create(file: string): LockInfo | null {
  const info: LockInfo = { pid: process.pid, host: hostname(), since: Date.now() };
  try {
    writeFileSync(file, JSON.stringify(info), { flag: 'wx' });
    return info;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return null;
  }
}

/**
 * Creates `file` exclusively; if it exists and its holder no longer counts (dead process, unreadable file, older than
 * `staleMs`), removes it and tries once more. `release` removes the file only while it still names this lock, so a
 * run whose lock was taken over as stale does not free the new holder's.
 */
export function takeLockFile(file: string, opts: LockOptions = {}): LockAttempt {
  let mine = create(file);
  if (!mine) {
    const holder = readLock(file);
    if (holder && lockHeld(holder, Date.now(), opts)) return { taken: false, holder };
    rmSync(file, { force: true });
    mine = create(file);
    if (!mine) return { taken: false, holder: null };
  }
  const ours = mine;
  const release = () => {
    const now = readLock(file);
    if (now && now.pid === ours.pid && now.host === ours.host && now.since === ours.since) rmSync(file, { force: true });
  };
  return { taken: true, release };
}
