import type { SourceConfig } from '../../config/data-schemas.js';
import type { Config } from '../../config/load-config.js';
import type { IndexerState, SourceHealth } from '../../domain/source-health.js';
import { nextRunAfter } from '../../health/next-run.js';
import { formatRelative, formatWhen } from '../format.js';
import { alternateLang, type Lang, pathsOf, t } from '../i18n.js';
import { plainReject } from '../reject-reason.js';

/*
 * The editors' source page: which sources work, which fail and why in plain words with what to do, which rejected
 * some of their items (each named by its row or title, to find it in the spreadsheet), when the last run was and when
 * the next one is.
 */

export type SourceState = 'ok' | 'warning' | 'failing' | 'held' | 'disabled' | 'unread';

export interface SourceRow {
  id: string;
  name: string;
  type: string;
  state: SourceState;
  statusText: string;
  /** "för 3 minuter sedan (12:04)". */
  lastAttempt: string;
  lastSuccess: string;
  counts: string;
  duration: string;
  /** A failing source: what went wrong, what to do, and the technical detail for whoever fixes it. */
  problem: { cause: string; fix: string; detail: string } | null;
  /**
   * Items the last read could not use, by kind of problem: what was wrong and what to do in plain words (once per
   * kind), then each item by where it is in the feed, with the adapter's technical reason as its detail.
   */
  rejects: RejectGroup[];
  moreRejects: number;
  /** Set while the drop guard holds the source's last good documents: what was found, and where to confirm. */
  held: { text: string; action: string | null } | null;
}

export interface RejectGroup {
  text: string;
  fix: string;
  items: { ref: string; detail: string }[];
}

/** Rejects grouped by kind of problem, in the order the kinds first appear (the feed's order). */
function rejectGroups(samples: readonly { ref: string; reason: string }[], lang: Lang): RejectGroup[] {
  const groups = new Map<string, RejectGroup>();
  for (const r of samples) {
    const plain = plainReject(r.reason, lang);
    const group = groups.get(plain.kind) ?? { text: plain.text, fix: plain.fix, items: [] };
    group.items.push({ ref: rowRef(r.ref, lang), detail: r.reason });
    groups.set(plain.kind, group);
  }
  return [...groups.values()];
}

function stateOf(enabled: boolean, h: SourceHealth | undefined): SourceState {
  if (!enabled) return 'disabled';
  if (!h) return 'unread';
  if (h.held) return 'held';
  if (!h.ok) return 'failing';
  return h.rejected > 0 ? 'warning' : 'ok';
}

/** Which plain-language explanation fits a recorded error. */
function problemKey(error: { code: string; message: string }): string {
  const m = error.message;
  if (error.code === 'FEED_FETCH_TIMEOUT') return 'timeout';
  if (error.code === 'FEED_TOO_LARGE') return 'tooLarge';
  if (error.code === 'FEED_HTTP_STATUS') return /\b(401|403)\b/.test(m) ? 'forbidden' : /\b(404|410)\b/.test(m) ? 'notFound' : 'serverError';
  if (error.code === 'FEED_FETCH_FAILED') {
    if (/ENOENT/.test(m)) return 'noFile';
    if (/ENOTFOUND|EAI_AGAIN/.test(m)) return 'noHost';
    if (/ECONNREFUSED|ECONNRESET|EHOSTUNREACH/.test(m)) return 'refused';
    if (/certificate|CERT|SSL|TLS/i.test(m)) return 'certificate';
    return 'fetch';
  }
  if (error.code === 'FEED_PARSE_FAILED') return /every record was rejected/.test(m) ? 'allRejected' : 'parse';
  return 'unknown';
}

function problemOf(h: SourceHealth, source: SourceConfig, lang: Lang): SourceRow['problem'] {
  // A held source is explained by its held row (what was found, and the confirm button).
  if (!h.error || h.ok || h.held) return null;
  const key = problemKey(h.error);
  const vars = { type: source.type.toUpperCase(), url: source.url };
  return { cause: t(lang, `admin.cause.${key}`, vars), fix: t(lang, `admin.fix.${key}`, vars), detail: `${h.error.code}: ${h.error.message}` };
}

/** A held source: what was found, and the confirm action (none once confirmed, until the next run applies it). */
function heldRow(held: NonNullable<SourceHealth['held']>, confirmedAt: number | undefined, action: string, lang: Lang, when: (e: number) => string) {
  if (confirmedAt !== undefined && confirmedAt >= held.since) return { text: t(lang, 'admin.confirmed'), action: null };
  return { text: t(lang, 'admin.heldDetail', { found: held.found, indexed: held.indexed, since: when(held.since) }), action };
}

const SHOWN_REJECTS = 10;
const SEVERITY: SourceState[] = ['failing', 'held', 'warning', 'unread', 'ok', 'disabled'];

/** Adapters name spreadsheet rows "line 12 (title)": said in the page's language, "rad 12 (title)". */
function rowRef(ref: string, lang: Lang): string {
  return ref.replace(/^line (\d+)/, (_m, n: string) => t(lang, 'admin.row', { n }));
}

/** The admin page: a summary, the last and next run, and a card per source the file lists now. */
export function sourceHealthModel(
  state: IndexerState,
  sources: readonly SourceConfig[],
  confirmations: Record<string, number>,
  config: Config,
  lang: Lang,
  now: number,
) {
  const { site, indexer } = config.app;
  const clock = (epoch: number) => formatWhen(epoch, epoch, false, { lang, tz: site.timeZone });
  const when = (epoch: number | null) => (epoch ? `${formatRelative(epoch, now, lang)} (${clock(epoch)})` : t(lang, 'admin.never'));
  const alternate = alternateLang(site, lang);
  const rows: SourceRow[] = sources.map((s) => {
    const h = state.sources[s.id];
    const st = stateOf(s.enabled, h);
    const samples = h?.rejectSamples ?? [];
    return {
      id: s.id,
      name: s.name ?? s.id,
      type: s.type,
      state: st,
      statusText: st === 'held' ? t(lang, 'admin.held') : t(lang, `admin.state.${st}`, { rejected: h?.rejected ?? 0, read: h?.read ?? 0 }),
      lastAttempt: when(h?.lastAttempt ?? null),
      lastSuccess: when(h?.lastSuccess ?? null),
      counts: h ? t(lang, 'admin.counts', { read: h.read, indexed: h.indexed, skipped: h.skipped, rejected: h.rejected }) : '–',
      duration: h ? `${h.durationMs} ms` : '–',
      problem: h ? problemOf(h, s, lang) : null,
      rejects: st === 'warning' || st === 'failing' ? rejectGroups(samples.slice(0, SHOWN_REJECTS), lang) : [],
      moreRejects: st === 'warning' || st === 'failing' ? Math.max(0, (h?.rejected ?? 0) - Math.min(samples.length, SHOWN_REJECTS)) : 0,
      held: h?.held ? heldRow(h.held, confirmations[s.id], `${pathsOf(lang).adminSources}/${s.id}/confirm`, lang, clock) : null,
    };
  });
  // What needs an editor comes first.
  rows.sort((a, b) => SEVERITY.indexOf(a.state) - SEVERITY.indexOf(b.state));
  const failing = rows.filter((r) => r.state === 'failing' || r.state === 'held').length;
  const warnings = rows.filter((r) => r.state === 'warning').length;
  const active = rows.filter((r) => r.state !== 'disabled').length;
  const run = state.lastRun;
  const next = indexer.runInProcess ? nextRunAfter(indexer.schedule, now, site.timeZone) : null;
  return {
    lang,
    pageTitle: t(lang, 'admin.title'),
    rows,
    summary: {
      tone: failing ? 'failing' : warnings ? 'warning' : 'ok',
      text: failing
        ? t(lang, 'admin.summary.failing', { failing, total: active })
        : warnings
          ? t(lang, 'admin.summary.warning', { warnings, total: active })
          : t(lang, 'admin.summary.ok', { total: active }),
      warningsToo: failing && warnings ? t(lang, 'admin.summary.alsoWarnings', { warnings }) : null,
    },
    lastRun: run ? t(lang, 'admin.run', { when: when(run.finishedAt), upserted: run.upserted, deleted: run.deleted, merged: run.merged }) : t(lang, 'admin.noRun'),
    nextRun: next ? t(lang, 'admin.nextRun', { when: `${formatRelative(next, now, lang)} (${clock(next)})` }) : t(lang, 'admin.nextRunElsewhere', { schedule: indexer.schedule }),
    alternateHref: alternate ? pathsOf(alternate).adminSources : null,
    alternateLang: alternate,
  };
}
