import { createHash, timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '../../config/app-schema.js';
import type { KioskConfig } from '../../config/kiosks-schema.js';

/** Why a screen cannot be served: its QR codes would point nowhere a phone can reach. */
export type PublicUrlProblem = 'missing' | 'local';

const LOCAL_HOSTS = /^(localhost|.*\.localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1?\])$/i;

/** Kiosk pages need `site.publicUrl`, and not one on this machine (a QR code must open on a visitor's phone). */
export function publicUrlProblem(site: AppConfig['site']): PublicUrlProblem | null {
  if (!site.publicUrl) return 'missing';
  return LOCAL_HOSTS.test(new URL(site.publicUrl).hostname) ? 'local' : null;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** True when the screen has no token, or `given` is it (compared in constant time). */
export function tokenAccepted(kiosk: KioskConfig, given: unknown): boolean {
  if (!kiosk.token) return true;
  return typeof given === 'string' && timingSafeEqual(digest(kiosk.token), digest(given));
}
