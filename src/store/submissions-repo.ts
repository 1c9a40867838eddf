import { type SubmissionEvent, submissionEventSchema, type SubmissionStatus, type PublishedSubmission } from '../domain/submission.js';
import type { Queryable } from './database.js';

/** One submission as the editors and the organiser's page see it. */
export interface SubmissionRecord {
  id: number;
  publicId: string;
  status: SubmissionStatus;
  lang: string;
  event: SubmissionEvent;
  /** Null once the retention period has ended (or for no one else than editors: never in a public view). */
  contact: { name: string; email: string } | null;
  rejectReason: string | null;
  createdAt: number;
  updatedAt: number;
  decidedAt: number | null;
  decidedBy: number | null;
  lastEndsAt: number;
  version: number;
  image: { sha256: string; width: number; height: number } | null;
}

export interface NewSubmission {
  publicId: string;
  lang: string;
  event: SubmissionEvent;
  contact: { name: string; email: string };
  tokenHash: string;
  lastEndsAt: number;
  now: number;
}

interface Row {
  id: string;
  public_id: string;
  status: SubmissionStatus;
  lang: string;
  event: unknown;
  contact_name: string | null;
  contact_email: string | null;
  reject_reason: string | null;
  created_at: string;
  updated_at: string;
  decided_at: string | null;
  decided_by: string | null;
  last_ends_at: string;
  version: number;
  sha256: string | null;
  width: number | null;
  height: number | null;
}

const COLUMNS = `s.id, s.public_id, s.status, s.lang, s.event, s.contact_name, s.contact_email, s.reject_reason, s.created_at,
  s.updated_at, s.decided_at, s.decided_by, s.last_ends_at, s.version, i.sha256, i.width, i.height`;
const FROM = 'submissions s LEFT JOIN submission_images i ON i.submission_id = s.id';

const num = (v: string | null) => (v === null ? null : Number(v));

function toRecord(r: Row): SubmissionRecord {
  return {
    id: Number(r.id),
    publicId: r.public_id,
    status: r.status,
    lang: r.lang,
    // Validated on the way out too: a row written by an older version must still be a valid event here.
    event: submissionEventSchema.parse(r.event),
    contact: r.contact_name !== null && r.contact_email !== null ? { name: r.contact_name, email: r.contact_email } : null,
    rejectReason: r.reject_reason,
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
    decidedAt: num(r.decided_at),
    decidedBy: num(r.decided_by),
    lastEndsAt: Number(r.last_ends_at),
    version: r.version,
    image: r.sha256 ? { sha256: r.sha256, width: Number(r.width), height: Number(r.height) } : null,
  };
}

export async function insertSubmission(db: Queryable, s: NewSubmission): Promise<number> {
  const rows = await db.query<{ id: string }>(
    `INSERT INTO submissions (public_id, status, lang, event, contact_name, contact_email, token_hash, created_at, updated_at, last_ends_at)
     VALUES ($1, 'pending', $2, $3, $4, $5, $6, $7, $7, $8) RETURNING id`,
    [s.publicId, s.lang, JSON.stringify(s.event), s.contact.name, s.contact.email, s.tokenHash, s.now, s.lastEndsAt],
  );
  return Number(rows[0]?.id);
}

export async function submissionById(db: Queryable, id: number): Promise<SubmissionRecord | null> {
  const rows = await db.query<Row>(`SELECT ${COLUMNS} FROM ${FROM} WHERE s.id = $1`, [id]);
  return rows[0] ? toRecord(rows[0]) : null;
}

export async function submissionByToken(db: Queryable, tokenHash: string): Promise<SubmissionRecord | null> {
  const rows = await db.query<Row>(`SELECT ${COLUMNS} FROM ${FROM} WHERE s.token_hash = $1`, [tokenHash]);
  return rows[0] ? toRecord(rows[0]) : null;
}

/** Submissions with one of `statuses`, oldest first (the queue) or newest first. */
export async function submissionsByStatus(db: Queryable, statuses: readonly SubmissionStatus[], order: 'oldest' | 'newest', limit: number): Promise<SubmissionRecord[]> {
  const rows = await db.query<Row>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE s.status = ANY($1) ORDER BY s.created_at ${order === 'oldest' ? 'ASC' : 'DESC'}, s.id LIMIT $2`,
    [statuses, limit],
  );
  return rows.map(toRecord);
}

export async function countByStatus(db: Queryable): Promise<Record<SubmissionStatus, number>> {
  const rows = await db.query<{ status: SubmissionStatus; n: string }>('SELECT status, count(*) AS n FROM submissions GROUP BY status');
  const counts = { pending: 0, approved: 0, rejected: 0, withdrawn: 0 };
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}

/**
 * A new version of the event, if the row is still at `version` and in one of `statuses`; false otherwise (changed
 * meanwhile, or no longer editable).
 */
export async function updateEvent(
  db: Queryable,
  id: number,
  change: { event: SubmissionEvent; lastEndsAt: number; version: number; statuses: readonly SubmissionStatus[]; now: number },
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE submissions SET event = $2, last_ends_at = $3, updated_at = $4, version = version + 1
     WHERE id = $1 AND version = $5 AND status = ANY($6) RETURNING id`,
    [id, JSON.stringify(change.event), change.lastEndsAt, change.now, change.version, change.statuses],
  );
  return rows.length === 1;
}

/** Moves a submission from one of `from` to `to`; false when it was no longer in `from` (or not at `version`). */
export async function setStatus(
  db: Queryable,
  id: number,
  change: { from: readonly SubmissionStatus[]; to: SubmissionStatus; version?: number; reason?: string | null; by?: number | null; now: number },
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE submissions SET status = $2, reject_reason = $3, decided_at = $4, decided_by = $5, updated_at = $4, version = version + 1
     WHERE id = $1 AND status = ANY($6) AND ($7::integer IS NULL OR version = $7) RETURNING id`,
    [id, change.to, change.reason ?? null, change.now, change.by ?? null, change.from, change.version ?? null],
  );
  return rows.length === 1;
}

/** Approved submissions, for the `submissions` source: never a contact column. */
export async function publishedSubmissions(db: Queryable): Promise<PublishedSubmission[]> {
  const rows = await db.query<{ public_id: string; event: unknown; updated_at: string; sha256: string | null }>(
    `SELECT s.public_id, s.event, s.updated_at, i.sha256 FROM submissions s LEFT JOIN submission_images i ON i.submission_id = s.id
     WHERE s.status = 'approved' ORDER BY s.id`,
  );
  return rows.map((r) => ({ publicId: r.public_id, event: submissionEventSchema.parse(r.event), imageSha: r.sha256, updatedAt: Number(r.updated_at) }));
}

/**
 * Forgets contact data of submissions whose event ended (approved, pending) or whose decision was made (rejected,
 * withdrawn) before `before`. Returns the ids cleared.
 */
export async function clearContactsBefore(db: Queryable, before: number, now: number): Promise<number[]> {
  const rows = await db.query<{ id: string }>(
    `UPDATE submissions SET contact_name = NULL, contact_email = NULL, contact_deleted_at = $2
     WHERE contact_email IS NOT NULL
       AND (CASE WHEN status IN ('rejected', 'withdrawn') THEN coalesce(decided_at, updated_at) ELSE last_ends_at END) < $1
     RETURNING id`,
    [before, now],
  );
  return rows.map((r) => Number(r.id));
}

/**
 * Deletes submissions (and their pictures) rejected or withdrawn before `before`, and any whose event ended before it
 * (a tip nobody decided on in time is of no use either). Returns the ids.
 */
export async function deleteClosedBefore(db: Queryable, before: number): Promise<number[]> {
  const rows = await db.query<{ id: string }>(
    `DELETE FROM submissions
     WHERE (status IN ('rejected', 'withdrawn') AND coalesce(decided_at, updated_at) < $1)
        OR last_ends_at < $1
     RETURNING id`,
    [before],
  );
  return rows.map((r) => Number(r.id));
}
