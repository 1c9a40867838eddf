import type { Config } from '../../config/load-config.js';
import type { IndexerState } from '../../domain/source-health.js';
import { formatWhen } from '../format.js';

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
}

function when(epoch: number | null): string {
  return epoch ? formatWhen(epoch, epoch, false, 'sv') : 'aldrig';
}

/** The admin page's table: configured sources first, with their last recorded health. */
export function sourceHealthModel(state: IndexerState, config: Config, _now: number) {
  const rows: SourceRow[] = config.sources.map((s) => {
    const h = state.sources[s.id];
    return {
      id: s.id,
      name: s.name ?? s.id,
      type: s.type,
      ok: h?.ok ?? false,
      statusText: !s.enabled ? 'avstängd' : !h ? 'ej läst ännu' : h.ok ? (h.unchanged ? 'OK (oförändrad)' : 'OK') : 'FEL',
      lastAttempt: when(h?.lastAttempt ?? null),
      lastSuccess: when(h?.lastSuccess ?? null),
      counts: h ? `${h.read} lästa, ${h.indexed} indexerade, ${h.skipped} utanför horisonten, ${h.rejected} avvisade` : '–',
      duration: h ? `${h.durationMs} ms` : '–',
      error: h?.error ? `${h.error.code}: ${h.error.message}` : null,
      reasons: h?.rejectReasons.slice(0, 5) ?? [],
    };
  });
  const run = state.lastRun;
  return {
    lang: 'sv',
    pageTitle: 'Källor',
    rows,
    lastRun: run ? `${when(run.finishedAt)}: ${run.upserted} skrivna, ${run.deleted} borttagna, ${run.merged} dubbletter sammanslagna` : 'Ingen körning ännu',
  };
}
