import { type Lang, pathsOf } from './i18n.js';

/*
 * Addresses of the submission form, the organiser's own page and the moderation pages, in each language. The
 * organiser's link carries its token in the query string (`k`): request logs keep paths only, never query strings.
 */

export interface SubmissionPaths {
  form: string;
  mine: string;
  mineEdit: string;
  mineWithdraw: string;
  mineImage: string;
  privacy: string;
  moderation: string;
  login: string;
  logout: string;
  firstAccount: string;
  accounts: string;
  /** One's own password. */
  password: string;
  audit: string;
}

/** The query parameter of the organiser's token. */
export const TOKEN_PARAM = 'k';

/** The ALTCHA challenge (one address for both languages: no page, only JSON). */
export const CHALLENGE_PATH = '/tipsa/altcha-challenge';

const PATHS: Record<Lang, SubmissionPaths> = {
  sv: {
    form: pathsOf('sv').submit,
    mine: '/tipsa/mitt',
    mineEdit: '/tipsa/mitt/andra',
    mineWithdraw: '/tipsa/mitt/dra-tillbaka',
    mineImage: '/tipsa/mitt/bild',
    privacy: '/tipsa/personuppgifter',
    moderation: '/admin/moderering',
    login: '/admin/moderering/logga-in',
    logout: '/admin/moderering/logga-ut',
    firstAccount: '/admin/moderering/forsta-kontot',
    accounts: '/admin/moderering/konton',
    password: '/admin/moderering/losenord',
    audit: '/admin/moderering/logg',
  },
  en: {
    form: pathsOf('en').submit,
    mine: '/en/submit/mine',
    mineEdit: '/en/submit/mine/edit',
    mineWithdraw: '/en/submit/mine/withdraw',
    mineImage: '/en/submit/mine/image',
    privacy: '/en/submit/privacy',
    moderation: '/en/admin/moderation',
    login: '/en/admin/moderation/login',
    logout: '/en/admin/moderation/logout',
    firstAccount: '/en/admin/moderation/first-account',
    accounts: '/en/admin/moderation/accounts',
    password: '/en/admin/moderation/password',
    audit: '/en/admin/moderation/log',
  },
};

export function submissionPaths(lang: Lang): SubmissionPaths {
  return PATHS[lang];
}

/** The organiser's private page (or one of its actions) with the token. */
export function withToken(path: string, token: string): string {
  return `${path}?${TOKEN_PARAM}=${encodeURIComponent(token)}`;
}

/** One submission in the moderation pages: `/admin/moderering/12`, and its actions below it. */
export function moderationItem(lang: Lang, id: number, action?: 'approve' | 'reject' | 'edit' | 'preview' | 'image'): string {
  return `${PATHS[lang].moderation}/${id}${action ? `/${action}` : ''}`;
}

/** What an administrator does to another account, each a form posted to `/admin/moderering/konton/12/<action>`. */
export const ACCOUNT_ACTIONS = ['disable', 'enable', 'password'] as const;
export type AccountAction = (typeof ACCOUNT_ACTIONS)[number];

export function accountAction(lang: Lang, id: number | string, action: AccountAction): string {
  return `${PATHS[lang].accounts}/${id}/${action}`;
}
