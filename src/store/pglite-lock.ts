import { AppError } from '../errors.js';
import { takeLockFile } from '../lock-file.js';

/*
 * PGlite has no server: two processes opening one data folder would both write to it and corrupt it (tried: neither
 * notices the other). This lock file lets exactly one process open it; a lock left by a dead process is taken over.
 */

/** Takes the lock or throws DATABASE_BUSY naming the process that holds it. Returns the release function. */
export function lockPglite(file: string): () => void {
  const lock = takeLockFile(file);
  if (lock.taken) return lock.release;
  if (!lock.holder) throw new AppError('DATABASE_BUSY', `another process took ${file} first`);
  throw new AppError(
    'DATABASE_BUSY',
    `the embedded database is open in another process (pid ${lock.holder.pid} on ${lock.holder.host}); PGlite allows one process: set DATABASE_URL to share a PostgreSQL server`,
  );
}
