import { createHash } from 'node:crypto';

/**
 * A stable identifier for records whose feed gives none: the same parts always give the same id, so a re-index
 * updates the document instead of duplicating it.
 */
export function stableId(prefix: string, parts: Array<string | number | null>): string {
  const digest = createHash('sha256')
    .update(parts.map((p) => String(p ?? '')).join('\u001f'))
    .digest('hex');
  return `${prefix}:${digest.slice(0, 20)}`;
}
