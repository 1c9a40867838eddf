import type { IndexerState } from '../src/domain/source-health.js';

function ago(epoch: number | null, now: number): string {
  if (!epoch) return 'never';
  const s = now - epoch;
  if (s < 120) return `${s} s ago`;
  if (s < 7200) return `${Math.round(s / 60)} min ago`;
  return `${Math.round(s / 3600)} h ago`;
}

/** The plain-text table `npm run indexer -- --status` prints. */
export function formatStatus(state: IndexerState, now: number): string {
  const lines = [];
  const run = state.lastRun;
  lines.push(run ? `Last run ${ago(run.finishedAt, now)}: ${run.upserted} written, ${run.deleted} deleted, ${run.merged} duplicates merged.` : 'No run yet.');
  for (const s of Object.values(state.sources)) {
    lines.push('');
    lines.push(`${s.held ? 'HELD   ' : s.ok ? 'OK     ' : 'FAILING'} ${s.id} (${s.type}) ${s.name}`);
    lines.push(`  last attempt ${ago(s.lastAttempt, now)}, last success ${ago(s.lastSuccess, now)}, took ${s.durationMs} ms${s.unchanged ? ', unchanged' : ''}`);
    lines.push(`  read ${s.read}, indexed ${s.indexed}, skipped ${s.skipped}, rejected ${s.rejected}`);
    if (s.error) lines.push(`  error ${s.error.code}: ${s.error.message}`);
    if (s.held) lines.push(`  needs confirmation since ${ago(s.held.since, now)}: npm run indexer -- --confirm ${s.id}`);
    for (const r of s.rejectReasons.slice(0, 5)) lines.push(`  reject x${r.count}: ${r.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
