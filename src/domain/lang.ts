/** The languages the site is written in (one message file each under src/web/messages/). */
export const LANGS = ['sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in every site language. */
export type Labels = Readonly<Record<Lang, string>>;

export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}
