import type { KioskConfig } from '../../config/kiosks-schema.js';
import { type Lang, t } from '../i18n.js';
import { KIOSK_SCOPE, kioskPaths, SERVICE_WORKER_PATH } from '../kiosk/paths.js';
import type { AttractModel } from './kiosk-attract.js';
import type { KioskTouch } from './kiosk-touch.js';

/** Words in every language of the screen at once (the attract loop and the idle question speak to anyone). */
export interface Spoken {
  lang: Lang;
  text: string;
}

export interface KioskPageModel {
  lang: Lang;
  pageTitle: string;
  orientation: KioskConfig['orientation'];
  /** What kiosk.js reads from <body data-…>: timings, addresses, the version it was loaded with. */
  kioskSettings: string;
  /** htmx's hx-headers for the screen's token (JSON), or null. */
  hxHeaders: string | null;
  /** The screen's version on its script and styles: a deployment's new files are never answered from a cache. */
  assetVersion: string;
  place: Spoken[];
  municipality: Spoken[];
  cta: Spoken[];
  idleQuestion: Spoken[];
  idleStay: Spoken[];
  idleCountdown: Spoken[];
  attractHref: string;
  refreshSeconds: number;
  attract: AttractModel;
  touch: KioskTouch;
}

export interface KioskPageContext {
  version: string;
  tz: string;
  municipality: Record<Lang, string>;
}

const spoken = (kiosk: KioskConfig, text: (lang: Lang) => string): Spoken[] => kiosk.languages.map((lang) => ({ lang, text: text(lang) }));

/** The whole screen: attract loop, touch view (in the first language) and the idle question. */
export function kioskPageModel(kiosk: KioskConfig, attract: AttractModel, touch: KioskTouch, ctx: KioskPageContext): KioskPageModel {
  const lang = kiosk.languages[0] as Lang;
  const paths = kioskPaths(kiosk.id);
  const settings = {
    id: kiosk.id,
    page: paths.page,
    version: ctx.version,
    versionHref: paths.version,
    touchHref: paths.touchBase,
    serviceWorker: `${SERVICE_WORKER_PATH}?v=${encodeURIComponent(ctx.version)}`,
    scope: KIOSK_SCOPE,
    languages: kiosk.languages,
    timeZone: ctx.tz,
    idleSeconds: kiosk.idle.afterSeconds,
    countdownSeconds: kiosk.idle.countdownSeconds,
    rotateSeconds: kiosk.rotateSeconds,
    refreshSeconds: kiosk.refreshSeconds,
    versionCheckSeconds: kiosk.versionCheckSeconds,
    token: kiosk.token,
  };
  return {
    lang,
    pageTitle: `${kiosk.name} – ${t(lang, 'site.name')}`,
    orientation: kiosk.orientation,
    kioskSettings: JSON.stringify(settings),
    hxHeaders: kiosk.token ? JSON.stringify({ 'X-Kiosk-Token': kiosk.token }) : null,
    assetVersion: encodeURIComponent(ctx.version),
    place: spoken(kiosk, (l) => kiosk.location.name[l]),
    municipality: spoken(kiosk, (l) => ctx.municipality[l]),
    cta: spoken(kiosk, (l) => t(l, 'kiosk.cta')),
    idleQuestion: spoken(kiosk, (l) => t(l, 'kiosk.idle.question')),
    idleStay: spoken(kiosk, (l) => t(l, 'kiosk.idle.stay')),
    idleCountdown: spoken(kiosk, (l) => t(l, 'kiosk.idle.countdown')),
    attractHref: paths.attract,
    refreshSeconds: kiosk.refreshSeconds,
    attract,
    touch,
  };
}
