import sv from './messages/sv.json' with { type: 'json' };
import en from './messages/en.json' with { type: 'json' };

export const LANGS = ['sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const MESSAGES: Record<Lang, Record<string, string>> = { sv, en };

/** A UI string in `lang` with `{name}` placeholders filled; falls back to Swedish, then the key. */
export function t(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const template = MESSAGES[lang][key] ?? MESSAGES.sv[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

export function locale(lang: Lang): string {
  return lang === 'sv' ? 'sv-SE' : 'en-GB';
}
