import type { Queryable } from './database.js';

export type AuditActor = 'moderator' | 'organiser' | 'system' | 'admin-token';

/** One line of the audit log. `detail` never holds contact data (names and e-mail addresses of organisers). */
export interface AuditEntry {
  at: number;
  actor: AuditActor;
  moderatorId: number | null;
  actorName: string | null;
  action: string;
  submissionId: number | null;
  detail: Record<string, string | number | boolean | null>;
}

export async function appendAudit(db: Queryable, e: AuditEntry): Promise<void> {
  await db.query(
    'INSERT INTO audit_log (at, actor, moderator_id, actor_name, action, submission_id, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [e.at, e.actor, e.moderatorId, e.actorName, e.action, e.submissionId, JSON.stringify(e.detail)],
  );
}

interface Row {
  id: string;
  at: string;
  actor: AuditActor;
  moderator_id: string | null;
  actor_name: string | null;
  action: string;
  submission_id: string | null;
  detail: AuditEntry['detail'];
}

const toEntry = (r: Row): AuditEntry & { id: number } => ({
  id: Number(r.id),
  at: Number(r.at),
  actor: r.actor,
  moderatorId: r.moderator_id === null ? null : Number(r.moderator_id),
  actorName: r.actor_name,
  action: r.action,
  submissionId: r.submission_id === null ? null : Number(r.submission_id),
  detail: r.detail,
});

/** Newest first; `submissionId` narrows it to one submission. */
export async function auditEntries(db: Queryable, opts: { limit: number; before?: number; submissionId?: number }): Promise<(AuditEntry & { id: number })[]> {
  const rows = await db.query<Row>(
    `SELECT * FROM audit_log WHERE ($1::bigint IS NULL OR submission_id = $1) AND ($2::bigint IS NULL OR id < $2)
     ORDER BY id DESC LIMIT $3`,
    [opts.submissionId ?? null, opts.before ?? null, opts.limit],
  );
  return rows.map(toEntry);
}
