import type { EventDoc } from '../../domain/event.js';
import { organiserMay } from '../../domain/submission.js';
import type { SubmissionRecord } from '../../store/submissions-repo.js';
import { formatWhen } from '../format.js';
import { type Lang, t } from '../i18n.js';
import { eventPath } from '../paths.js';
import type { RouteDeps } from '../route-deps.js';
import { submissionPaths, withToken } from '../submission-paths.js';
import type { EventCard } from './event-card.js';
import { previewCard } from './submission-preview.js';

/** The organiser's own page: where their tip stands, what it will look like, what they can still do. */
export interface SubmissionStatusModel {
  lang: Lang;
  pageTitle: string;
  noindex: true;
  title: string;
  status: SubmissionRecord['status'];
  statusLabel: string;
  statusText: string;
  reason: string | null;
  /** Right after sending: the link to keep, and whether it was mailed too. */
  welcome: { link: string; mailed: boolean } | null;
  done: string | null;
  card: EventCard | null;
  /** "How it will look" while waiting, "How it looks" once published, "What you sent" otherwise. */
  previewHeading: string;
  dates: string[];
  publishedHref: string | null;
  editHref: string | null;
  withdraw: { action: string; csrf: string } | null;
  formHref: string;
}

export interface StatusInput {
  record: SubmissionRecord;
  token: string;
  docs: readonly EventDoc[];
  /** True when the approved event is in the index (its page answers). */
  live: boolean;
  isNew: boolean;
  mailed: boolean;
  done: string | null;
  csrf: string;
  base: string;
  now: number;
}

export function submissionStatusModel(deps: RouteDeps, lang: Lang, input: StatusInput): SubmissionStatusModel {
  const { record, token, docs } = input;
  const paths = submissionPaths(lang);
  const may = organiserMay(record.status);
  const image = record.image ? { src: withToken(paths.mineImage, token), width: record.image.width, height: record.image.height, alt: record.event.imageAlt } : null;
  const first = docs[0];
  return {
    lang,
    pageTitle: t(lang, 'mine.title'),
    noindex: true,
    title: record.event.title,
    status: record.status,
    statusLabel: t(lang, `status.${record.status}`),
    statusText: t(lang, `mine.status.${record.status}${record.status === 'approved' && !input.live ? 'Soon' : ''}`),
    reason: record.status === 'rejected' ? record.rejectReason : null,
    welcome: input.isNew ? { link: `${input.base}${withToken(paths.mine, token)}`, mailed: input.mailed } : null,
    done: input.done ? t(lang, `mine.done.${input.done}`) : null,
    card: previewCard(docs, image, deps, lang, input.now),
    previewHeading: t(lang, `mine.preview.${record.status}`),
    dates: docs.map((d) => formatWhen(d.startsAt, d.endsAt, d.allDay, { lang, tz: deps.site.timeZone })),
    publishedHref: record.status === 'approved' && input.live && first ? eventPath(lang, first) : null,
    editHref: may.edit ? withToken(paths.mineEdit, token) : null,
    withdraw: may.withdraw ? { action: withToken(paths.mineWithdraw, token), csrf: input.csrf } : null,
    formHref: paths.form,
  };
}
