/** A text with the language it was picked in (null when the feed did not say). */
export interface LangText {
  text: string;
  lang: string | null;
}

const LANG_KEY = /^[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?$/;
/** At least one of these must be present, so {"lat": …, "lon": …} or {"id": …, "url": …} is not taken for one. */
const KNOWN = new Set(['sv', 'en', 'fi', 'da', 'nb', 'nn', 'no', 'de', 'fr', 'es', 'it', 'pl', 'ru', 'et', 'is', 'se', 'uk', 'ar']);

/** {"fi": "…", "sv": "…", "en": "…"}: an object whose keys are all language codes and values texts (or null). */
export function isLangMap(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.some(([k]) => KNOWN.has(k.slice(0, 2).toLowerCase())) &&
    entries.every(([k, v]) => LANG_KEY.test(k) && (v === null || typeof v === 'string'))
  );
}

/**
 * The value in the first preferred language that has one, else in any language the feed gives.
 * CASE: Linked Events copies untranslated Finnish into "sv" and "en"; the pick is then labelled "sv" though it is
 * not Swedish — the feed gives no way to tell.
 */
export function pickLanguage(map: Record<string, unknown>, languages: readonly string[]): LangText | null {
  const usable = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
  for (const lang of languages) {
    const v = map[lang];
    if (usable(v)) return { text: v, lang };
  }
  for (const [lang, v] of Object.entries(map)) if (usable(v)) return { text: v, lang: lang.slice(0, 2).toLowerCase() };
  return null;
}

/** The English entry of a language map ("en", "en-GB"), never a fallback to another language. */
export function englishEntry(map: Record<string, unknown>): string | null {
  for (const [lang, v] of Object.entries(map)) if (/^en(?:[-_]|$)/i.test(lang) && typeof v === 'string' && v.trim() !== '') return v;
  return null;
}
