import type { AppConfig } from '../config/app-schema.js';
import { type Lang, LANGS } from '../domain/lang.js';
import en from './messages/en.json' with { type: 'json' };
import sv from './messages/sv.json' with { type: 'json' };

export { type Lang, LANGS };

/*
 * Everything that differs per language lives here: messages, locales, and the paths of each page kind.
 * Nothing else writes `lang === 'sv' ? … : …`.
 */

const MESSAGES: Record<Lang, Record<string, string>> = { sv, en };

/** A UI string in `lang` with `{name}` placeholders filled; falls back to Swedish, then the key. */
export function t(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const template = MESSAGES[lang][key] ?? MESSAGES.sv[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

const LOCALES: Record<Lang, { bcp47: string; openGraph: string }> = {
  sv: { bcp47: 'sv-SE', openGraph: 'sv_SE' },
  en: { bcp47: 'en-GB', openGraph: 'en_GB' },
};

/** The BCP 47 locale for Intl formatting. */
export function locale(lang: Lang): string {
  return LOCALES[lang].bcp47;
}

export function openGraphLocale(lang: Lang): string {
  return LOCALES[lang].openGraph;
}

/** Where each kind of page lives in each language. */
export interface SitePaths {
  home: string;
  search: string;
  /** Event pages are `<events>/<slug>`. */
  events: string;
  adminSources: string;
  /** The accessibility statement (required of public bodies by the DOS law) and the privacy page. */
  accessibility: string;
  privacy: string;
  /** The form organisers submit events with. */
  submit: string;
}

const PATHS: Record<Lang, SitePaths> = {
  sv: { home: '/', search: '/sok', events: '/evenemang', adminSources: '/admin/sources', submit: '/tipsa', accessibility: '/tillganglighet', privacy: '/personuppgifter' },
  en: { home: '/en', search: '/en/search', events: '/en/events', adminSources: '/en/admin/sources', submit: '/en/submit', accessibility: '/en/accessibility', privacy: '/en/privacy' },
};

export function pathsOf(lang: Lang): SitePaths {
  return PATHS[lang];
}

/** The language a request path belongs to (`/en`, `/en/…` are English), else the site's default. */
export function langOfPath(path: string, site: AppConfig['site']): Lang {
  const found = LANGS.find((l) => l !== 'sv' && (path === `/${l}` || path.startsWith(`/${l}/`)));
  return found && site.languages.includes(found) ? found : site.defaultLanguage;
}

/** The language a visitor can switch to from `lang` (the site's next configured language), or null with one. */
export function alternateLang(site: AppConfig['site'], lang: Lang): Lang | null {
  const others = site.languages.filter((l) => l !== lang);
  return others[0] ?? null;
}
