import type { SourceConfig } from '../../config/data-schemas.js';
import type { Config } from '../../config/load-config.js';
import type { IndexerState, SourceHealth } from '../../domain/source-health.js';
import { formatWhen } from '../format.js';
import { alternateLang, type Lang, pathsOf, t } from '../i18n.js';

export interface SourceRow {
  id: string;
  name: string;
  type: string;
  ok: boolean;
  statusText: string;
  lastAttempt: string;
  lastSuccess: string;
  counts: string;
  duration: string;
  error: string | null;
  reasons: { reason: string; count: number }[];
  /** Set while the drop guard holds the source's last good documents: what was found, and where to confirm. */
  held: { text: string; action: string | null } | null;
}

function statusText(enabled: boolean, h: SourceHealth | undefined, lang: Lang): string {
  if (!enabled) return t(lang, 'admin.disabled');
  if (!h) return t(lang, 'admin.notRead');
  if (h.held) return t(lang, 'admin.held');
  if (!h.ok) return t(lang, 'admin.failing');
  return t(lang, h.unchanged ? 'admin.okUnchanged' : 'admin.ok');
}

/** A held source: what was found, and the confirm action (none once confirmed, until the next run applies it). */
function heldRow(held: NonNullable<SourceHealth['held']>, confirmedAt: number | undefined, action: string, lang: Lang, when: (e: number) => string) {
  if (confirmedAt !== undefined && confirmedAt >= held.since) return { text: t(lang, 'admin.confirmed'), action: null };
  return { text: t(lang, 'admin.heldDetail', { found: held.found, indexed: held.indexed, since: when(held.since) }), action };
}

/** The admin page's table: the sources the file lists now, with their last recorded health. */
export function sourceHealthModel(
  state: IndexerState,
  sources: readonly SourceConfig[],
  confirmations: Record<string, number>,
  config: Config,
  lang: Lang,
) {
  const { site } = config.app;
  const when = (epoch: number | null) => (epoch ? formatWhen(epoch, epoch, false, { lang, tz: site.timeZone }) : t(lang, 'admin.never'));
  const alternate = alternateLang(site, lang);
  const rows: SourceRow[] = sources.map((s) => {
    const h = state.sources[s.id];
    return {
      id: s.id,
      name: s.name ?? s.id,
      type: s.type,
      ok: h?.ok ?? false,
      statusText: statusText(s.enabled, h, lang),
      lastAttempt: when(h?.lastAttempt ?? null),
      lastSuccess: when(h?.lastSuccess ?? null),
      counts: h ? t(lang, 'admin.counts', { read: h.read, indexed: h.indexed, skipped: h.skipped, rejected: h.rejected }) : '–',
      duration: h ? `${h.durationMs} ms` : '–',
      error: h?.error ? `${h.error.code}: ${h.error.message}` : null,
      reasons: h?.rejectReasons.slice(0, 5) ?? [],
      held: h?.held ? heldRow(h.held, confirmations[s.id], `${pathsOf(lang).adminSources}/${s.id}/confirm`, lang, when) : null,
    };
  });
  const run = state.lastRun;
  return {
    lang,
    pageTitle: t(lang, 'admin.title'),
    rows,
    alternateHref: alternate ? pathsOf(alternate).adminSources : null,
    alternateLang: alternate,
    lastRun: run ? t(lang, 'admin.run', { when: when(run.finishedAt), upserted: run.upserted, deleted: run.deleted, merged: run.merged }) : t(lang, 'admin.noRun'),
  };
}
