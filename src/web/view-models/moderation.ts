import type { EventDoc } from '../../domain/event.js';
import { occurrencesOf, type SubmissionStatus } from '../../domain/submission.js';
import type { EventSummary } from '../../search/ports.js';
import type { AuditEntry } from '../../store/audit-repo.js';
import type { Moderator } from '../../store/moderators-repo.js';
import type { SubmissionRecord } from '../../store/submissions-repo.js';
import { formatWhen } from '../format.js';
import { type Lang, locale, t } from '../i18n.js';
import { eventPath } from '../paths.js';
import type { RouteDeps } from '../route-deps.js';
import { accountAction, moderationItem, submissionPaths } from '../submission-paths.js';
import type { EventCard } from './event-card.js';
import { previewCard } from './submission-preview.js';

/** The header every moderation page shares: who is signed in, where to go, how to sign out. */
export interface ModerationNav {
  name: string;
  queue: string;
  audit: string;
  accounts: string | null;
  password: string;
  logout: { action: string; csrf: string };
}

export function moderationNav(lang: Lang, m: Moderator, logoutCsrf: string): ModerationNav {
  const p = submissionPaths(lang);
  return { name: m.name, queue: p.moderation, audit: p.audit, accounts: m.role === 'admin' ? p.accounts : null, password: p.password, logout: { action: p.logout, csrf: logoutCsrf } };
}

const STATUS_TABS: SubmissionStatus[] = ['pending', 'approved', 'rejected', 'withdrawn'];

function dateTime(epoch: number, lang: Lang, tz: string): string {
  return new Intl.DateTimeFormat(locale(lang), { timeZone: tz, dateStyle: 'medium', timeStyle: 'short' }).format(epoch * 1000);
}

export function queueModel(deps: RouteDeps, lang: Lang, input: { status: SubmissionStatus; records: SubmissionRecord[]; counts: Record<SubmissionStatus, number>; nav: ModerationNav; done: string | null }) {
  const tz = deps.site.timeZone;
  return {
    lang,
    pageTitle: t(lang, 'moderation.title'),
    noindex: true,
    nav: input.nav,
    done: input.done,
    tabs: STATUS_TABS.map((s) => ({ label: t(lang, `status.${s}`), count: input.counts[s], href: `${submissionPaths(lang).moderation}?status=${s}`, current: s === input.status })),
    empty: input.records.length === 0 ? t(lang, `moderation.empty.${input.status}`) : null,
    rows: input.records.map((r) => {
      const [first, ...more] = occurrencesOf(r.event.dates, tz);
      const when = first ? formatWhen(first.startsAt, first.endsAt, first.allDay, { lang, tz }) : '';
      return {
        href: moderationItem(lang, r.id),
        title: r.event.title,
        when: more.length ? `${when} ${t(lang, 'moderation.moreDates', { count: more.length })}` : when,
        place: r.event.place.name ?? r.event.place.address ?? '',
        received: dateTime(r.createdAt, lang, tz),
        image: r.image !== null,
      };
    }),
  };
}

export interface ItemInput {
  record: SubmissionRecord;
  docs: readonly EventDoc[];
  duplicates: EventSummary[];
  history: (AuditEntry & { id: number })[];
  nav: ModerationNav;
  csrf: string;
  now: number;
  done: string | null;
  error: string | null;
  reason: string;
}

function historyLine(e: AuditEntry, lang: Lang, tz: string) {
  const who = e.actor === 'moderator' ? (e.actorName ?? t(lang, 'audit.actor.moderator')) : t(lang, `audit.actor.${e.actor}`);
  const reason = typeof e.detail.reason === 'string' ? e.detail.reason : null;
  const account = typeof e.detail.account === 'string' ? e.detail.account : null;
  const what = t(lang, `audit.action.${e.action}`);
  return { when: dateTime(e.at, lang, tz), who, what: account ? `${what}: ${account}` : what, reason };
}

export function itemModel(deps: RouteDeps, lang: Lang, input: ItemInput) {
  const { record, docs } = input;
  const tz = deps.site.timeZone;
  const image = record.image ? { src: moderationItem(lang, record.id, 'image'), width: record.image.width, height: record.image.height, alt: record.event.imageAlt } : null;
  const card: EventCard | null = previewCard(docs, image, deps, lang, input.now);
  const canApprove = record.status === 'pending' || record.status === 'rejected';
  const canReject = record.status === 'pending' || record.status === 'approved';
  return {
    lang,
    pageTitle: `${t(lang, 'moderation.title')}: ${record.event.title}`,
    noindex: true,
    nav: input.nav,
    done: input.done,
    error: input.error,
    id: record.id,
    title: record.event.title,
    status: record.status,
    statusLabel: t(lang, `status.${record.status}`),
    received: dateTime(record.createdAt, lang, tz),
    reason: record.rejectReason,
    contact: record.contact,
    organizer: record.event.organizer,
    card,
    previewHref: moderationItem(lang, record.id, 'preview'),
    editHref: record.status === 'withdrawn' ? null : moderationItem(lang, record.id, 'edit'),
    dates: docs.map((d) => formatWhen(d.startsAt, d.endsAt, d.allDay, { lang, tz })),
    duplicates: input.duplicates.map((d) => ({ title: d.title, href: eventPath(lang, d), when: formatWhen(d.startsAt, d.endsAt, d.allDay, { lang, tz }), venue: d.venue?.name ?? null, source: d.source })),
    approve: canApprove ? { action: moderationItem(lang, record.id, 'approve'), csrf: input.csrf, version: record.version } : null,
    reject: canReject ? { action: moderationItem(lang, record.id, 'reject'), csrf: input.csrf, version: record.version, reason: input.reason } : null,
    publishedHref: record.status === 'approved' && docs[0] ? eventPath(lang, docs[0]) : null,
    history: input.history.map((e) => historyLine(e, lang, tz)),
    back: submissionPaths(lang).moderation,
  };
}

export function auditModel(deps: RouteDeps, lang: Lang, input: { entries: (AuditEntry & { id: number })[]; nav: ModerationNav; pageSize: number }) {
  const tz = deps.site.timeZone;
  const last = input.entries.at(-1);
  return {
    lang,
    pageTitle: t(lang, 'moderation.audit'),
    noindex: true,
    nav: input.nav,
    rows: input.entries.map((e) => ({
      ...historyLine(e, lang, tz),
      submission: e.submissionId !== null ? { id: e.submissionId, href: moderationItem(lang, e.submissionId) } : null,
    })),
    older: input.entries.length === input.pageSize && last ? `${submissionPaths(lang).audit}?before=${last.id}` : null,
  };
}

/** The accounts page (administrators): every account with what can be done to it, and the form for a new one. */
export function accountsModel(
  lang: Lang,
  input: {
    moderators: Moderator[];
    me: Moderator;
    now: number;
    nav: ModerationNav;
    csrf: string;
    minPassword: number;
    values: { name: string; email: string };
    /** About the new-account form (shown beside it). */
    error: string | null;
    /** A change to an account that was refused: shown at that account. */
    refused: { id: number; text: string } | null;
    done: string | null;
  },
) {
  const { me, now, csrf } = input;
  return {
    lang,
    pageTitle: t(lang, 'moderation.accounts'),
    heading: t(lang, 'moderation.accounts'),
    intro: null,
    noindex: true,
    nav: input.nav,
    action: submissionPaths(lang).accounts,
    csrf,
    askToken: false,
    roles: (['editor', 'admin'] as const).map((r) => ({ value: r, label: t(lang, `role.${r}`), checked: r === 'editor' })),
    minPassword: input.minPassword,
    values: input.values,
    error: input.error,
    done: input.done,
    moderators: input.moderators.map((m) => {
      const self = m.id === me.id;
      const disabled = m.disabledAt !== null;
      const refused = input.refused?.id === m.id ? input.refused.text : null;
      return {
        id: m.id,
        name: m.name,
        email: m.email,
        role: t(lang, `role.${m.role}`),
        self,
        disabled,
        locked: !disabled && m.lockedUntil !== null && m.lockedUntil > now,
        refused,
        // Not on one's own row: one's own password has its own page, and nobody turns themselves off.
        toggle: self ? null : { action: accountAction(lang, m.id, disabled ? 'enable' : 'disable'), label: t(lang, disabled ? 'moderation.enable' : 'moderation.disable') },
        password: self || disabled ? null : { action: accountAction(lang, m.id, 'password'), label: t(lang, 'moderation.resetPasswordOf', { name: m.name }) },
      };
    }),
  };
}

/** One's own password page. */
export function passwordModel(lang: Lang, input: { me: Moderator; nav: ModerationNav; csrf: string; minPassword: number; error: string | null; done: string | null }) {
  return {
    lang,
    email: input.me.email,
    pageTitle: t(lang, 'moderation.passwordTitle'),
    noindex: true,
    nav: input.nav,
    action: submissionPaths(lang).password,
    csrf: input.csrf,
    minPassword: input.minPassword,
    error: input.error,
    done: input.done,
  };
}
