import type { AppConfig } from '../config/app-schema.js';
import type { Logger } from '../logger.js';
import { forgetSpentBefore } from '../store/altcha-repo.js';
import { appendAudit } from '../store/audit-repo.js';
import type { Database } from '../store/database.js';
import { deletePendingUploadsBefore } from '../store/images-repo.js';
import { deleteSessionsBefore } from '../store/sessions-repo.js';
import { clearContactsBefore, deleteClosedBefore } from '../store/submissions-repo.js';
import { SESSION_MAX_S } from './accounts.js';
import { UPLOAD_KEEP_S } from './service.js';

const DAY = 86_400;

export interface Purged {
  contacts: number;
  submissions: number;
  uploads: number;
  sessions: number;
  challenges: number;
}

/**
 * What the site promises about stored data, done: organisers' names and e-mail addresses go `contactRetentionDays`
 * after the event's last date (or after a rejection or withdrawal); whole submissions go `closedRetentionDays` after
 * that; kept uploads, old sessions and spent ALTCHA challenges go when they can no longer be used. Each deletion of
 * contact data and of submissions is one audit line (ids and counts only).
 */
export async function purgeExpired(db: Database, config: AppConfig['submissions'], now: number, logger: Logger): Promise<Purged> {
  const contacts = await clearContactsBefore(db, now - config.contactRetentionDays * DAY, now);
  const submissions = await deleteClosedBefore(db, now - config.closedRetentionDays * DAY);
  const system = { at: now, actor: 'system' as const, moderatorId: null, actorName: null, detail: {} };
  for (const id of contacts) await appendAudit(db, { ...system, action: 'contact-deleted', submissionId: id });
  for (const id of submissions) await appendAudit(db, { ...system, action: 'deleted', submissionId: id });
  const purged = {
    contacts: contacts.length,
    submissions: submissions.length,
    uploads: await deletePendingUploadsBefore(db, now - UPLOAD_KEEP_S),
    sessions: await deleteSessionsBefore(db, now - config.sessionIdleMinutes * 60, now - SESSION_MAX_S),
    challenges: await forgetSpentBefore(db, now),
  };
  if (purged.contacts || purged.submissions) logger.child({ module: 'retention' }).info(purged, 'expired submission data deleted');
  return purged;
}
