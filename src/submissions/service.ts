import type { AppConfig } from '../config/app-schema.js';
import type { Lang } from '../domain/lang.js';
import { lastEndOf, organiserMay, type SubmissionEvent, type SubmissionStatus } from '../domain/submission.js';
import type { Logger } from '../logger.js';
import { type AuditEntry, appendAudit, auditEntries } from '../store/audit-repo.js';
import type { Database, Queryable } from '../store/database.js';
import {
  deletePendingUpload,
  deleteSubmissionImage,
  pendingUpload,
  putPendingUpload,
  putSubmissionImage,
  type StoredImage,
  submissionImage,
} from '../store/images-repo.js';
import {
  countByStatus,
  insertSubmission,
  setStatus,
  type SubmissionRecord,
  submissionById,
  submissionByToken,
  submissionsByStatus,
  updateEvent,
} from '../store/submissions-repo.js';
import { hashToken, looksLikeToken, newPublicId, newToken } from './tokens.js';

/*
 * What organisers and editors do with submissions, each step one transaction with its audit line. Contact data is
 * written once (at submission) and read only by editors; the audit log never holds it.
 */

/** Who acts: an editor (by account) or the organiser (by their link). */
export type Actor = { kind: 'moderator'; id: number; name: string } | { kind: 'organiser' };

/** A picture change with an edit: a new one, the one already stored, or none any more. */
export type ImageChange = { kind: 'new'; image: StoredImage } | { kind: 'keep' } | { kind: 'remove' };

/** Told after a change is committed (mail to the organiser); failures never undo the change. */
export interface Notifier {
  received(record: SubmissionRecord, token: string, base: string): Promise<void>;
  decided(record: SubmissionRecord, base: string): Promise<void>;
}

export interface SubmissionService {
  submit(input: { event: SubmissionEvent; contact: { name: string; email: string }; image: StoredImage | null; lang: Lang; base: string }): Promise<{ record: SubmissionRecord; token: string }>;
  byToken(token: unknown): Promise<SubmissionRecord | null>;
  byId(id: number): Promise<SubmissionRecord | null>;
  /** The organiser's edit (pending only) or an editor's (any state); false when it changed meanwhile or may not be edited. */
  edit(record: SubmissionRecord, change: { event: SubmissionEvent; image: ImageChange; version: number }, actor: Actor): Promise<boolean>;
  withdraw(record: SubmissionRecord): Promise<boolean>;
  approve(id: number, version: number, actor: Actor & { kind: 'moderator' }, base: string): Promise<SubmissionRecord | null>;
  reject(id: number, version: number, reason: string, actor: Actor & { kind: 'moderator' }, base: string): Promise<SubmissionRecord | null>;
  list(statuses: readonly SubmissionStatus[], order: 'oldest' | 'newest', limit: number): Promise<SubmissionRecord[]>;
  counts(): Promise<Record<SubmissionStatus, number>>;
  image(id: number): Promise<StoredImage | null>;
  audit(opts: { limit: number; before?: number; submissionId?: number }): Promise<(AuditEntry & { id: number })[]>;
  /** Keeps a picture for the form's next try; returns the token the form carries. */
  keepUpload(image: StoredImage & { fileName: string }): Promise<string>;
  /** A kept picture, if its token is one of ours and it has not expired. */
  keptUpload(token: unknown): Promise<(StoredImage & { fileName: string }) | null>;
  /** A kept picture that became a submission's is not kept twice. */
  forgetUpload(token: unknown): Promise<void>;
}

/** Pictures kept between tries of the form this long. */
export const UPLOAD_KEEP_S = 2 * 3600;

export interface ServiceDeps {
  db: Database;
  site: AppConfig['site'];
  now: () => number;
  logger: Logger;
  notifier: Notifier | null;
}

function auditOf(actor: Actor, action: string, submissionId: number, now: number, detail: AuditEntry['detail'] = {}): AuditEntry {
  return {
    at: now,
    actor: actor.kind,
    moderatorId: actor.kind === 'moderator' ? actor.id : null,
    actorName: actor.kind === 'moderator' ? actor.name : null,
    action,
    submissionId,
    detail,
  };
}

async function applyImage(tx: Queryable, id: number, change: ImageChange): Promise<void> {
  if (change.kind === 'new') await putSubmissionImage(tx, id, change.image);
  if (change.kind === 'remove') await deleteSubmissionImage(tx, id);
}

export function createSubmissionService(deps: ServiceDeps): SubmissionService {
  const { db, now } = deps;
  const tz = deps.site.timeZone;
  const log = deps.logger.child({ module: 'submissions' });
  const notify = async (what: string, fn: () => Promise<void>) => {
    try {
      await fn();
    } catch (err) {
      log.warn({ reason: (err as Error).message.slice(0, 200), what }, 'organiser not notified');
    }
  };
  const decide = async (id: number, version: number, to: 'approved' | 'rejected', reason: string | null, actor: Actor & { kind: 'moderator' }, base: string) => {
    const at = now();
    const done = await db.transaction(async (tx) => {
      // An editor may reverse a decision (approve a rejected one, take an approved one down), never a withdrawal.
      const from: SubmissionStatus[] = to === 'approved' ? ['pending', 'rejected'] : ['pending', 'approved'];
      if (!(await setStatus(tx, id, { from, to, version, reason, by: actor.id, now: at }))) return false;
      await appendAudit(tx, auditOf(actor, to, id, at, reason ? { reason } : {}));
      return true;
    });
    if (!done) return null;
    const record = await submissionById(db, id);
    if (record && deps.notifier) await notify('decided', () => deps.notifier!.decided(record, base));
    log.info({ submission: id, status: to }, 'submission decided');
    return record;
  };
  return {
    async submit({ event, contact, image, lang, base }) {
      const token = newToken();
      const at = now();
      const id = await db.transaction(async (tx) => {
        const newId = await insertSubmission(tx, { publicId: newPublicId(), lang, event, contact, tokenHash: hashToken(token), lastEndsAt: lastEndOf(event.dates, tz), now: at });
        if (image) await putSubmissionImage(tx, newId, image);
        await appendAudit(tx, auditOf({ kind: 'organiser' }, 'submitted', newId, at, { title: event.title }));
        return newId;
      });
      const record = (await submissionById(db, id)) as SubmissionRecord;
      if (deps.notifier) await notify('received', () => deps.notifier!.received(record, token, base));
      log.info({ submission: id, dates: event.dates.length, image: image !== null }, 'submission received');
      return { record, token };
    },
    byToken: async (token) => (looksLikeToken(token) ? submissionByToken(db, hashToken(token)) : null),
    byId: (id) => submissionById(db, id),
    async edit(record, change, actor) {
      const statuses: SubmissionStatus[] = actor.kind === 'organiser' ? (organiserMay(record.status).edit ? ['pending'] : []) : ['pending', 'approved', 'rejected'];
      if (statuses.length === 0) return false;
      const at = now();
      return db.transaction(async (tx) => {
        const ok = await updateEvent(tx, record.id, { event: change.event, lastEndsAt: lastEndOf(change.event.dates, tz), version: change.version, statuses, now: at });
        if (!ok) return false;
        await applyImage(tx, record.id, change.image);
        await appendAudit(tx, auditOf(actor, 'edited', record.id, at, { title: change.event.title, image: change.image.kind }));
        return true;
      });
    },
    async withdraw(record) {
      if (!organiserMay(record.status).withdraw) return false;
      const at = now();
      return db.transaction(async (tx) => {
        if (!(await setStatus(tx, record.id, { from: ['pending', 'approved'], to: 'withdrawn', now: at }))) return false;
        await appendAudit(tx, auditOf({ kind: 'organiser' }, 'withdrawn', record.id, at));
        return true;
      });
    },
    approve: (id, version, actor, base) => decide(id, version, 'approved', null, actor, base),
    reject: (id, version, reason, actor, base) => decide(id, version, 'rejected', reason, actor, base),
    list: (statuses, order, limit) => submissionsByStatus(db, statuses, order, limit),
    counts: () => countByStatus(db),
    image: (id) => submissionImage(db, id),
    audit: (opts) => auditEntries(db, opts),
    async keepUpload(image) {
      const token = newToken();
      await putPendingUpload(db, hashToken(token), image, now());
      return token;
    },
    async keptUpload(token) {
      if (!looksLikeToken(token)) return null;
      return pendingUpload(db, hashToken(token), now() - UPLOAD_KEEP_S);
    },
    async forgetUpload(token) {
      if (looksLikeToken(token)) await deletePendingUpload(db, hashToken(token));
    },
  };
}
