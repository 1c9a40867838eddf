import type { Request } from 'express';
import { type Lang, LANGS, pathsOf } from './i18n.js';

const LIST_PATHS = new Set(LANGS.flatMap((l) => [pathsOf(l).search, pathsOf(l).home]));

/**
 * "Back to the list": the search (or home) page the visitor came from, read from the Referer header, which the site
 * sends to itself only (Referrer-Policy: same-origin). Anything else, another site included, falls back to the search.
 */
export function backHref(req: Request, lang: Lang, base: string): string {
  const fallback = pathsOf(lang).search;
  const referer = req.get('referer');
  if (!referer) return fallback;
  try {
    const from = new URL(referer);
    if (from.origin !== new URL(base).origin || !LIST_PATHS.has(from.pathname)) return fallback;
    return `${from.pathname}${from.search}`;
  } catch {
    return fallback;
  }
}
