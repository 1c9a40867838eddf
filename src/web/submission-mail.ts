import type { AppConfig } from '../config/app-schema.js';
import { isLang, type Lang } from '../domain/lang.js';
import type { SubmissionRecord } from '../store/submissions-repo.js';
import type { Mailer } from '../submissions/mailer.js';
import type { Notifier } from '../submissions/service.js';
import { t } from './i18n.js';
import { submissionPaths, withToken } from './submission-paths.js';

/*
 * The organiser's mail, in the language they wrote in: their private link when the tip arrives, and the editors'
 * decision (with the reason) later. The decision mail cannot repeat the link: only its hash is stored.
 */

export function mailNotifier(mailer: Mailer, app: Pick<AppConfig, 'submissions' | 'site'>): Notifier {
  const langOf = (r: SubmissionRecord): Lang => (isLang(r.lang) ? r.lang : app.site.defaultLanguage);
  return {
    async received(record, token, base) {
      if (!record.contact) return;
      const lang = langOf(record);
      const vars = { name: record.contact.name, title: record.event.title, link: `${base}${withToken(submissionPaths(lang).mine, token)}`, days: app.submissions.contactRetentionDays, site: t(lang, 'site.name') };
      await mailer.send({ to: record.contact.email, subject: t(lang, 'mail.received.subject', vars), text: t(lang, 'mail.received.text', vars) });
    },
    async decided(record, base) {
      if (!record.contact || (record.status !== 'approved' && record.status !== 'rejected')) return;
      const lang = langOf(record);
      const vars = { name: record.contact.name, title: record.event.title, reason: record.rejectReason ?? '', form: `${base}${submissionPaths(lang).form}`, site: t(lang, 'site.name') };
      await mailer.send({ to: record.contact.email, subject: t(lang, `mail.${record.status}.subject`, vars), text: t(lang, `mail.${record.status}.text`, vars) });
    },
  };
}
