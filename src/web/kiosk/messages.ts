import type { AppConfig } from '../../config/app-schema.js';
import { type Lang, t } from '../i18n.js';
import type { PublicUrlProblem } from './access.js';

/** Why a kiosk address shows a message instead of a screen. */
export type Refusal = 'unknown' | 'token' | PublicUrlProblem;

const STATUS: Record<Refusal, number> = { unknown: 404, token: 403, missing: 503, local: 503 };

export interface KioskMessageModel {
  status: number;
  lang: Lang;
  pageTitle: string;
  /** The same message in every language of the site: whoever stands at the screen, or the IT person setting it up. */
  blocks: { lang: Lang; heading: string; text: string }[];
  /** The page loads itself again after this long: a screen waiting for its configuration recovers by itself. */
  retrySeconds: number;
}

const RETRY_SECONDS = 60;

/** The message page for a refused kiosk address. */
export function kioskMessage(kind: Refusal, facts: { id: string; known?: string[]; publicUrl?: string }, site: AppConfig['site']): KioskMessageModel {
  const vars = { id: facts.id, known: facts.known?.length ? facts.known.join(', ') : '–', publicUrl: facts.publicUrl ?? '' };
  const lang = site.defaultLanguage;
  return {
    status: STATUS[kind],
    lang,
    pageTitle: t(lang, `kiosk.refused.${kind}.heading`, vars),
    blocks: site.languages.map((l) => ({ lang: l, heading: t(l, `kiosk.refused.${kind}.heading`, vars), text: t(l, `kiosk.refused.${kind}.text`, vars) })),
    retrySeconds: RETRY_SECONDS,
  };
}
