import type { Request, Response } from 'express';

/**
 * All HX-* header logic. A fragment is an htmx request that is not a history restore (on a cache miss htmx asks for
 * the whole page again with HX-History-Restore-Request).
 */
export function wantsFragment(req: Request): boolean {
  return req.get('HX-Request') === 'true' && req.get('HX-History-Restore-Request') !== 'true';
}

/** The same URL answers with a page or a fragment: caches must key on the header. */
export function varyOnHtmx(res: Response): void {
  res.vary('HX-Request');
  res.vary('HX-History-Restore-Request');
}

/**
 * "Show more" asks for more of one section of the search page into its button's place (#more: events, #more-places:
 * places): only the new cards are used, nothing out of band. Null for any other request.
 */
export function appendedSection(req: Request): 'events' | 'places' | null {
  if (!wantsFragment(req)) return null;
  const target = req.get('HX-Target');
  return target === 'more' ? 'events' : target === 'more-places' ? 'places' : null;
}

/**
 * The URL the browser should show for this state: the tidy canonical one, not the raw form serialisation. A new
 * history entry, unless the page asked to replace the current one (`X-History: replace`: app code sends it while a
 * search is still being typed, so typing "konsert" makes one entry, not seven).
 */
export function pushUrl(req: Request, res: Response, url: string): void {
  res.set(req.get('X-History') === 'replace' ? 'HX-Replace-Url' : 'HX-Push-Url', url);
}

/** The address bar changes without a new entry ("show more" records how many pages are shown). */
export function replaceUrl(res: Response, url: string): void {
  res.set('HX-Replace-Url', url);
}
