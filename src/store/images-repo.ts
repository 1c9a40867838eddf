import type { Queryable } from './database.js';

/** A picture as stored: already resized, re-encoded (WebP) and without metadata. */
export interface StoredImage {
  sha256: string;
  bytes: Buffer;
  width: number;
  height: number;
}

export async function putSubmissionImage(db: Queryable, submissionId: number, image: StoredImage): Promise<void> {
  await db.query(
    `INSERT INTO submission_images (submission_id, sha256, bytes, width, height) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (submission_id) DO UPDATE SET sha256 = $2, bytes = $3, width = $4, height = $5`,
    [submissionId, image.sha256, image.bytes, image.width, image.height],
  );
}

export async function deleteSubmissionImage(db: Queryable, submissionId: number): Promise<void> {
  await db.query('DELETE FROM submission_images WHERE submission_id = $1', [submissionId]);
}

export async function submissionImage(db: Queryable, submissionId: number): Promise<StoredImage | null> {
  const rows = await db.query<{ sha256: string; bytes: Buffer; width: number; height: number }>(
    'SELECT sha256, bytes, width, height FROM submission_images WHERE submission_id = $1',
    [submissionId],
  );
  return rows[0] ?? null;
}

/** Pictures of approved submissions whose hash is not in `known` (what the indexer has not written out yet). */
export async function publishedImages(db: Queryable, known: readonly string[]): Promise<StoredImage[]> {
  return db.query<StoredImage>(
    `SELECT i.sha256, i.bytes, i.width, i.height FROM submission_images i JOIN submissions s ON s.id = i.submission_id
     WHERE s.status = 'approved' AND NOT (i.sha256 = ANY($1))`,
    [known],
  );
}

/** Keeps a picture from a form that had other mistakes, under a token the form carries to its next try. */
export async function putPendingUpload(db: Queryable, tokenHash: string, image: StoredImage & { fileName: string }, now: number): Promise<void> {
  await db.query(
    'INSERT INTO pending_uploads (token_hash, sha256, bytes, width, height, file_name, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [tokenHash, image.sha256, image.bytes, image.width, image.height, image.fileName, now],
  );
}

export async function pendingUpload(db: Queryable, tokenHash: string, after: number): Promise<(StoredImage & { fileName: string }) | null> {
  const rows = await db.query<StoredImage & { file_name: string }>(
    'SELECT sha256, bytes, width, height, file_name FROM pending_uploads WHERE token_hash = $1 AND created_at >= $2',
    [tokenHash, after],
  );
  const r = rows[0];
  return r ? { sha256: r.sha256, bytes: r.bytes, width: r.width, height: r.height, fileName: r.file_name } : null;
}

export async function deletePendingUpload(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('DELETE FROM pending_uploads WHERE token_hash = $1', [tokenHash]);
}

export async function deletePendingUploadsBefore(db: Queryable, before: number): Promise<number> {
  const rows = await db.query('DELETE FROM pending_uploads WHERE created_at < $1 RETURNING token_hash', [before]);
  return rows.length;
}
