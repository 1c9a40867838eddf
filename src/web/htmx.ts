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
