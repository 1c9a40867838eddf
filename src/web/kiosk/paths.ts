import type { Lang } from '../i18n.js';

/** Every address of one kiosk screen, built here only. */
export function kioskPaths(id: string) {
  const base = `/kiosk/${id}`;
  return {
    page: base,
    version: `${base}/version`,
    attract: `${base}/attract`,
    /** The touch view; kiosk.js adds `?lang=` when the visitor switches language. */
    touchBase: `${base}/touch`,
    touch: (lang: Lang) => `${base}/touch?lang=${lang}`,
    results: `${base}/results`,
    event: (lang: Lang, eventId: string, at: number | null) => `${base}/event/${eventId}?lang=${lang}${at === null ? '' : `&at=${at}`}`,
  };
}

/** Shared by every screen: the service worker's path is its scope's root, so it controls every kiosk page. */
export const KIOSK_SCOPE = '/kiosk/';
export const SERVICE_WORKER_PATH = '/kiosk/sw.js';
export const KIOSK_ASSETS = '/kiosk/assets';
