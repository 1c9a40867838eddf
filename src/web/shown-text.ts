import type { EventDoc } from '../domain/event.js';
import type { Lang } from './i18n.js';

/*
 * Which of an event's texts a page in one language shows first: on the English site the feed's own English title and
 * text (indexer/enrich/english-text.ts), else the original, marked with its language when that is not the page's so
 * screen readers pronounce Swedish as Swedish (lang="sv"). The Swedish site always shows the original.
 */

/** A text as a page shows it, with its language when that is not the page's (for a lang attribute), else null. */
export interface ShownText {
  text: string;
  lang: string | null;
  /** True when the text is the feed's English version, not the original. */
  translated: boolean;
}

type Titled = Pick<EventDoc, 'title' | 'lang'> & { englishTitle?: string | null };
type Described = Pick<EventDoc, 'lang'> & { englishText?: string | null };

/** The original's language when it is not the page's. */
export function foreignLang(e: Pick<EventDoc, 'lang'>, lang: Lang): string | null {
  return e.lang && e.lang !== lang ? e.lang : null;
}

/** The title a page in `lang` shows. */
export function shownTitle(e: Titled, lang: Lang): ShownText {
  if (lang === 'en' && e.englishTitle) return { text: e.englishTitle, lang: null, translated: true };
  return { text: e.title, lang: foreignLang(e, lang), translated: false };
}

/** The feed's English text as plain text when a page in `lang` shows it first, else null (show the original). */
export function shownEnglishText(e: Described, lang: Lang): string | null {
  return lang === 'en' && e.englishText ? e.englishText : null;
}
