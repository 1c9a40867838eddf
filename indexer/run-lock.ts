import path from 'node:path';
import { AppError } from '../src/errors.js';
import { takeLockFile } from '../src/lock-file.js';

/** A lock older than this is taken over whoever holds it: no run takes six hours. */
const STALE_MS = 6 * 3600 * 1000;

/**
 * Runs `fn` while holding DATA_DIR/indexer.lock, so the in-process schedule, `npm run indexer` and the compose daemon
 * never run at once (a rebuild's swap would throw the other run's writes away). A lock left by a dead process is
 * taken over.
 */
export async function withRunLock<T>(dataDir: string, fn: () => Promise<T>): Promise<T> {
  const file = path.join(dataDir, 'indexer.lock');
  const lock = takeLockFile(file, { staleMs: STALE_MS });
  if (!lock.taken) {
    const why = lock.holder ? `holds ${file} (pid ${lock.holder.pid} on ${lock.holder.host})` : `took ${file} first`;
    throw new AppError('INDEXER_BUSY', `another indexer run ${why}`);
  }
  try {
    return await fn();
  } finally {
    lock.release();
  }
}
