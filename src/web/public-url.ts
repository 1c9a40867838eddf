import type { Request } from 'express';
import type { AppConfig } from '../config/app-schema.js';

const HOST = /^[a-z0-9.-]{1,253}(:\d{1,5})?$/i;

/**
 * The site's absolute base URL: `publicUrl` from config when set (behind a proxy), else this request's host when it
 * looks like a host name — never a raw header echoed into links.
 */
export function publicBase(site: AppConfig['site'], req: Request): string {
  if (site.publicUrl) return site.publicUrl.replace(/\/$/, '');
  const host = req.get('host') ?? '';
  return `${req.protocol}://${HOST.test(host) ? host : 'localhost'}`;
}
