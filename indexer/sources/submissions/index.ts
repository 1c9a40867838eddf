import type { SubmissionsSourceConfig } from '../../../src/config/source-types/submissions.js';
import type { SourceAdapter } from '../adapter.js';
import { parseSubmissions } from './parse.js';
import { readSubmissionsDocument } from './read-database.js';

/**
 * Organisers' submissions, once an editor approved them: read from the site's own database, then sanitised,
 * categorised, placed and deduplicated like any feed. Every removal (a withdrawal, an editor's decision) is
 * deliberate, so the drop guard does not hold this source.
 */
export const submissionsAdapter: SourceAdapter<SubmissionsSourceConfig> = {
  type: 'submissions',
  parse: parseSubmissions,
  read: (_source, ctx) => readSubmissionsDocument(ctx.database, ctx.dataDir),
  dropGuard: false,
};
